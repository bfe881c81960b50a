/**
 * Speed of the BUILT `extractRecords` (`dist/`; run `pnpm build` first) on each corpus beside the
 * repository, one core: `npx tsx packages/core/bench/corpora.bench.ts`.
 *
 * For every corpus that the extraction snapshot reads (each document once, without a reference), it
 * prints a Markdown table: documents, size, extractRecords MB/s and CPU ms per MB, the plain scan's
 * MB/s (`./plainScan.ts`, the baseline) and the ratio between the two. Each figure is the
 * best of {@link TURNS} turns, extraction and scan interleaved within each turn so that the load of a
 * shared machine falls on both alike; each turn runs the corpus over and over for at least
 * {@link TURN_MS}.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corpusDocuments } from '../scripts/corpusDocuments';
import { plainScan } from './plainScan';

type Extract = typeof import('../src/extract/index').extractRecords;

const TURNS = Number(process.env.FANGKONG_BENCH_TURNS ?? 5);
const TURN_MS = 400;

const entry = fileURLToPath(new URL('../dist/extract.js', import.meta.url));
if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`pnpm build\` first`);
const { extractRecords } = (await import(entry)) as { extractRecords: Extract };

/** The corpus a snapshot document belongs to, from its id. */
function corpusOf(id: string): string {
  if (id.startsWith('seeds/')) return 'seeds';
  if (id.startsWith('DXY#')) return 'DXY news summaries';
  if (id.startsWith('IBM/')) return 'IBM case reports';
  if (id.startsWith('vsou/')) return 'vsou 2022';
  const folder = /^corpora\/([^/]+)/.exec(id)?.[1] ?? id;
  return (
    {
      'doctormin-COVID-19_SpiderOfChineseData': 'doctormin provincial 2020-02',
      'Stockard-Shanghai-COVID-2022': 'Stockard Shanghai 2022',
      'differui-hcow-announcement': 'differui Wenzhou 2020',
      'Exungsh-032002337': 'Exungsh national NHC',
    }[folder] ?? folder
  );
}

const corpora = new Map<string, string[]>();
const seen = new Set<string>();
for (const document of corpusDocuments()) {
  if (document.reference !== undefined || seen.has(document.id)) continue;
  seen.add(document.id);
  const name = corpusOf(document.id);
  corpora.set(name, [...(corpora.get(name) ?? []), document.text]);
}

/** MB/s (wall) and CPU ms/MB of one turn of `run` over the texts. */
function turn(texts: string[], megabytes: number, run: (text: string) => unknown) {
  let rounds = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  do {
    for (const text of texts) run(text);
    rounds++;
  } while (performance.now() - start < TURN_MS);
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    mbPerSecond: (rounds * megabytes) / wall,
    cpuMsPerMb: (used.user + used.system) / 1000 / (rounds * megabytes),
  };
}

console.log(`extractRecords (built) on each corpus, best of ${TURNS} interleaved turns, one core\n`);
console.log('| corpus | documents | KB | extractRecords MB/s | CPU ms/MB | plain scan MB/s | ratio |');
console.log('|---|---|---|---|---|---|---|');
for (const [name, texts] of corpora) {
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024 / 1024;
  turn(texts, megabytes, (text) => extractRecords(text)); // warm-up
  let extract = { mbPerSecond: 0, cpuMsPerMb: Number.POSITIVE_INFINITY };
  let scan = { mbPerSecond: 0, cpuMsPerMb: Number.POSITIVE_INFINITY };
  for (let index = 0; index < TURNS; index++) {
    const e = turn(texts, megabytes, (text) => extractRecords(text));
    const s = turn(texts, megabytes, plainScan);
    extract = {
      mbPerSecond: Math.max(extract.mbPerSecond, e.mbPerSecond),
      cpuMsPerMb: Math.min(extract.cpuMsPerMb, e.cpuMsPerMb),
    };
    scan = {
      mbPerSecond: Math.max(scan.mbPerSecond, s.mbPerSecond),
      cpuMsPerMb: Math.min(scan.cpuMsPerMb, s.cpuMsPerMb),
    };
  }
  console.log(
    `| ${name} | ${texts.length} | ${(megabytes * 1024).toFixed(0)} | ${extract.mbPerSecond.toFixed(1)} | ${extract.cpuMsPerMb.toFixed(1)} | ${scan.mbPerSecond.toFixed(0)} | ${(extract.mbPerSecond / scan.mbPerSecond).toFixed(3)} |`,
  );
}
