/**
 * Throughput of findQuantities over the five seeds concatenated ×10 (about 0.5 MB of text).
 * Run: npx tsx packages/core/bench/numbers.bench.ts
 */
import { findQuantities } from '../src/numbers';
import { readSeed } from '../test/shared';

const seeds = (['000', '001', '002', '003', '004'] as const).map(readSeed).join('\n');
const text = Array.from({ length: 10 }, () => seeds).join('\n');
const megabytes = new TextEncoder().encode(text).length / 1e6;

let found = 0;
for (let warm = 0; warm < 5; warm++) found = findQuantities(text).length;

/** Per-pass throughputs in MB/s; the machine is shared, so report the median and the best. */
function measure(options?: Parameters<typeof findQuantities>[1]): { median: number; best: number } {
  const rates: number[] = [];
  for (let round = 0; round < 30; round++) {
    const started = performance.now();
    findQuantities(text, options);
    rates.push(megabytes / ((performance.now() - started) / 1000));
  }
  rates.sort((a, b) => a - b);
  return { median: rates[rates.length >> 1]!, best: rates[rates.length - 1]! };
}

const all = measure();
const counts = measure({ roles: ['count'], counters: ['例', '人'] });
console.log(
  `findQuantities: median ${all.median.toFixed(1)} MB/s, best ${all.best.toFixed(1)} MB/s ` +
    `(${text.length} UTF-16 units, ${megabytes.toFixed(2)} MB UTF-8, ${found} quantities per pass)`,
);
console.log(
  `findQuantities({ roles: ['count'], counters: ['例', '人'] }): median ${counts.median.toFixed(1)} MB/s, best ${counts.best.toFixed(1)} MB/s`,
);
