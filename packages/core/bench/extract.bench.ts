/**
 * Throughput of the BUILT `extractRecords` (`dist/`, what users run; run `pnpm build` first) on one
 * core: `npx tsx packages/core/bench/extract.bench.ts [--against <dist folder>]`.
 *
 * Reads the seeds and corpora beside the repository, and 1,000 short generated bulletins (the
 * per-document cost a batch of daily pages pays), and prints, for each, MB/s (wall) and CPU ms
 * per MB (user + system time of the process, which the load of a shared machine disturbs less
 * than wall time), each the best of several interleaved turns, and the same as documents per
 * second and CPU µs per document, beside two baselines measured on the same texts in the same
 * process and turns:
 *
 * - the plain scan (the issue's baseline): `normalize('NFKC')`, then one pass of one regular
 *   expression over the counts (`N例/人/名`, Arabic or Chinese numerals), reading every count's
 *   value, as a trivial extractor must;
 * - the count-only scan this bench used before: `normalize('NFKC')` and `/[0-9]+[例人名]/g`, counting
 *   matches without reading them;
 * - the floor (`./floorScan.ts`): `normalize('NFKC')`, then one pass of JavaScript over every
 *   character that looks up the figure grammar's words, reads every count and keeps an object per
 *   count: the least a one-pass reader of the grammar does before it gives anything a role. Its
 *   ratio to the plain scan is the most such a reader could reach on this machine.
 *
 * `--against` also measures another build of core (e.g. main's head built into a temporary folder).
 * Each build runs in child processes of its own, alternated (this, other, this, other, …), and the
 * best of each is kept: two builds loaded into ONE process disturb each other (they share the
 * dependencies' compiled code and the heap; the same build loaded twice measured its second copy
 * 0.8–0.9× its first), so a side-by-side comparison in one process would not be fair.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnderShared } from '../test/shared';
import { floorScan } from './floorScan';
import { plainScan } from './plainScan';
import { shortBulletin } from './shortBulletins';

type Extract = typeof import('../src/extract/index').extractRecords;

const thisBuild = fileURLToPath(new URL('../dist', import.meta.url));

async function loadBuilt(dist: string): Promise<Extract> {
  const entry = join(dist, 'extract.js');
  if (!existsSync(entry))
    throw new Error(`${entry} is missing: run \`pnpm build\` first (the bench measures the built package)`);
  // A build copied without the package's package.json is read as CommonJS, which tsx then rewrites
  // as it loads it: measured about 30% slower than the same build in place (speed round 5).
  const manifest = join(dist, '..', 'package.json');
  const type = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: unknown }).type
    : null;
  if (type !== 'module')
    throw new Error(
      `${manifest} is missing or not "type": "module": copy packages/core/package.json beside the copied dist/ folder, or the build is loaded as CommonJS and measured slow`,
    );
  return ((await import(entry)) as { extractRecords: Extract }).extractRecords;
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

/** How many short generated bulletins the `short bulletins` input holds. */
const SHORT_BULLETINS = 1000;

/** Each input as its texts: files beside the repository, or generated ones. */
const INPUTS = {
  seeds: () => filesUnderShared('seeds').map(readText),
  corpora: () =>
    [
      ...filesUnderShared('corpora/doctormin-COVID-19_SpiderOfChineseData/Data').filter((path) =>
        path.endsWith('.txt'),
      ),
      ...filesUnderShared('corpora/Stockard-Shanghai-COVID-2022/data/raw/number'),
      ...filesUnderShared('corpora/differui-hcow-announcement/assets').filter(
        (path) => !path.endsWith('LICENSE'),
      ),
      ...filesUnderShared('corpora/Exungsh-032002337/package_zip/text_result'),
    ].map(readText),
  // The per-document cost: a batch of short daily pages (what `fangkong parse dir/` reads).
  'short bulletins': () => Array.from({ length: SHORT_BULLETINS }, (_, index) => shortBulletin(index)),
};
type InputName = keyof typeof INPUTS;

function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
const CONTENDERS = ['extractRecords', 'plain scan', 'count-only scan', 'floor'] as const;
type Contender = (typeof CONTENDERS)[number];

interface Figures {
  /** Best wall-clock rate, MB of UTF-8 input per second. */
  mbPerSecond: number;
  /** Least CPU time (user + system, this process) per MB of input. */
  cpuMsPerMb: number;
}
type Measured = Record<InputName, Record<Contender, Figures> & { files: number; kilobytes: number }>;

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

const TURNS = 4;
const MILLIS_PER_TURN = 500;
const WARM_UP_MILLIS = 1500;

/**
 * In a child process: one build and the two scans over every input, interleaved: in each of TURNS
 * turns each runs for MILLIS_PER_TURN; the best wall rate and the least CPU per MB are kept.
 * Prints them as one JSON line.
 */
async function measureChild(dist: string): Promise<void> {
  const extractRecords = await loadBuilt(dist);
  const runs: Record<Contender, (text: string) => unknown> = {
    extractRecords: (text) => extractRecords(text),
    'plain scan': plainScan,
    'count-only scan': countOnlyScan,
    floor: floorScan,
  };
  const measured = {} as Measured;
  for (const input of Object.keys(INPUTS) as InputName[]) {
    const texts = INPUTS[input]();
    const bytes = texts.reduce((total, text) => total + Buffer.byteLength(text, 'utf8'), 0);
    // Warm-up long enough for the optimising compiler to finish (a large function takes 0.5 s to
    // compile under load, and measuring before that measures the interpreter).
    for (const contender of CONTENDERS) rate(texts, bytes, runs[contender], WARM_UP_MILLIS);
    const best = Object.fromEntries(
      CONTENDERS.map((contender) => [contender, { mbPerSecond: 0, cpuMsPerMb: Number.POSITIVE_INFINITY }]),
    ) as Record<Contender, Figures>;
    for (let turn = 0; turn < TURNS; turn++) {
      for (const contender of CONTENDERS) {
        const figures = rate(texts, bytes, runs[contender], MILLIS_PER_TURN);
        best[contender].mbPerSecond = Math.max(best[contender].mbPerSecond, figures.mbPerSecond);
        best[contender].cpuMsPerMb = Math.min(best[contender].cpuMsPerMb, figures.cpuMsPerMb);
      }
    }
    measured[input] = { ...best, files: texts.length, kilobytes: bytes / 1024 };
  }
  console.log(JSON.stringify(measured));
}

/** Best of several measured runs, contender by contender. */
function bestOf(runs: Measured[]): Measured {
  const best = structuredClone(runs[0]!);
  for (const run of runs.slice(1)) {
    for (const input of Object.keys(INPUTS) as InputName[]) {
      for (const contender of CONTENDERS) {
        const figures = best[input][contender];
        figures.mbPerSecond = Math.max(figures.mbPerSecond, run[input][contender].mbPerSecond);
        figures.cpuMsPerMb = Math.min(figures.cpuMsPerMb, run[input][contender].cpuMsPerMb);
      }
    }
  }
  return best;
}

const fixed = (value: number, width: number): string => value.toFixed(1).padStart(width);

function printTable(label: string, build: Measured, other: Measured | null): void {
  console.log(`\n${label}`);
  for (const input of Object.keys(INPUTS) as InputName[]) {
    const measured = build[input];
    const extraction = measured.extractRecords;
    // Per document: the same figures over the input's mean document size.
    const megabytesPerDocument = (measured.kilobytes * 1024) / measured.files / 1e6;
    console.log(
      `  ${input}: ${measured.files} documents, ${measured.kilobytes.toFixed(1)} KB; extractRecords ${Math.round(extraction.mbPerSecond / megabytesPerDocument)} documents/s, ${(extraction.cpuMsPerMb * megabytesPerDocument * 1000).toFixed(1)} CPU µs per document`,
    );
    for (const contender of CONTENDERS) {
      const figures = measured[contender];
      const ratio =
        contender === 'extractRecords'
          ? ''
          : `  extraction / it: wall ${(extraction.mbPerSecond / figures.mbPerSecond).toFixed(3)}, CPU ${(figures.cpuMsPerMb / extraction.cpuMsPerMb).toFixed(3)}`;
      console.log(
        `    ${contender.padEnd(16)} ${fixed(figures.mbPerSecond, 8)} MB/s ${fixed(figures.cpuMsPerMb, 7)} CPU ms/MB${ratio}`,
      );
    }
    const floor = measured.floor.cpuMsPerMb;
    console.log(
      `    the floor / the plain scan: CPU ${(measured['plain scan'].cpuMsPerMb / floor).toFixed(3)} (a one-pass reader of the grammar's words reaches at most this)`,
    );
    if (other) {
      const theirs = other[input].extractRecords;
      console.log(
        `    against the other build: wall ×${(extraction.mbPerSecond / theirs.mbPerSecond).toFixed(2)}, CPU ×${(theirs.cpuMsPerMb / extraction.cpuMsPerMb).toFixed(2)} (above 1: this build is faster)`,
      );
    }
  }
}

function childRun(dist: string): Measured {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', dist],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(output.trim().split('\n').pop()!) as Measured;
}

/** Time of one call on `text`, the best of `runs`. */
function time(extractRecords: Extract, text: string, runs: number): number {
  extractRecords(text);
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    extractRecords(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

async function linearity(): Promise<void> {
  const extractRecords = await loadBuilt(thisBuild);
  const texts = [...INPUTS.seeds(), ...INPUTS.corpora()];
  const all = texts.join('\n\n');
  rate(texts, Buffer.byteLength(all), (text) => extractRecords(text), WARM_UP_MILLIS);
  const once = time(extractRecords, all, 5);
  const tenTimes = time(extractRecords, Array.from({ length: 10 }, () => all).join('\n\n'), 3);
  console.log(
    `\n1x input  ${(Buffer.byteLength(all) / 1024).toFixed(0)} KB: ${once.toFixed(1)} ms (best of 5)`,
  );
  console.log(
    `10x input ${((10 * Buffer.byteLength(all)) / 1024).toFixed(0)} KB: ${tenTimes.toFixed(1)} ms (best of 3; ratio ${(tenTimes / once).toFixed(1)})`,
  );
  const adversarial = '1月1日0时至24时新增本土确诊病例（浦东新区、、（（月日时至年月日连续在院治疗'.repeat(
    2000,
  );
  const adversarialOnce = time(extractRecords, adversarial, 3);
  const adversarialTen = time(extractRecords, adversarial.repeat(10), 3);
  console.log(
    `adversarial 1x: ${adversarialOnce.toFixed(1)} ms, 10x: ${adversarialTen.toFixed(1)} ms (ratio ${(adversarialTen / adversarialOnce).toFixed(1)})`,
  );
}

const childAt = process.argv.indexOf('--child');
if (childAt > 0) {
  await measureChild(process.argv[childAt + 1]!);
} else {
  const againstAt = process.argv.indexOf('--against');
  const against = againstAt > 0 ? resolve(process.argv[againstAt + 1] ?? '') : null;
  if (against) await loadBuilt(against); // fails early with the message when it is not built
  const ROUNDS = 3;
  const ours: Measured[] = [];
  const theirs: Measured[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(childRun(thisBuild));
    if (against) theirs.push(childRun(against));
  }
  console.log(
    `extractRecords throughput (UTF-8 input, one core; best of ${ROUNDS} processes${against ? ' per build, alternated' : ''}, each the best of ${TURNS} interleaved turns)`,
  );
  const mine = bestOf(ours);
  const other = against ? bestOf(theirs) : null;
  printTable(`this build (${thisBuild})`, mine, other);
  if (other) printTable(`the other build (${against})`, other, null);
  await linearity();
}
