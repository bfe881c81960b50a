import { defineConfig } from 'tsup';
import { packageBuild } from '../../tooling/tsup';

// ESM/CJS for bundlers (`@fangkong/widget` defines nothing, `@fangkong/widget/define` registers the
// three elements), and the `<script src>` bundles: all three elements, or the calculator alone.
export default defineConfig(
  packageBuild({
    entry: { index: 'src/index.ts', define: 'src/define.ts' },
    platform: 'browser',
    iife: {
      globalName: 'FangkongWidget',
      entry: {
        'fangkong-widget': 'src/iife/all.ts',
        'fangkong-quarantine': 'src/iife/quarantine.ts',
      },
    },
  }),
);
