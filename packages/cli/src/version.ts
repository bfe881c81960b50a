// esbuild inlines the one field at build time: no package.json is read at start-up.
import { version } from '../package.json';

/** The version of @fangkong/cli. */
export const VERSION: string = version;
