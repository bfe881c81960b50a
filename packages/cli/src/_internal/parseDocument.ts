/**
 * The work on one document of `fangkong parse`, shared by the main thread (`--jobs 1`) and the
 * worker threads: read, extract, and format for the chosen output. Never throws: every problem
 * becomes part of the outcome.
 */
import type { Span } from '@fangkong/core';
import type { AreaResolver, ExtractedRecord, ExtractionResult } from '@fangkong/core/extract';
import { extractRecords } from '@fangkong/core/extract';
import picocolors from 'picocolors';
import { csvRow } from './figures';
import { decodeDocument, readDocument } from './inputs';
import { describeRecord, explainRecord } from './records';

import { type DocumentChunk, type DocumentOutcome, type DocumentTask, failureOutcome, head } from './outcome';

let resolver: AreaResolver | undefined;

async function areaResolver(): Promise<AreaResolver> {
  if (!resolver) {
    const { resolveArea } = await import('@fangkong/core/areas');
    resolver = (name, context) => resolveArea(name, context.within ? { within: context.within } : undefined);
  }
  return resolver;
}

/**
 * Parses a chunk of documents, in order: what a worker thread does with each message, and the main
 * thread with the chunks it keeps.
 */
export async function parseChunk({ settings, documents }: DocumentChunk): Promise<DocumentOutcome[]> {
  const outcomes: DocumentOutcome[] = [];
  for (const document of documents) outcomes.push(await parseDocument({ ...settings, ...document }));
  return outcomes;
}

/** Parses one document and formats the result. */
export async function parseDocument(task: DocumentTask): Promise<DocumentOutcome> {
  let text: string;
  if (task.text !== undefined) text = task.text;
  else {
    const read = task.bytes
      ? decodeDocument(task.bytes, task.name)
      : await readDocument(task.path ?? task.name, task.name);
    if (typeof read !== 'string') return failureOutcome(task, read.code, read.message);
    text = read;
  }
  const result = extractRecords(text, {
    ...(task.published ? { reference: task.published } : {}),
    ...(task.region ? { region: task.region } : {}),
    ...(task.codes ? { resolveArea: await areaResolver() } : {}),
  });
  const records =
    task.kinds.length === 0
      ? result.records
      : result.records.filter((record) => task.kinds.includes(record.kind));
  const warnings: ExtractionResult['warnings'] = [...result.warnings];
  for (const record of records) warnings.push(...record.warnings);
  if (text.trim() === '') warnings.push({ code: 'EMPTY_DOCUMENT', message: 'the document is empty' });

  const problems: { code: string; message: string }[] = [];
  if (!task.published && warnings.some((warning) => warning.code === 'YEAR_UNKNOWN')) {
    problems.push({
      code: 'NO_PUBLICATION_DATE',
      message:
        'the document has no dated stamp, so the year of its dates is unknown; give --published <date> (or "published" in the NDJSON line)',
    });
  }
  const published = task.published ?? firstPublished(result.records);

  const locate = locator(text);
  let err = '';
  for (const warning of warnings)
    err += `${task.name}${locate(warning.span)}: warning ${warning.code}: ${warning.message}\n`;
  for (const problem of problems) err += `${task.name}: error ${problem.code}: ${problem.message}\n`;

  let out = '';
  const entry = () => ({
    ...head(task),
    ok: problems.length === 0,
    published: published as string | null,
    records,
    warnings: result.warnings,
    ...(problems.length > 0 ? { errors: problems } : {}),
  });
  switch (task.format) {
    case 'ndjson':
      out = `${JSON.stringify(entry())}\n`;
      break;
    case 'json':
      out = JSON.stringify(entry(), null, 2);
      break;
    case 'csv': {
      const rows: (string | number)[][] = [];
      result.records.forEach((record, index) => {
        if (
          record.kind === 'dailyBulletin' &&
          (task.kinds.length === 0 || task.kinds.includes(record.kind))
        ) {
          rows.push(csvRow(task.name, index, record));
        }
      });
      if (rows.length > 0) {
        const { stringify } = await import('csv-stringify/sync');
        out = stringify(rows, { record_delimiter: '\n' });
      }
      break;
    }
    case 'table':
      out = task.explain
        ? explainDocument(task, text, records, published)
        : tableOfDocument(task, records, published, warnings.length);
      break;
  }
  return { out, err, warnings: warnings.length, failed: problems.length > 0 };
}

/** `:line:column` (1-based, UTF-16 columns) of a span's start, or nothing without a span. */
function locator(text: string): (span: Span | undefined) => string {
  let starts: number[] | null = null;
  return (span) => {
    if (!span) return '';
    if (!starts) {
      starts = [0];
      for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1))
        starts.push(index + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= span.start) low = middle;
      else high = middle - 1;
    }
    return `:${low + 1}:${span.start - starts[low]! + 1}`;
  };
}

function tableOfDocument(
  task: DocumentTask,
  records: readonly ExtractedRecord[],
  published: string | null,
  warnings: number,
): string {
  const colors = picocolors.createColors(task.color);
  const lines = [
    `${colors.bold(task.name)}  ${colors.dim(`published ${published ?? 'unknown'} · ${records.length} record${records.length === 1 ? '' : 's'} · ${warnings} warning${warnings === 1 ? '' : 's'}`)}`,
  ];
  const rows = records.map((record, index) => [String(index + 1), ...describeRecord(record)]);
  const widths = [0, 1, 2, 3].map((column) => Math.max(0, ...rows.map((row) => width(row[column] ?? ''))));
  for (const row of rows) {
    lines.push(
      `  ${row
        .map((cell, column) => (column < 4 ? pad(cell, widths[column]!) : cell))
        .join('  ')
        .trimEnd()}`,
    );
  }
  return `${lines.join('\n')}\n\n`;
}

function explainDocument(
  task: DocumentTask,
  text: string,
  records: readonly ExtractedRecord[],
  published: string | null,
): string {
  const colors = picocolors.createColors(task.color);
  const mark = (source: string) => (task.color ? colors.bold(colors.yellow(source)) : `[${source}]`);
  const lines = [`${colors.bold(task.name)}  ${colors.dim(`published ${published ?? 'unknown'}`)}`];
  records.forEach((record, index) => {
    lines.push(`  ${index + 1}. ${describeRecord(record).join('  ')}`);
    for (const item of explainRecord(record)) {
      lines.push(`     ${item.label} = ${item.value}   ${context(text, item.span, mark)}`);
    }
  });
  return `${lines.join('\n')}\n\n`;
}

/** The source text around a span, on one line, with the span marked. */
function context(text: string, span: Span, mark: (source: string) => string): string {
  const flat = (value: string) => value.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, span.start - 12), span.start));
  const after = flat(text.slice(span.end, span.end + 12));
  return `…${before}${mark(flat(text.slice(span.start, span.end)))}${after}…`;
}

/** Display width: Han and full-width characters take two columns. */
function width(value: string): number {
  let total = 0;
  for (const char of value)
    total +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        char,
      )
        ? 2
        : 1;
  return total;
}

function pad(value: string, to: number): string {
  return value + ' '.repeat(Math.max(0, to - width(value)));
}

function firstPublished(records: readonly ExtractedRecord[]): string | null {
  for (const record of records)
    if (record.kind === 'dailyBulletin' && record.publishedAt) return record.publishedAt;
  return null;
}
