/**
 * What runs with the examples, in a plain Node process (no Vitest, as a user runs them): the
 * checks that `instrument` writes for each `// →`, and the runner that imports each example in
 * turn and writes what happened.
 *
 * Run as `node runtime.mjs <manifest.json> <results.json>`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';

/** `…` in an expected literal. */
const ANY: unique symbol = Symbol('…');

/** Prints a value on one line for a failure message. */
export function show(value: unknown): string {
  if (value === ANY) return '…';
  return inspect(value, {
    depth: 8,
    breakLength: Number.POSITIVE_INFINITY,
    maxArrayLength: 20,
    maxStringLength: 200,
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Where `actual` differs from `expected` (null when it matches): deep equality on own enumerable
 * keys (a key whose value is `undefined` counts as absent), with `…` (the `ANY` symbol) as "any
 * value" for a value, "more keys" as a shorthand property, "more elements" as an array's last
 * element.
 */
export function mismatch(expected: unknown, actual: unknown, path = ''): string | null {
  if (expected === ANY) return null;
  const at = path || 'the value';
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at}: expected an array, got ${show(actual)}`;
    const open = expected.length > 0 && expected.at(-1) === ANY;
    const items = open ? expected.slice(0, -1) : expected;
    if (open ? actual.length < items.length : actual.length !== items.length) {
      return `${at}: expected ${open ? 'at least ' : ''}${items.length} elements, got ${actual.length}`;
    }
    for (let index = 0; index < items.length; index++) {
      const found = mismatch(items[index], actual[index], `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (isPlainObject(expected)) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) {
      return `${at}: expected an object, got ${show(actual)}`;
    }
    const record = actual as Record<string, unknown>;
    const open = '__ANY__' in expected;
    for (const key of Object.keys(expected)) {
      if (key === '__ANY__') continue;
      if (expected[key] !== ANY && expected[key] !== undefined && !(key in record)) {
        return `${path}.${key}: missing (expected ${show(expected[key])})`;
      }
      if (expected[key] === ANY && !(key in record)) return `${path}.${key}: missing`;
      const found = mismatch(expected[key], record[key], `${path}.${key}`);
      if (found) return found;
    }
    if (!open) {
      const extra = Object.keys(record).filter((key) => record[key] !== undefined && !(key in expected));
      if (extra.length > 0)
        return `${at}: unexpected keys ${extra.join(', ')} (write \`…\` for a partial object)`;
    }
    return null;
  }
  if (Object.is(expected, actual)) return null;
  return `${at}: expected ${show(expected)}, got ${show(actual)}`;
}

/** What one claim gave. */
export interface ClaimResult {
  id: string;
  ok: boolean;
  message?: string;
}

/** What one example gave. */
export interface ExampleResult {
  id: string;
  /** The error that stopped the example, if any. */
  error?: string;
  claims: ClaimResult[];
  millis: number;
}

const results: ClaimResult[] = [];

function errorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const { code, name } = error as { code?: unknown; name?: unknown };
  return typeof code === 'string' ? code : String(name);
}

function judge(
  id: string,
  outcome: { value: unknown } | { error: unknown },
  expected: (() => unknown) | null,
  throws: string | null,
): void {
  if (throws !== null) {
    if ('value' in outcome)
      results.push({ id, ok: false, message: `expected it to throw ${throws}, got ${show(outcome.value)}` });
    else if (errorCode(outcome.error) !== throws) {
      results.push({
        id,
        ok: false,
        message: `expected it to throw ${throws}, it threw ${errorCode(outcome.error)}: ${(outcome.error as Error)?.message}`,
      });
    } else results.push({ id, ok: true });
    return;
  }
  if ('error' in outcome) {
    results.push({
      id,
      ok: false,
      message: `it threw ${errorCode(outcome.error)}: ${(outcome.error as Error)?.message ?? outcome.error}`,
    });
    return;
  }
  let want: unknown;
  try {
    want = expected!();
  } catch (error) {
    results.push({
      id,
      ok: false,
      message: `the expected value does not evaluate: ${(error as Error).message}`,
    });
    return;
  }
  const found = mismatch(want, outcome.value);
  results.push(
    found
      ? { id, ok: false, message: `expected ${show(want)}\n     got ${show(outcome.value)}\n  (${found})` }
      : { id, ok: true },
  );
}

const runtime = {
  ANY,
  async check(
    id: string,
    run: () => Promise<unknown>,
    expected: (() => unknown) | null,
    throws: string | null,
  ): Promise<void> {
    try {
      judge(id, { value: await run() }, expected, throws);
    } catch (error) {
      judge(id, { error }, expected, throws);
    }
  },
  checkSync(id: string, run: () => unknown, expected: (() => unknown) | null, throws: string | null): void {
    try {
      judge(id, { value: run() }, expected, throws);
    } catch (error) {
      judge(id, { error }, expected, throws);
    }
  },
};

/** One example to run: its compiled module and its claims' ids. */
export interface ManifestEntry {
  id: string;
  module: string;
}

const timeoutMillis = 30_000;

async function main(manifestFile: string, resultsFile: string): Promise<void> {
  (globalThis as { __fk?: typeof runtime }).__fk = runtime;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ManifestEntry[];
  const out: ExampleResult[] = [];
  // An error thrown outside the example's own flow (a server's 'error' event, a rejected promise
  // nobody awaits) is charged to the example running, instead of ending the process.
  let late: string | undefined;
  const charge = (thrown: unknown): void => {
    late ??= `${thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown)} (outside the example's flow)`;
  };
  process.on('uncaughtException', charge);
  process.on('unhandledRejection', charge);
  for (const entry of manifest) {
    const started = performance.now();
    results.length = 0;
    late = undefined;
    let error: string | undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        import(pathToFileURL(entry.module).href),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`did not finish in ${timeoutMillis / 1000} s`)),
            timeoutMillis,
          );
        }),
      ]);
    } catch (thrown) {
      error = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
    } finally {
      clearTimeout(timer);
    }
    // Let what the example started report its errors before the next one runs.
    await new Promise((resolve) => setTimeout(resolve, 10));
    error ??= late;
    out.push({
      id: entry.id,
      ...(error ? { error } : {}),
      claims: [...results],
      millis: performance.now() - started,
    });
  }
  writeFileSync(resultsFile, JSON.stringify(out));
  // An example may leave a server or a timer behind.
  process.exit(0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv[2]!, process.argv[3]!);
}
