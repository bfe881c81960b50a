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
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CorpusDocument, corpusDocuments } from './corpusDocuments';

type Extract = typeof import('../src/extract/index').extractRecords;
const useDist = process.argv.includes('--dist');
const source = useDist
  ? fileURLToPath(new URL('../dist/extract.js', import.meta.url))
  : fileURLToPath(new URL('../src/extract/index.ts', import.meta.url));
const { extractRecords } = (await import(source)) as { extractRecords: Extract };

function snapshotLine(document: CorpusDocument): string {
  const result = extractRecords(document.text, document.reference ? { reference: document.reference } : {});
  return JSON.stringify({ id: document.id, reference: document.reference ?? null, result });
}

const [mode, file] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if ((mode !== 'write' && mode !== 'check') || !file) {
  console.error('usage: extraction-snapshot.ts write|check <file.jsonl> [--dist]');
  process.exit(2);
}
const lines = Array.from(corpusDocuments(), snapshotLine);
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
