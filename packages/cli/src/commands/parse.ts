import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CliError } from '../errors';
import { colorEnabled, type Io, write } from '../io';
import { CSV_COLUMNS } from '../_internal/figures';
import { optionalInstant } from '../_internal/instants';
import { expandInputs, readStream } from '../_internal/inputs';
import { defaultJobs, OrderedPool } from '../_internal/orderedPool';
import {
  type DocumentOutcome,
  type DocumentSource,
  failureOutcome,
  type ParseFormat,
  type ParseSettings,
} from '../_internal/outcome';
import { startProgress } from '../_internal/progress';

/** Options of {@link parse}: the flags of `fangkong parse`. */
export interface ParseOptions {
  /** Files, directories, globs, or `-` for stdin. None: stdin. */
  inputs: readonly string[];
  /** Publication instant or date, for every document (else each document's own stamp). */
  published?: string;
  region?: string;
  /** Default: `table` when stdout is a terminal, `ndjson` otherwise. */
  format?: ParseFormat;
  /** What stdin holds: one document (`text`, the default) or NDJSON lines `{path|text, published?, region?}`. */
  input?: 'text' | 'ndjson';
  kinds?: readonly string[];
  strict?: boolean;
  explain?: boolean;
  codes?: boolean;
  quiet?: boolean;
  /** Worker threads (default: the cores). */
  jobs?: number;
}

/**
 * `fangkong parse`: documents in, records out, in input order, streamed. Unreadable documents are
 * reported and skipped; the batch goes on and exits 1 at the end.
 *
 * @returns the exit code: 0, or 1 when a document failed or (with `strict`) warned
 * @example
 * await parse({ inputs: ['bulletin.txt'], format: 'ndjson' }, io); // one JSON line per document
 */
export async function parse(options: ParseOptions, io: Io): Promise<number> {
  const explain = options.explain ?? false;
  if (explain && options.format && options.format !== 'table') {
    throw new CliError(
      'USAGE',
      `--explain shows figures for people and cannot be combined with --format ${options.format}`,
      {
        expected: '--explain alone (or with --format table)',
        example: 'fangkong parse bulletin.txt --explain',
      },
    );
  }
  const format: ParseFormat = options.format ?? (explain || io.stdout.isTTY ? 'table' : 'ndjson');
  const published = optionalInstant(options.published, '--published');
  const inputs = options.inputs.length > 0 ? options.inputs : ['-'];
  if (inputs.includes('-') && io.stdin.isTTY) {
    throw new CliError(
      'USAGE',
      'fangkong parse reads stdin, which is a terminal: name files or pipe text in',
      {
        expected: 'files, directories or globs, or text on stdin',
        example: 'fangkong parse bulletin.txt   or   cat bulletin.txt | fangkong parse',
      },
    );
  }
  if (options.input === 'ndjson' && (inputs.length !== 1 || inputs[0] !== '-')) {
    throw new CliError('USAGE', '--input ndjson reads its lines from stdin and takes no file arguments', {
      expected: 'NDJSON lines on stdin',
      example: 'printf \'{"path":"a.txt"}\\n\' | fangkong parse --input ndjson',
    });
  }
  const settings: ParseSettings = {
    kinds: options.kinds ?? [],
    format,
    explain,
    color: format === 'table' && colorEnabled(io.stdout, io.env),
    codes: options.codes ?? false,
    ...(published ? { published } : {}),
    ...(options.region ? { region: options.region } : {}),
  };

  const tasks: AsyncIterable<DocumentSource | DocumentOutcome> | (DocumentSource | DocumentOutcome)[] =
    options.input === 'ndjson' ? ndjsonTasks(io, format) : await fileTasks(inputs, io, format);
  const total = Array.isArray(tasks) ? tasks.length : null;
  const progress =
    total !== null && total > 1 && !options.quiet && io.stderr.isTTY
      ? await startProgress(io.stderr, total)
      : null;
  const jobs = options.jobs ?? defaultJobs();
  // The parser loads on the main thread when it parses its first chunk.
  const runner = new OrderedPool(jobs, settings, async (chunk) =>
    (await import('../_internal/parseDocument')).parseChunk(chunk),
  );
  if (total !== null) runner.expect(total);

  let documents = 0;
  let failed = 0;
  let warnings = 0;
  if (format === 'csv') {
    const { stringify } = await import('csv-stringify/sync');
    await write(io.stdout, stringify([CSV_COLUMNS as string[]], { record_delimiter: '\n' }));
  }
  if (format === 'json') await write(io.stdout, '[\n');
  // One write per ready chunk: ten thousand documents are not ten thousand system calls.
  const emit = async (outcomes: readonly DocumentOutcome[]) => {
    let out = '';
    let err = '';
    for (const outcome of outcomes) {
      if (format === 'json' && documents > 0) out += ',\n';
      documents++;
      out += outcome.out;
      warnings += outcome.warnings;
      if (outcome.failed) failed++;
      err += options.quiet
        ? outcome.err
            .split('\n')
            .filter((line) => line.includes(': error '))
            .map((line) => `${line}\n`)
            .join('')
        : outcome.err;
    }
    if (out) await write(io.stdout, out);
    if (err) {
      if (progress) progress.log(err);
      else await write(io.stderr, err);
    }
    progress?.tick(outcomes.length);
  };
  try {
    for await (const task of tasks) {
      const ready = await runner.add(task);
      if (ready.length > 0) await emit(ready);
    }
    for await (const outcomes of runner.drain()) await emit(outcomes);
  } finally {
    progress?.stop();
    await runner.close();
  }
  if (format === 'json') await write(io.stdout, documents > 0 ? '\n]\n' : ']\n');

  if (failed > 0) {
    await write(
      io.stderr,
      `fangkong: ${failed} of ${documents} document${documents === 1 ? '' : 's'} failed\n`,
    );
    return 1;
  }
  if (options.strict && warnings > 0) {
    await write(io.stderr, `fangkong: ${warnings} warning${warnings === 1 ? '' : 's'} (--strict)\n`);
    return 1;
  }
  return 0;
}

async function fileTasks(
  inputs: readonly string[],
  io: Io,
  format: ParseFormat,
): Promise<(DocumentSource | DocumentOutcome)[]> {
  const refs = await expandInputs(inputs, io.cwd);
  const tasks: (DocumentSource | DocumentOutcome)[] = [];
  for (const ref of refs) {
    if (ref.problem) tasks.push(failureOutcome({ format, name: ref.name }, 'UNREADABLE_INPUT', ref.problem));
    else if (ref.path === null) tasks.push({ name: '<stdin>', bytes: await readStream(io.stdin) });
    else tasks.push({ name: ref.name, path: ref.path });
  }
  return tasks;
}

/**
 * The map-step contract: one output line per non-blank input line, in order; a line that is not
 * a usable object becomes an error line, never a crash.
 */
async function* ndjsonTasks(io: Io, format: ParseFormat): AsyncGenerator<DocumentSource | DocumentOutcome> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  for await (const raw of lines) {
    number++;
    if (raw.trim() === '') continue;
    const name = `<stdin>:${number}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      yield failureOutcome(
        { name, line: number, format },
        'INPUT_PROBLEM',
        `line ${number} is not JSON: ${(error as Error).message}`,
      );
      continue;
    }
    const item = (
      typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}
    ) as Record<string, unknown>;
    const id = item.id;
    const path = typeof item.path === 'string' ? item.path : undefined;
    const text = typeof item.text === 'string' ? item.text : undefined;
    const label = path ?? name;
    const echo = { name: label, line: number, ...(id !== undefined ? { id } : {}) };
    if ((path === undefined) === (text === undefined)) {
      yield failureOutcome(
        { ...echo, format },
        'INPUT_PROBLEM',
        `line ${number} needs exactly one of "path" or "text" (strings)`,
      );
      continue;
    }
    let published: string | undefined;
    try {
      published =
        item.published === undefined || item.published === null
          ? undefined
          : optionalInstant(String(item.published), '"published"');
    } catch (error) {
      yield failureOutcome(
        { ...echo, format },
        'INPUT_PROBLEM',
        `line ${number}: ${(error as Error).message}`,
      );
      continue;
    }
    const task: DocumentSource = { ...echo };
    if (path !== undefined) task.path = resolve(io.cwd, path);
    if (text !== undefined) task.text = text;
    if (published) task.published = published;
    if (typeof item.region === 'string') task.region = item.region;
    yield task;
  }
}
