import { defineConfig } from 'tsup';
import { packageBuild } from '../../tooling/tsup';

// Every build setting lives in the shared factory: add entries (one per subpath export) here, and
// `platform: 'node'` or `'browser'` when the package is not platform-neutral.
export default defineConfig(packageBuild({ entry: { index: 'src/index.ts' } }));
