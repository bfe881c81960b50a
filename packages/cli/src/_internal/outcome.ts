/**
 * The plain data of `fangkong parse`: documents to parse (a chunk, what the pool sends a worker)
 * and what comes back. No parsing code here: the worker threads and, with `--jobs` above 1, the
 * main thread (one of the N threads) load core's extraction where they parse, not through this
 * file.
 */
export type ParseFormat = 'table' | 'json' | 'ndjson' | 'csv';

/** What every document of a batch shares: the flags of `fangkong parse`. */
export interface ParseSettings {
  kinds: readonly string[];
  format: ParseFormat;
  explain: boolean;
  color: boolean;
  codes: boolean;
  published?: string;
  region?: string;
}

/** One document to parse (plain data); its own `published` and `region` (an NDJSON line's) win. */
export interface DocumentSource {
  /** As shown in messages and output. */
  name: string;
  /** Read the document from this file… */
  path?: string;
  /** …or take this text (stdin, an NDJSON line). */
  text?: string;
  /** …or these bytes (stdin). */
  bytes?: Uint8Array;
  /** The NDJSON input line, echoed in the output line. */
  line?: number;
  /** An `id` the NDJSON input line gave, echoed. */
  id?: unknown;
  published?: string;
  region?: string;
}

/** One document with the settings of its batch: what {@link DocumentChunk} unpacks to. */
export type DocumentTask = ParseSettings & DocumentSource;

/**
 * Documents as one message carries them to a worker: the batch's settings once, then each
 * document's own fields only (a smaller message to copy than the settings in every document).
 */
export interface DocumentChunk {
  settings: ParseSettings;
  documents: DocumentSource[];
}

/** What one document gives: text for stdout and stderr, and how it went. */
export interface DocumentOutcome {
  /** For stdout, in the chosen format (a JSON entry for `json`, without separator). */
  out: string;
  /** Warning and error lines for stderr, `file:line:column: …`. */
  err: string;
  warnings: number;
  /** The document could not be read, or its dates could not be placed (exit 1). */
  failed: boolean;
}

/** A line of the NDJSON output for a document that could not be read. */
export function failureOutcome(
  task: Pick<DocumentTask, 'name' | 'line' | 'id' | 'format'>,
  code: string,
  message: string,
): DocumentOutcome {
  const entry = { ...head(task), ok: false, error: { code, message } };
  const out =
    task.format === 'ndjson'
      ? `${JSON.stringify(entry)}\n`
      : task.format === 'json'
        ? JSON.stringify(entry, null, 2)
        : task.format === 'table'
          ? `${task.name}: ${message}\n\n`
          : '';
  return { out, err: `${task.name}: error ${code}: ${message}\n`, warnings: 0, failed: true };
}

export function head(task: Pick<DocumentTask, 'name' | 'line' | 'id'>): Record<string, unknown> {
  const entry: Record<string, unknown> = { input: task.name };
  if (task.line !== undefined) entry.line = task.line;
  if (task.id !== undefined) entry.id = task.id;
  return entry;
}
