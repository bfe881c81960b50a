import { defineConfig } from 'tsup';
import { packageBuild } from '../../tooling/tsup';

// Express is a peer and jieba (nodejieba) loads lazily: neither is bundled.
export default defineConfig(packageBuild({ entry: { index: 'src/index.ts' }, platform: 'node' }));
