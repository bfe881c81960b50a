/**
 * The runner of the examples that run in a plain Node process (no Vitest, as a user runs them):
 * it imports each example in turn, with the checks of `claims.ts` as the global `__fk`, and
 * writes what happened. A server an example starts listens on an ephemeral port of 127.0.0.1 and
 * is stopped once the example has run.
 *
 * Run as `node runtime.mjs <manifest.json> <results.json>` (bundled by `checkExamples`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Server } from 'node:net';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { createRunner, type ExampleResult, printer } from './claims';

printer.inspect = (value) =>
  inspect(value, {
    depth: 8,
    breakLength: Number.POSITIVE_INFINITY,
    maxArrayLength: 20,
    maxStringLength: 200,
  });

/**
 * Makes every server an example starts listen on an ephemeral port of 127.0.0.1 (whatever port and
 * host it asks for: a fixed port could meet another test's) and returns the servers started, so
 * that they can be stopped when the example's claims are checked.
 */
function ephemeralServers(): Set<Server> {
  const started = new Set<Server>();
  const listen = Server.prototype.listen as (this: Server, ...args: unknown[]) => Server;
  Server.prototype.listen = function (this: Server, ...args: unknown[]): Server {
    started.add(this);
    const callback = args.find((arg) => typeof arg === 'function');
    const first = args[0];
    if (typeof first === 'object' && first !== null) {
      return listen.call(this, { ...first, port: 0, host: '127.0.0.1' }, ...(callback ? [callback] : []));
    }
    if (
      first === undefined ||
      typeof first === 'number' ||
      /^\d+$/.test(String(first)) ||
      typeof first === 'function'
    ) {
      return listen.call(this, 0, '127.0.0.1', ...(callback ? [callback] : []));
    }
    return listen.apply(this, args);
  } as typeof Server.prototype.listen;
  return started;
}

async function stop(servers: Set<Server>): Promise<void> {
  await Promise.all(
    [...servers].map(
      (server) =>
        new Promise<void>((resolve) => {
          (server as Server & { closeAllConnections?: () => void }).closeAllConnections?.();
          server.close(() => resolve());
        }),
    ),
  );
  servers.clear();
}

/** One example to run: its compiled module. */
export interface ManifestEntry {
  id: string;
  module: string;
}

async function main(manifestFile: string, resultsFile: string): Promise<void> {
  const runner = createRunner();
  (globalThis as { __fk?: typeof runner.checker }).__fk = runner.checker;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ManifestEntry[];
  // An error thrown outside the example's own flow (a server's 'error' event, a rejected promise
  // nobody awaits) is charged to the example running, instead of ending the process.
  process.on('uncaughtException', runner.charge);
  process.on('unhandledRejection', runner.charge);
  const servers = ephemeralServers();
  const out: ExampleResult[] = [];
  for (const entry of manifest) {
    out.push(await runner.run(entry.id, () => import(pathToFileURL(entry.module).href)));
    await stop(servers);
  }
  writeFileSync(resultsFile, JSON.stringify(out));
  // An example may leave a timer behind.
  process.exit(0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv[2]!, process.argv[3]!);
}
