/**
 * The runner of the examples that run in a plain Node process (no Vitest, as a user runs them):
 * it imports each example in turn, with the checks of `claims.ts` as the global `__fk`, and
 * writes what happened.
 *
 * Run as `node runtime.mjs <manifest.json> <results.json>` (bundled by `checkExamples`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { createRunner, type ExampleResult, printer } from './claims';

export { ANY, type ClaimResult, type ExampleResult, mismatch, show } from './claims';

printer.inspect = (value) =>
  inspect(value, {
    depth: 8,
    breakLength: Number.POSITIVE_INFINITY,
    maxArrayLength: 20,
    maxStringLength: 200,
  });

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
  const out: ExampleResult[] = [];
  for (const entry of manifest) {
    out.push(await runner.run(entry.id, () => import(pathToFileURL(entry.module).href)));
  }
  writeFileSync(resultsFile, JSON.stringify(out));
  // An example may leave a server or a timer behind.
  process.exit(0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv[2]!, process.argv[3]!);
}
