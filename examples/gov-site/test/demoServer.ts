/**
 * The demo exactly as the README's first command starts it: `examples/server/main.js` (the router
 * of @fangkong/express over examples/data, the gov-site page and the widget bundle), on a free port
 * of 127.0.0.1, stopped after the tests.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface DemoServer {
  /** The page's URL, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  stop(): Promise<void>;
}

const MAIN = fileURLToPath(new URL('../../server/main.js', import.meta.url));

/** Starts the demo server and resolves with its URL once it prints it. */
export function startDemoServer(): Promise<DemoServer> {
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the demo server printed no URL within 30 s:\n${output}`));
    }, 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', read);
      resolve({
        url: `${match[1]}/`,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
          }),
      });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo server exited (${code}) before printing its URL:\n${output}`));
    });
  });
}
