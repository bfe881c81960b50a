import type { Colors } from 'picocolors/types';

/** A stream the commands write to: stdout and stderr, or a collector in tests. */
export interface OutputStream {
  /** Writes a chunk; `false` when the stream's buffer is full (wait for `drain`). */
  write(chunk: string): boolean;
  /** Calls `listener` once when a full buffer has drained. */
  once?(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * Where a command reads and writes. `index.ts` builds it from the process; tests build their own,
 * so that commands never touch `process` themselves.
 */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** Writes and waits when the stream asks to (a slow pipe must not fill memory). */
export function write(stream: OutputStream, text: string): Promise<void> | undefined {
  if (stream.write(text) || !stream.once) return undefined;
  return new Promise((resolve) => stream.once!('drain', resolve));
}

/**
 * Whether to colour what goes to `stream`: only on a TTY, never with `NO_COLOR` (any value but
 * empty) or `TERM=dumb`; `FORCE_COLOR` (not `0`) forces it on.
 */
export function colorEnabled(stream: OutputStream, env: Io['env']): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** picocolors' functions for `stream`; without colour, plain text (picocolors is then not even loaded). */
export async function colorsFor(stream: OutputStream, env: Io['env']): Promise<Colors> {
  if (!colorEnabled(stream, env)) return PLAIN;
  return (await import('picocolors')).default.createColors(true);
}

/** Every colour function of picocolors, each returning its input as plain text. */
const PLAIN = new Proxy({} as Colors, {
  get: (_target, key) =>
    key === 'isColorSupported'
      ? false
      : // Not a thenable: `await colorsFor(…)` must not take it for a promise.
        key === 'then'
        ? undefined
        : (input: unknown) => String(input),
});
