import { Readable } from 'node:stream';
import type { Io } from '../src/io';

/** An `Io` that collects what a command writes, for tests that call commands directly. */
export function memoryIo(options: { stdin?: string; cwd?: string; env?: Record<string, string> } = {}) {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: {
      write(chunk: string) {
        out += chunk;
        return true;
      },
    },
    stderr: {
      write(chunk: string) {
        err += chunk;
        return true;
      },
    },
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  return { io, stdout: () => out, stderr: () => err };
}
