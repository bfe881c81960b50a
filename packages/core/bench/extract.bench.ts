/**
 * Throughput of the BUILT `extractRecords` (`dist/`, what users run; run `pnpm build` first) on one
 * core: `npx tsx packages/core/bench/extract.bench.ts`. Reads the seeds and corpora beside the
 * repository; prints MB/s, the ratio to a plain single-pass scan of the same texts measured in the
 * same run (`normalize('NFKC')` plus one regular expression over counts), and the time for 1x vs 10x
 * input and for adversarial input.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../test/shared';

const built = fileURLToPath(new URL('../dist/extract.js', import.meta.url));
if (!existsSync(built))
  throw new Error(`${built} is missing: run \`pnpm build\` first (the bench measures the built package)`);
const { extractRecords } = (await import(built)) as typeof import('../src/extract/index');

/** The baseline: one pass that folds the text and finds every count, as a trivial extractor would. */
const COUNT_RE = /[0-9]+[例人名]/g;
function plainScan(text: string): number {
  const folded = text.normalize('NFKC');
  let counts = 0;
  COUNT_RE.lastIndex = 0;
  while (COUNT_RE.exec(folded) !== null) counts++;
  return counts;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const seeds = filesUnder(join(sharedDir, 'seeds'));
const corpora = [
  ...filesUnder(join(sharedDir, 'corpora/doctormin-COVID-19_SpiderOfChineseData/Data')).filter((path) =>
    path.endsWith('.txt'),
  ),
  ...filesUnder(join(sharedDir, 'corpora/Stockard-Shanghai-COVID-2022/data/raw/number')),
  ...filesUnder(join(sharedDir, 'corpora/differui-hcow-announcement/assets')).filter(
    (path) => !path.endsWith('LICENSE'),
  ),
  ...filesUnder(join(sharedDir, 'corpora/Exungsh-032002337/package_zip/text_result')),
];

function rate(texts: string[], run: (text: string) => unknown, minMillis: number): number {
  const bytes = texts.reduce((total, text) => total + Buffer.byteLength(text, 'utf8'), 0);
  for (const text of texts) run(text); // warm-up
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < minMillis) {
    for (const text of texts) run(text);
    rounds++;
  }
  const seconds = (performance.now() - start) / 1000;
  return (bytes * rounds) / seconds / 1e6;
}

/**
 * extractRecords MB/s and its ratio to the plain scan of the same texts: the two are measured in
 * turn, three times each, and the best rate of each is kept (on a shared machine the load moves
 * within a run; interleaving gives both the same chances).
 */
function measure(label: string, texts: string[], minMillis = 1500): number {
  const bytes = texts.reduce((total, text) => total + Buffer.byteLength(text, 'utf8'), 0);
  let extract = 0;
  let baseline = 0;
  for (let turn = 0; turn < 3; turn++) {
    extract = Math.max(
      extract,
      rate(texts, (text) => extractRecords(text), minMillis / 3),
    );
    baseline = Math.max(baseline, rate(texts, plainScan, minMillis / 3));
  }
  console.log(
    `${label.padEnd(28)} ${(bytes / 1024).toFixed(1).padStart(8)} KB  ${extract.toFixed(1).padStart(7)} MB/s` +
      `  plain scan ${baseline.toFixed(1).padStart(7)} MB/s  ratio ${(extract / baseline).toFixed(2)}`,
  );
  return extract / baseline;
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
const seedRatio = measure('seeds (5 files)', seedTexts);
const corpusRatio = measure(`corpora (${corpusTexts.length} files)`, corpusTexts);
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
  `target ratio ≥ 0.5 to the plain scan: seeds ${seedRatio >= 0.5 ? 'met' : 'NOT met'}, corpora ${corpusRatio >= 0.5 ? 'met' : 'NOT met'}`,
);
