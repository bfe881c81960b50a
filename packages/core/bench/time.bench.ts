/**
 * Throughput of findTimeExpressions over the five seeds, each repeated ten times.
 * Run from packages/core: `npx tsx bench/time.bench.ts`
 */
import { readSeed } from '../test/shared';
import { findTimeExpressions } from '../src/time/findTimeExpressions';

const seeds = (['000', '001', '002', '003', '004'] as const).map((id) => readSeed(id).repeat(10));
const reference = '2021-01-13T18:00:00+08:00';
const bytes = seeds.reduce((sum, text) => sum + new TextEncoder().encode(text).length, 0);
const characters = seeds.reduce((sum, text) => sum + text.length, 0);

// warm up the JIT
for (let round = 0; round < 3; round++) for (const text of seeds) findTimeExpressions(text, { reference });

const rounds = 20;
let matches = 0;
const started = performance.now();
for (let round = 0; round < rounds; round++) {
  for (const text of seeds) matches += findTimeExpressions(text, { reference }).length;
}
const seconds = (performance.now() - started) / 1000;
const megabytes = (bytes * rounds) / 1_000_000;
console.log(
  `findTimeExpressions: ${(megabytes / seconds).toFixed(2)} MB/s (UTF-8), ` +
    `${((characters * rounds) / seconds / 1_000_000).toFixed(2)} M chars/s; ` +
    `${rounds} rounds over ${(bytes / 1_000_000).toFixed(2)} MB (seeds ×10), ${matches / rounds} matches per round`,
);
