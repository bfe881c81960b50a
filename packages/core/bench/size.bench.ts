/**
 * Bundle sizes of core's entry points as a browser app would ship them: each subpath bundled with
 * esbuild (minified, browser, ESM) and gzipped. Also says whether zod or luxon end up inside —
 * the widget's entries (time, numbers, quarantine, policy, risk) must stay free of zod.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const scenarios: [name: string, source: string][] = [
  ['@fangkong/core/time (parseTime)', `export { parseTime } from '@fangkong/core/time';`],
  [
    '@fangkong/core/numbers (parseNumeral, findQuantities)',
    `export { parseNumeral, findQuantities } from '@fangkong/core/numbers';`,
  ],
  [
    '@fangkong/core/quarantine (planQuarantine)',
    `export { planQuarantine, quarantineStatus } from '@fangkong/core/quarantine';`,
  ],
  ['@fangkong/core/policy (built-in packs, packsInForce)', `export * from '@fangkong/core/policy';`],
  ['@fangkong/core/risk (earliestDowngrade, RiskTimeline)', `export * from '@fangkong/core/risk';`],
  [
    'widget set: quarantine + policy + risk + time',
    `export { planQuarantine, quarantineStatus } from '@fangkong/core/quarantine'; export { builtInPacks, policyPackInForce } from '@fangkong/core/policy'; export { earliestDowngrade, RiskTimeline } from '@fangkong/core/risk'; export { parseTime } from '@fangkong/core/time';`,
  ],
  ['@fangkong/core/extract (extractRecords)', `export { extractRecords } from '@fangkong/core/extract';`],
  ['@fangkong/core/schemas (zod)', `export * from '@fangkong/core/schemas';`],
  ['@fangkong/core (everything but areas)', `export * from '@fangkong/core';`],
  ['@fangkong/core/areas (division data)', `export { resolveArea } from '@fangkong/core/areas';`],
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('entry | minified | gzip | zod | luxon');
for (const [name, contents] of scenarios) {
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    charset: 'utf8',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const inputs = Object.keys(result.metafile.inputs);
  const has = (pkg: string) => (inputs.some((path) => path.includes(`node_modules/${pkg}/`)) ? 'yes' : 'no');
  console.log(
    `${name} | ${kb(code.byteLength)} | ${kb(gzipSync(code).byteLength)} | ${has('zod')} | ${has('luxon')}`,
  );
}
