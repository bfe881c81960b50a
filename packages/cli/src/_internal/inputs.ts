import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';

/** One document to read: a file, or stdin (`-`). */
export interface InputRef {
  /** As shown in messages and output: the path as given (relative to the working directory), or `-`. */
  name: string;
  /** Absolute path, or null for stdin. */
  path: string | null;
  /** Why the name gives no document (a glob that matches no file): reported in its place. */
  problem?: string;
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Expands what the user named into documents, in a stable order: files as given, directories
 * walked (sorted, hidden entries skipped), globs matched by tinyglobby (sorted), `-` for stdin.
 * A name that matches nothing is kept, so that reading it reports the problem in its place.
 */
export async function expandInputs(names: readonly string[], cwd: string): Promise<InputRef[]> {
  const refs: InputRef[] = [];
  for (const name of names) {
    if (name === '-') {
      refs.push({ name: '-', path: null });
      continue;
    }
    const absolute = resolve(cwd, name);
    const info = await stat(absolute).catch(() => null);
    if (info?.isDirectory()) {
      // Named under the directory as the user wrote it: `archive/2021/a.txt`, `/data/x/a.txt`.
      for (const file of await walk(absolute))
        refs.push({ name: join(name, relative(absolute, file)), path: file });
    } else if (!info && GLOB_CHARS.test(name)) {
      const { glob } = await import('tinyglobby');
      const matches = (await glob(name, { cwd, absolute: true, onlyFiles: true, dot: false })).sort();
      if (matches.length === 0) refs.push({ name, path: null, problem: 'no file matches this pattern' });
      for (const file of matches)
        refs.push({ name: isAbsolute(name) ? file : relative(cwd, file), path: file });
    } else {
      refs.push({ name, path: absolute });
    }
  }
  return refs;
}

async function walk(directory: string): Promise<string[]> {
  const files: string[] = [];
  const entries = (await readdir(directory, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  );
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** Why a document could not be read. */
export interface ReadProblem {
  code: 'UNREADABLE_INPUT';
  message: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
let gb18030: InstanceType<typeof TextDecoder> | undefined;

/**
 * Decodes a document: UTF-8 (a BOM is dropped), else GB 18030 (which many Chinese government sites
 * still serve); a NUL byte in the first 8 KB, or bytes neither decoding accepts, mean a binary file.
 */
export function decodeDocument(bytes: Uint8Array, name: string): string | ReadProblem {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    return {
      code: 'UNREADABLE_INPUT',
      message: `binary file (a NUL byte at offset ${head.indexOf(0)}), skipped`,
    };
  }
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    try {
      gb18030 ??= new TextDecoder('gb18030', { fatal: true });
      return gb18030.decode(bytes);
    } catch {
      return { code: 'UNREADABLE_INPUT', message: `neither UTF-8 nor GB 18030 text (${name}), skipped` };
    }
  }
}

/** Reads and decodes a file; problems come back as values, never thrown. */
export function readDocument(path: string, name: string): string | ReadProblem {
  let bytes: Uint8Array;
  try {
    // Synchronous on purpose: bulletins are small, and a trip through libuv's thread pool per file
    // costs more than the read (measured: twice the context switches, a third slower).
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'is a directory'
            : (error as Error).message;
    return { code: 'UNREADABLE_INPUT', message: `${why}, skipped` };
  }
  return decodeDocument(bytes, name);
}

/** Reads all of stdin as bytes. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
