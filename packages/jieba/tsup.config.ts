import { defineConfig } from 'tsup';
import { packageBuild } from '../../tooling/tsup';

// nodejieba is a native module loaded lazily at run time: never bundled.
export default defineConfig(
  packageBuild({ entry: { index: 'src/index.ts' }, platform: 'node', external: ['nodejieba'] }),
);
