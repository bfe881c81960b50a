import { defineConfig } from 'tsup';
import { packageBuild } from '../../tooling/tsup';

// One entry per subpath export. The zod-free computation entries (`time`, `numbers`, `policy`,
// `quarantine`, `risk`) are what the browser widget imports; `schemas` holds the zod side;
// `areas` carries the division-code data and is never imported by the others.
export default defineConfig(
  packageBuild({
    entry: {
      index: 'src/index.ts',
      errors: 'src/errors.ts',
      time: 'src/time/index.ts',
      numbers: 'src/numbers/index.ts',
      text: 'src/text/index.ts',
      extract: 'src/extract/index.ts',
      policy: 'src/policy/index.ts',
      quarantine: 'src/quarantine/index.ts',
      risk: 'src/risk/index.ts',
      schemas: 'src/schemas.ts',
      areas: 'src/areas/index.ts',
    },
    // The division table ships once, as data/divisions.json, for both builds.
    external: ['@fangkong/core/data/divisions.json'],
  }),
);
