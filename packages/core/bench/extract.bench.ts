/**
 * Throughput of `extractRecords` on one core: `npx tsx packages/core/bench/extract.bench.ts`.
 * Reads the seeds and corpora beside the repository; prints MB/s and the time for 1x vs 10x input.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractRecords } from '../src/bulletin/extractRecords';
import { sharedDir } from '../test/shared';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const seeds = filesUnder(join(sharedDir, 'seeds'));
const corpora = [
  ...filesUnder(join(sharedDir, 'corpora/Stockard-Shanghai-COVID-2022/data/raw/number')),
  ...filesUnder(join(sharedDir, 'corpora/differui-hcow-announcement/assets')).filter(
    (path) => !path.endsWith('LICENSE'),
  ),
  ...filesUnder(join(sharedDir, 'corpora/Exungsh-032002337/package_zip/text_result')),
];

function measure(label: string, texts: string[], minMillis = 1500): number {
  const bytes = texts.reduce((total, text) => total + Buffer.byteLength(text, 'utf8'), 0);
  for (const text of texts) extractRecords(text); // warm-up
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < minMillis) {
    for (const text of texts) extractRecords(text);
    rounds++;
  }
  const seconds = (performance.now() - start) / 1000;
  const mbPerSecond = (bytes * rounds) / seconds / 1e6;
  console.log(
    `${label.padEnd(28)} ${(bytes / 1024).toFixed(1).padStart(8)} KB  ${mbPerSecond.toFixed(1).padStart(7)} MB/s`,
  );
  return mbPerSecond;
}

function time(text: string, runs = 5): number {
  extractRecords(text);
  const start = performance.now();
  for (let run = 0; run < runs; run++) extractRecords(text);
  return (performance.now() - start) / runs;
}

const seedTexts = seeds.map((path) => readFileSync(path, 'utf8'));
const corpusTexts = corpora.map((path) => readFileSync(path, 'utf8'));
console.log('extractRecords throughput (UTF-8 input, one core)');
const seedRate = measure('seeds (5 files)', seedTexts);
const corpusRate = measure(`corpora (${corpusTexts.length} files)`, corpusTexts);
const all = [...seedTexts, ...corpusTexts].join('\n\n');
const once = time(all);
const tenTimes = time(Array.from({ length: 10 }, () => all).join('\n\n'));
console.log(`1x input  ${(Buffer.byteLength(all) / 1024).toFixed(0)} KB: ${once.toFixed(1)} ms`);
console.log(
  `10x input ${((10 * Buffer.byteLength(all)) / 1024).toFixed(0)} KB: ${tenTimes.toFixed(1)} ms (ratio ${(tenTimes / once).toFixed(1)})`,
);
const adversarial = '1月1日0时至24时新增本土确诊病例（浦东新区、、（（月日时至年月日连续在院治疗'.repeat(
  2000,
);
const adversarialOnce = time(adversarial, 2);
const adversarialTen = time(adversarial.repeat(10), 2);
console.log(
  `adversarial 1x: ${adversarialOnce.toFixed(1)} ms, 10x: ${adversarialTen.toFixed(1)} ms (ratio ${(adversarialTen / adversarialOnce).toFixed(1)})`,
);
console.log(
  `target ≥ 20 MB/s: seeds ${seedRate >= 20 ? 'met' : 'NOT met'}, corpora ${corpusRate >= 20 ? 'met' : 'NOT met'}`,
);
