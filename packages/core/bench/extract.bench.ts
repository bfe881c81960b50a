/**
 * Throughput of the BUILT `extractRecords` (`dist/`, what users run; run `pnpm build` first) on one
 * core: `npx tsx packages/core/bench/extract.bench.ts [--against <dist folder>]`. Reads the seeds
 * and corpora beside the repository and prints, for each, MB/s (wall) and CPU ms per MB, the best of
 * several interleaved turns, beside two baselines measured on the same texts in the same turns:
 *
 * - the plain scan (the baseline): `normalize('NFKC')`, then one regular expression over
 *   the counts (`N例/人/名`, Arabic or Chinese numerals) whose every value is read, as a trivial
 *   extractor must;
 * - the count-only scan the bench used before: `normalize('NFKC')` and `/[0-9]+[例人名]/g`, counting
 *   matches without reading them.
 *
 * `--against` also loads another build of core (e.g. main's head built into a temporary folder) and
 * measures it in the same turns, so that two builds are compared under the same load.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../test/shared';

type Extract = typeof import('../src/extract/index').extractRecords;

async function loadBuilt(dist: string): Promise<Extract> {
  const entry = join(dist, 'extract.js');
  if (!existsSync(entry))
    throw new Error(`${entry} is missing: run \`pnpm build\` first (the bench measures the built package)`);
  return ((await import(entry)) as { extractRecords: Extract }).extractRecords;
}

const extractRecords = await loadBuilt(fileURLToPath(new URL('../dist', import.meta.url)));
const againstAt = process.argv.indexOf('--against');
const against = againstAt > 0 ? resolve(process.argv[againstAt + 1] ?? '') : null;
const otherBuild = against ? await loadBuilt(against) : null;

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000 };

/** The value of a Chinese numeral below 10⁸ (`十二`, `三百零五`, `一万二千`). */
function chineseValue(numeral: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const char of numeral) {
    const unit = CHINESE_UNITS[char];
    if (unit === undefined) {
      digit = CHINESE_DIGITS[char] ?? 0;
    } else if (unit === 10_000) {
      total += (section + digit) * unit;
      section = 0;
      digit = 0;
    } else {
      section += (digit || 1) * unit;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** The baseline: NFKC, then one pass of one regular expression reading every count's value. */

const COUNT_WITH_COUNTER_RE = /(?:([0-9]+)|([零〇一二两三四五六七八九十百千万]+))\s?[例人名]/g;
function plainScan(text: string): number {
  const folded = text.normalize('NFKC');
  let sum = 0;
  COUNT_WITH_COUNTER_RE.lastIndex = 0;
  for (let match = COUNT_WITH_COUNTER_RE.exec(folded); match; match = COUNT_WITH_COUNTER_RE.exec(folded))
    sum += match[1] !== undefined ? Number(match[1]) : chineseValue(match[2]!);
  return sum;
}

/** The bench's earlier baseline: NFKC and a count of `/[0-9]+[例人名]/g` matches, no value read. */
const COUNT_ONLY_RE = /[0-9]+[例人名]/g;
function countOnlyScan(text: string): number {
  const folded = text.normalize('NFKC');
  let counts = 0;
  COUNT_ONLY_RE.lastIndex = 0;
  while (COUNT_ONLY_RE.exec(folded) !== null) counts++;
  return counts;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
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

interface Figures {
  /** Best wall-clock rate, MB of UTF-8 input per second. */
  mbPerSecond: number;
  /** Least CPU time (user + system, this process) per MB of input. */
  cpuMsPerMb: number;
}

/** Runs `run` over every text, repeatedly, for at least `minMillis`; wall MB/s and CPU ms/MB. */
function rate(texts: string[], bytes: number, run: (text: string) => unknown, minMillis: number): Figures {
  let rounds = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < minMillis) {
    for (const text of texts) run(text);
    rounds++;
  }
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const megabytes = (bytes * rounds) / 1e6;
  return { mbPerSecond: megabytes / seconds, cpuMsPerMb: (used.user + used.system) / 1000 / megabytes };
}

const TURNS = 5;

/**
 * Every contender over the same texts, interleaved: in each of TURNS turns each runs for
 * `minMillis / TURNS`; the best wall rate and the least CPU per MB of each are kept (the load of a
 * shared machine moves within a run; interleaving gives every contender the same chances).
 */
function measure(label: string, texts: string[], minMillis = 3000): void {
  const bytes = texts.reduce((total, text) => total + Buffer.byteLength(text, 'utf8'), 0);
  const contenders: Array<[string, (text: string) => unknown]> = [
    ['extractRecords (this build)', (text) => extractRecords(text)],
    ...(otherBuild
      ? ([[`extractRecords (${against})`, (text: string) => otherBuild(text)]] as Array<
          [string, (text: string) => unknown]
        >)
      : []),
    ['plain scan (NFKC + counts read)', plainScan],
    ['count-only scan (earlier baseline)', countOnlyScan],
  ];
  for (const [, run] of contenders) for (const text of texts) run(text); // warm-up
  const best = contenders.map(() => ({ mbPerSecond: 0, cpuMsPerMb: Number.POSITIVE_INFINITY }));
  for (let turn = 0; turn < TURNS; turn++) {
    contenders.forEach(([, run], index) => {
      const figures = rate(texts, bytes, run, minMillis / TURNS);
      best[index]!.mbPerSecond = Math.max(best[index]!.mbPerSecond, figures.mbPerSecond);
      best[index]!.cpuMsPerMb = Math.min(best[index]!.cpuMsPerMb, figures.cpuMsPerMb);
    });
  }
  console.log(`\n${label}: ${texts.length} files, ${(bytes / 1024).toFixed(1)} KB`);
  const extraction = best[0]!;
  contenders.forEach(([name], index) => {
    const figures = best[index]!;
    const ratio =
      index === 0
        ? ''
        : `  this build / it: wall ${(extraction.mbPerSecond / figures.mbPerSecond).toFixed(2)}, CPU ${(figures.cpuMsPerMb / extraction.cpuMsPerMb).toFixed(2)}`;
    console.log(
      `  ${name.padEnd(40)} ${figures.mbPerSecond.toFixed(1).padStart(8)} MB/s  ${figures.cpuMsPerMb.toFixed(1).padStart(7)} CPU ms/MB${ratio}`,
    );
  });
}

function time(text: string, runs = 5): number {
  extractRecords(text);
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    extractRecords(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const seedTexts = seeds.map((path) => readFileSync(path, 'utf8'));
const corpusTexts = corpora.map((path) => readFileSync(path, 'utf8'));
console.log('extractRecords throughput (UTF-8 input, one core; best of interleaved turns)');
measure('seeds', seedTexts);
measure('corpora (doctormin Data/, Shanghai, Wenzhou, national)', corpusTexts);
const all = [...seedTexts, ...corpusTexts].join('\n\n');
const once = time(all);
const tenTimes = time(Array.from({ length: 10 }, () => all).join('\n\n'), 3);
console.log(
  `\n1x input  ${(Buffer.byteLength(all) / 1024).toFixed(0)} KB: ${once.toFixed(1)} ms (best of 5)`,
);
console.log(
  `10x input ${((10 * Buffer.byteLength(all)) / 1024).toFixed(0)} KB: ${tenTimes.toFixed(1)} ms (best of 3; ratio ${(tenTimes / once).toFixed(1)})`,
);
const adversarial = '1月1日0时至24时新增本土确诊病例（浦东新区、、（（月日时至年月日连续在院治疗'.repeat(
  2000,
);
const adversarialOnce = time(adversarial, 3);
const adversarialTen = time(adversarial.repeat(10), 3);
console.log(
  `adversarial 1x: ${adversarialOnce.toFixed(1)} ms, 10x: ${adversarialTen.toFixed(1)} ms (ratio ${(adversarialTen / adversarialOnce).toFixed(1)})`,
);
