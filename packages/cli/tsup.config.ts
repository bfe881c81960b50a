import { defineConfig } from 'tsup';
import { packageBuild } from '../../tooling/tsup';

// `index` is the shell the bin runs; `worker` is the parse worker the thread pool loads by path.
// Commands are dynamic imports, split into chunks, so a command loads only its own code.
export default defineConfig(
  packageBuild({
    entry: { index: 'src/index.ts', worker: 'src/worker.ts' },
    platform: 'node',
    external: ['nodejieba'],
  }),
);
