/**
 * The one build configuration every fangkong package uses.
 *
 * Upstream tsup is no longer actively maintained; every build setting lives here so that moving
 * to another bundler (tsdown, rolldown, plain esbuild + tsc) changes this file only.
 */
import type { Options } from 'tsup';

export interface PackageBuildOptions {
  /** Entry points, keyed by output name (`index` → `dist/index.js`). */
  entry: Record<string, string>;
  /** Build for the browser instead of Node (the widget). */
  platform?: 'node' | 'neutral' | 'browser';
  /**
   * Also emit self-contained minified IIFE bundles (`dist/<name>.global.js`, the widget's
   * `<script src>`), with every dependency inside, exposing their exports under `globalName`.
   */
  iife?: { globalName: string; entry: Record<string, string> };
  /** Modules that stay external even if they are not dependencies (e.g. `node:*`). */
  external?: string[];
  /** Modules bundled into the output although they are dependencies. */
  noExternal?: (string | RegExp)[];
}

/**
 * Builds a tsup configuration: ESM (`.js`) and CJS (`.cjs`) with declarations for both
 * (`.d.ts`, `.d.cts`), ES2022, tree-shaken, never minified except the IIFE bundle. ESM entries
 * share chunks (code splitting), so importing one subpath loads only the code it needs.
 * No source maps: the published code is unminified, and core's division data would be copied
 * into each map.
 *
 * @example
 * // packages/core/tsup.config.ts
 * import { defineConfig } from 'tsup';
 * import { packageBuild } from '../../tooling/tsup';
 * export default defineConfig(packageBuild({ entry: { index: 'src/index.ts' } }));
 */
export function packageBuild(options: PackageBuildOptions): Options[] {
  const library: Options = {
    entry: options.entry,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    // The IIFE bundles are built beside this, at the same time: cleaning must leave them alone.
    clean: options.iife ? ['!*.global.js'] : true,
    // esbuild tree-shakes on its own; tsup's extra Rollup pass would rewrite `with` to `assert`.
    treeshake: false,
    splitting: true,
    // import.meta.url in the CJS build and __dirname in the ESM build, only where code uses them.
    shims: true,
    target: 'es2022',
    platform: options.platform ?? 'neutral',
    outDir: 'dist',
    esbuildOptions(esbuild) {
      // Keep Chinese text as UTF-8 instead of \uXXXX escapes (about half the size).
      esbuild.charset = 'utf8';
      // Keep `with { type: 'json' }` on external JSON imports, which Node needs, while the rest of
      // the syntax targets ES2022.
      esbuild.supported = { ...esbuild.supported, 'import-attributes': true };
    },
    ...(options.external ? { external: options.external } : {}),
    ...(options.noExternal ? { noExternal: options.noExternal } : {}),
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
  };
  if (!options.iife) return [library];
  const browserBundle: Options = {
    entry: options.iife.entry,
    format: ['iife'],
    globalName: options.iife.globalName,
    platform: 'browser',
    target: 'es2020',
    minify: true,
    // A map would make the page's browser fetch it when devtools open: the bundle is built from the
    // published ESM sources, which are readable as they are.
    sourcemap: false,
    clean: false,
    dts: false,
    noExternal: [/.*/],
    outDir: 'dist',
    esbuildOptions(esbuild) {
      esbuild.charset = 'utf8';
    },
    outExtension: () => ({ js: '.global.js' }),
  };
  return [library, browserBundle];
}
