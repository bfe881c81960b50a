/**
 * Writes, or checks against, a snapshot of `extractRecords` over every seed and corpus text beside
 * the repository: one JSON line per document and reference. A change meant to keep the output (a
 * speed change, a refactor) is checked by writing the snapshot before it and checking after it:
 *
 *   npx tsx packages/core/scripts/extraction-snapshot.ts write /tmp/before.jsonl
 *   npx tsx packages/core/scripts/extraction-snapshot.ts check /tmp/before.jsonl [--dist]
 *
 * `--dist` reads the built package (`dist/extract.js`) instead of the sources. Documents: the seeds,
 * every corpus text file (every crawl folder, not only one copy of each page), every vsou entry and
 * every DXY summary, each read without a reference and, where the corpus dates it, with one.
 * `check` prints the first differing character of each changed document and exits 1 on any change.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnderShared, sharedDir } from '../test/shared';

type Extract = typeof import('../src/extract/index').extractRecords;
const useDist = process.argv.includes('--dist');
const source = useDist
  ? fileURLToPath(new URL('../dist/extract.js', import.meta.url))
  : fileURLToPath(new URL('../src/extract/index.ts', import.meta.url));
const { extractRecords } = (await import(source)) as { extractRecords: Extract };

interface Document {
  id: string;
  text: string;
  reference?: string;
}

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const chinaTime = (millis: number): string =>
  `${new Date(millis + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;

function* documents(): Generator<Document> {
  const corpora = join(sharedDir, 'corpora');
  const plainTexts = [
    ...filesUnderShared('seeds'),
    ...filesUnderShared('corpora/doctormin-COVID-19_SpiderOfChineseData').filter((path) =>
      /\/\d\d\.txt$/.test(path),
    ),
    ...filesUnderShared('corpora/Stockard-Shanghai-COVID-2022/data/raw/number'),
    ...filesUnderShared('corpora/differui-hcow-announcement/assets').filter(
      (path) => !path.endsWith('LICENSE'),
    ),
    ...filesUnderShared('corpora/Exungsh-032002337/package_zip/text_result'),
  ];
  for (const path of plainTexts) {
    const text = decode(readFileSync(path));
    const id = path.slice(sharedDir.length + 1);
    yield { id, text };
    const crawl = /2020_2_(\d+)/.exec(path);
    if (crawl) yield { id, text, reference: `2020-02-${crawl[1]!.padStart(2, '0')}T23:00:00+08:00` };
  }
  for (const file of ['test.txt', 'valid.txt']) {
    const path = join(corpora, 'IBM-Dataset-Epidemiologic-Investigation-COVID19/ECR-COVID-19', file);
    const lines = readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim());
    for (const [index, line] of lines.entries())
      yield { id: `IBM/${file}#${index}`, text: String((JSON.parse(line) as { text: unknown }).text) };
  }
  const vsou = join(corpora, 'vsou-OutbreakNotification');
  for (const commit of readdirSync(vsou).sort()) {
    for (const path of [`${commit}/data.json`, `${commit}/public/data.json`]) {
      let entries: Array<{ title: string; content?: string[]; updateTime: number }>;
      try {
        entries = JSON.parse(readFileSync(join(vsou, path), 'utf8'));
      } catch {
        continue;
      }
      for (const [index, entry] of entries.entries()) {
        if (!entry.content?.length) continue;
        const text = `${entry.title}\n${entry.content.join('\n')}`;
        const id = `vsou/${path}#${index}`;
        yield { id, text };
        if (Number.isFinite(Number(entry.updateTime)))
          yield { id, text, reference: chinaTime(Number(entry.updateTime)) };
      }
    }
  }
  const news = JSON.parse(
    readFileSync(join(corpora, 'BlankerL-DXY-COVID-19-Data/json/DXYNews-TimeSeries.json'), 'utf8'),
  ) as Array<{ summary: string; pubDate: number }>;
  for (const [index, item] of news.entries()) {
    if (typeof item.summary !== 'string') continue;
    yield { id: `DXY#${index}`, text: item.summary };
    if (Number.isFinite(Number(item.pubDate)))
      yield { id: `DXY#${index}`, text: item.summary, reference: chinaTime(Number(item.pubDate)) };
  }
}

function snapshotLine(document: Document): string {
  const result = extractRecords(document.text, document.reference ? { reference: document.reference } : {});
  return JSON.stringify({ id: document.id, reference: document.reference ?? null, result });
}

const [mode, file] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if ((mode !== 'write' && mode !== 'check') || !file) {
  console.error('usage: extraction-snapshot.ts write|check <file.jsonl> [--dist]');
  process.exit(2);
}
const lines = Array.from(documents(), snapshotLine);
if (mode === 'write') {
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`${lines.length} documents written to ${file} (${useDist ? 'dist' : 'src'})`);
} else {
  const expected = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  let changed = 0;
  if (expected.length !== lines.length)
    console.log(`document count changed: ${expected.length} → ${lines.length}`);
  for (let index = 0; index < Math.min(expected.length, lines.length); index++) {
    const before = expected[index]!;
    const after = lines[index]!;
    if (before === after) continue;
    changed++;
    if (changed > 10) continue;
    let at = 0;
    while (before[at] === after[at]) at++;
    console.log(`changed: ${JSON.parse(before).id} (reference ${JSON.parse(before).reference})`);
    console.log(`  before …${before.slice(Math.max(0, at - 120), at + 120)}`);
    console.log(`  after  …${after.slice(Math.max(0, at - 120), at + 120)}`);
  }
  const identical = changed === 0 && expected.length === lines.length;
  console.log(
    identical
      ? `identical: ${lines.length} documents, byte for byte (${useDist ? 'dist' : 'src'})`
      : `${changed} of ${lines.length} documents changed`,
  );
  process.exit(identical ? 0 : 1);
}
