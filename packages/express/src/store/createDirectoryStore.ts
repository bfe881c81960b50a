import { type FSWatcher, watch } from 'node:fs';
import { lstat, readFile, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { nowInstant } from '../_internal/instants';
import { type ReadDocumentOptions, readDocument } from './readDocument';
import type {
  BulletinStore,
  Logger,
  StoreProblem,
  StoreProblemCode,
  StoreSnapshot,
  StoredDocument,
} from './types';

/** Options of {@link createDirectoryStore}. */
export interface DirectoryStoreOptions extends ReadDocumentOptions {
  /** The folder of documents (`.txt`, `.html`, `.htm`); sub-folders and links are not read. */
  directory: string;
  /** Re-read changed files when the folder changes (default true). */
  watch?: boolean;
  /** Files larger than this are skipped and reported (default 5 MB). */
  maxFileBytes?: number;
  /** Reports skipped files and reloads. */
  logger?: Logger;
  /** Wait this long after a change before re-reading, to catch a file being written (default 50 ms). */
  debounceMillis?: number;
}

/** A store over a folder of documents. */
export interface DirectoryStore extends BulletinStore {
  /** Re-reads the folder now (changed files only); resolves when done. */
  refresh(): Promise<StoreSnapshot>;
  close(): Promise<void>;
}

const EXTENSIONS = new Set(['.txt', '.html', '.htm']);

interface Entry {
  mtimeMs: number;
  size: number;
  document: StoredDocument | null;
  problem: StoreProblem | null;
}

/**
 * A bulletin store over a folder of bulletin files (plain text or HTML, UTF-8), watched and
 * re-read when files change. A file that cannot be used (not UTF-8, binary, too large, unreadable,
 * no record found) is reported in the log and in the snapshot's `problems`, and skipped; the other
 * files are unaffected. Only regular files directly in the folder are read: a document id is never
 * turned into a path.
 *
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 *
 * const directory = mkdtempSync(join(tmpdir(), 'bulletins-'));
 * writeFileSync(join(directory, '2021-01-13-bulletin.txt'), '2021年1月12日0时至24时，大连市新增本土确诊病例1例。');
 * const store = createDirectoryStore({ directory, region: '大连市' });
 * (await store.snapshot()).documents.map((document) => document.id); // → ['2021-01-13-bulletin']
 * await store.close();
 */
export function createDirectoryStore(options: DirectoryStoreOptions): DirectoryStore {
  const { directory } = options;
  const maxBytes = options.maxFileBytes ?? 5_000_000;
  const log: Logger = options.logger ?? (() => {});
  const entries = new Map<string, Entry>();
  let revision = 0;
  let current: StoreSnapshot = { revision: 'd0', documents: [], problems: [] };
  let closed = false;
  let watcher: FSWatcher | null = null;
  let timer: NodeJS.Timeout | null = null;

  const problem = (file: string, code: StoreProblemCode, message: string): StoreProblem => {
    const found: StoreProblem = { file, code, message, at: nowInstant() };
    log({ level: 'warn', event: 'store.problem', message: `${file}: ${message}`, file, code });
    return found;
  };

  const readOne = async (file: string, size: number): Promise<Pick<Entry, 'document' | 'problem'>> => {
    if (size > maxBytes)
      return {
        document: null,
        problem: problem(file, 'TOO_LARGE', `${size} bytes, over the limit of ${maxBytes}`),
      };
    let bytes: Buffer;
    try {
      bytes = await readFile(join(directory, file));
    } catch (error) {
      return {
        document: null,
        problem: problem(
          file,
          'UNREADABLE',
          `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        ),
      };
    }
    if (bytes.includes(0))
      return { document: null, problem: problem(file, 'BINARY', 'holds NUL bytes: not a text document') };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { document: null, problem: problem(file, 'NOT_UTF8', 'is not valid UTF-8') };
    }
    const id = file.slice(0, file.length - extname(file).length);
    const document = await readDocument({ id, name: file, text, updatedAt: nowInstant() }, options);
    if (document.records.length === 0)
      return {
        document: null,
        problem: problem(file, 'NO_RECORDS', 'no bulletin or notice was found in it'),
      };
    return { document, problem: null };
  };

  const scan = async (): Promise<StoreSnapshot> => {
    let names: string[];
    try {
      names = await readdir(directory);
    } catch (error) {
      log({
        level: 'error',
        event: 'store.unreadable',
        message: `the store's folder cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      });
      names = [];
    }
    let changed = false;
    const seen = new Set<string>();
    for (const file of names.sort()) {
      if (file.startsWith('.') || !EXTENSIONS.has(extname(file).toLowerCase())) continue;
      let stats: Awaited<ReturnType<typeof lstat>>;
      try {
        stats = await lstat(join(directory, file));
      } catch {
        continue; // removed meanwhile
      }
      if (!stats.isFile()) continue;
      seen.add(file);
      const previous = entries.get(file);
      if (previous && previous.mtimeMs === stats.mtimeMs && previous.size === stats.size) continue;
      entries.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, ...(await readOne(file, stats.size)) });
      changed = true;
    }
    for (const file of [...entries.keys()]) {
      if (!seen.has(file)) {
        entries.delete(file);
        changed = true;
      }
    }
    if (changed || revision === 0) {
      revision++;
      const documents: StoredDocument[] = [];
      const problems: StoreProblem[] = [];
      for (const entry of entries.values()) {
        if (entry.document) documents.push(entry.document);
        if (entry.problem) problems.push(entry.problem);
      }
      documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      current = { revision: `d${revision}`, documents, problems };
      log({
        level: 'info',
        event: 'store.reloaded',
        message: `${documents.length} documents, ${problems.length} skipped`,
        revision: current.revision,
      });
    }
    return current;
  };

  // Scans never overlap: each waits for the one before.
  // A failed scan is reported by `snapshot()`, never as an unhandled rejection (which would end the host process).
  let pending: Promise<StoreSnapshot> = scan();
  pending.catch(() => {});
  const refresh = (): Promise<StoreSnapshot> => {
    pending = pending.then(scan, scan);
    pending.catch(() => {});
    return pending;
  };

  if (options.watch !== false) {
    try {
      watcher = watch(directory, { persistent: false }, () => {
        if (closed) return;
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          void refresh();
        }, options.debounceMillis ?? 50);
      });
      watcher.on('error', (error) =>
        log({ level: 'error', event: 'store.watchFailed', message: `watching stopped: ${error.message}` }),
      );
    } catch (error) {
      log({
        level: 'error',
        event: 'store.watchFailed',
        message: `cannot watch: ${(error as Error).message}`,
      });
    }
  }

  return {
    snapshot: () => pending,
    refresh,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher?.close();
      await pending.catch(() => {});
    },
  };
}
