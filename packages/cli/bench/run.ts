/**
 * Benchmarks of the BUILT `fangkong` binary (`pnpm bench` builds first):
 * - cold start of `fangkong plan …` and of `fangkong parse <one file>`, each as a ratio to
 *   `node -e 0` measured in the same run, interleaved so that machine load falls on all three alike
 *   (target: plan ≤ 2x);
 * - batch throughput on 10,000 generated bulletins with `--jobs 1` and `--jobs 2`, in interleaved
 *   pairs (`FANGKONG_BENCH_BATCH_PAIRS`, default 3), medians with the peak RSS and CPU time
 *   (target: 2 jobs ≥ 1.7x of 1).
 * The generated files live in a temporary folder that is removed at the end.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/fangkong.js', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../dist/index.js', import.meta.url)))) {
  throw new Error('packages/cli/dist is missing: run `pnpm build` first (`pnpm bench` does)');
}
const RUNS = Number(process.env.FANGKONG_BENCH_RUNS ?? 21);
const FILES = Number(process.env.FANGKONG_BENCH_FILES ?? 10_000);
const work = mkdtempSync(join(tmpdir(), 'fangkong-cli-bench-'));

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

function wallMillis(args: string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore'] });
  if (result.status !== 0 && args[0] !== '-e') throw new Error(`${args.join(' ')} exited ${result.status}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** A bulletin in our own wording and the real format, with figures varying by index. */
function bulletin(index: number): string {
  const day = 1 + (index % 28);
  const month = 1 + (Math.floor(index / 28) % 12);
  const local = index % 17;
  const asymptomatic = (index * 7) % 23;
  return [
    `大连市卫生健康委员会 2021-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} 09:${String(index % 60).padStart(2, '0')}`,
    `${month}月${day}日0时至24时，大连市新增本土确诊病例${local}例（其中${Math.min(local, 2)}例为无症状感染者转为确诊病例），新增本土无症状感染者${asymptomatic}例，新增境外输入确诊病例0例。`,
    `截至${month}月${day}日24时，全市累计报告本土确诊病例${100 + index}例，本土无症状感染者${50 + (index % 40)}例。`,
    `目前在院治疗${20 + (index % 9)}人（其中确诊病例${10 + (index % 5)}人，无症状感染者${10 + (index % 4)}人）。当日治愈出院${index % 3}人，累计治愈出院${60 + (index % 30)}人。`,
    '相关情况请关注市卫生健康委员会官方网站及政务新媒体。',
    '',
  ].join('\n');
}

function coldStart(): void {
  const plan = [BIN, 'plan', '-j', 'CN-LN-DL', '-c', 'closeContact', '-a', '2021-06-01'];
  const one = join(work, 'one.txt');
  writeFileSync(one, bulletin(12));
  const parse = [BIN, 'parse', one, '--format', 'ndjson'];
  const times = { node: [] as number[], plan: [] as number[], parse: [] as number[] };
  wallMillis(['-e', '0']);
  wallMillis(plan);
  for (let run = 0; run < RUNS; run++) {
    times.node.push(wallMillis(['-e', '0']));
    times.plan.push(wallMillis(plan));
    times.parse.push(wallMillis(parse));
  }
  const base = median(times.node);
  console.log(`cold start, median of ${RUNS} interleaved runs (wall clock):`);
  console.log(`  node -e 0                ${base.toFixed(1)} ms`);
  const planRatio = median(times.plan) / base;
  console.log(
    `  fangkong plan …          ${median(times.plan).toFixed(1)} ms  = ${planRatio.toFixed(2)}x node -e 0`,
  );
  console.log(
    `  fangkong parse one.txt   ${median(times.parse).toFixed(1)} ms  = ${(median(times.parse) / base).toFixed(2)}x node -e 0`,
  );
  console.log(`  target plan ≤ 2x: ${planRatio <= 2 ? 'met' : 'NOT met'}`);
}

/** Runs a batch under GNU time when it is there (peak RSS of the process and its threads). */
function batch(
  jobs: number,
  dir: string,
): Promise<{ millis: number; rssMb: number | null; cpuSeconds: number | null; lines: number }> {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const rssFile = join(work, `rss-${jobs}.txt`);
  const args = [BIN, 'parse', dir, '--jobs', String(jobs), '--format', 'ndjson', '--quiet'];
  const [command, commandArgs] = timeBin
    ? [timeBin, ['-f', '%M %U %S', '-o', rssFile, process.execPath, ...args]]
    : [process.execPath, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, commandArgs as string[], { stdio: ['ignore', 'pipe', 'inherit'] });
    let lines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 10) lines++;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const millis = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) return reject(new Error(`parse --jobs ${jobs} exited ${code}`));
      const [rssKb, user, system] = timeBin
        ? (readFileSync(rssFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number)
        : [];
      resolve({
        millis,
        rssMb: rssKb !== undefined && Number.isFinite(rssKb) ? rssKb / 1024 : null,
        cpuSeconds: user !== undefined && system !== undefined ? user + system : null,
        lines,
      });
    });
  });
}

async function throughput(): Promise<void> {
  const dir = join(work, 'bulletins');
  mkdirSync(dir);
  let bytes = 0;
  for (let index = 0; index < FILES; index++) {
    const text = bulletin(index);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `${String(index).padStart(5, '0')}.txt`), text);
  }
  console.log(
    `\nbatch: ${FILES} generated bulletins, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${availableParallelism()} cores`,
  );
  // Interleaved pairs, so that the load of other processes falls on both alike; medians reported.
  const pairs = Number(process.env.FANGKONG_BENCH_BATCH_PAIRS ?? 3);
  const runs: Record<number, Awaited<ReturnType<typeof batch>>[]> = { 1: [], 2: [] };
  for (let pair = 0; pair < pairs; pair++) {
    for (const jobs of [1, 2]) {
      const run = await batch(jobs, dir);
      if (run.lines !== FILES) throw new Error(`--jobs ${jobs} wrote ${run.lines} lines for ${FILES} files`);
      runs[jobs]!.push(run);
    }
  }
  const results: Record<number, number> = {};
  for (const jobs of [1, 2]) {
    const millis = median(runs[jobs]!.map((run) => run.millis));
    const rss = runs[jobs]!.map((run) => run.rssMb).filter((value) => value !== null);
    const cpu = runs[jobs]!.map((run) => run.cpuSeconds).filter((value) => value !== null);
    results[jobs] = FILES / (millis / 1000);
    console.log(
      `  --jobs ${jobs}: ${(millis / 1000).toFixed(2)} s, ${results[jobs]!.toFixed(0)} files/s, peak RSS ${rss.length === 0 ? 'n/a' : `${Math.max(...rss).toFixed(0)} MB`}, CPU ${cpu.length === 0 ? 'n/a' : `${median(cpu).toFixed(2)} s`} (median of ${pairs} interleaved runs; each: ${runs[jobs]!.map((run) => (run.millis / 1000).toFixed(2)).join(', ')} s)`,
    );
  }
  // Memory against batch size: the same kind of batch cut to a tenth, for comparison.
  const small = join(work, 'tenth');
  mkdirSync(small);
  for (let index = 0; index < FILES / 10; index++) {
    writeFileSync(join(small, `${String(index).padStart(5, '0')}.txt`), bulletin(index));
  }
  const tenth = await batch(1, small);
  console.log(
    `  --jobs 1 on ${FILES / 10} of them: peak RSS ${tenth.rssMb === null ? 'n/a' : `${tenth.rssMb.toFixed(0)} MB`} (compare with ${FILES} above)`,
  );
  const speedup = results[2]! / results[1]!;
  const load = existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ')[0] : 'n/a';
  console.log(
    `  load average during the run: ${load} on ${availableParallelism()} cores (other processes share them)`,
  );
  console.log(
    `  --jobs 2 / --jobs 1 = ${speedup.toFixed(2)}x; target ≥ 1.7x: ${speedup >= 1.7 ? 'met' : 'NOT met'}`,
  );
}

try {
  coldStart();
  await throughput();
} finally {
  rmSync(work, { recursive: true, force: true });
}
