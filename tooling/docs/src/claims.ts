/**
 * The checks that `instrument` writes for each `// →` and the loop that runs one example, without
 * Node or DOM APIs, so that the same code judges the examples run in Node (`runtime.ts`) and
 * those run in Chromium (`browserRuntime.ts`).
 */

/** `…` in an expected literal. */
export const ANY: unique symbol = Symbol('…');

/**
 * How a value is printed in a failure message: Node's `util.inspect` where it runs in Node (set by
 * `runtime.ts`), `portableInspect` in the browser.
 */
export const printer = { inspect: portableInspect };

/** Prints a value on one line for a failure message. */
export function show(value: unknown): string {
  if (value === ANY) return '…';
  return printer.inspect(value);
}

/** A one-line print without Node: JSON, with classes, functions, elements and symbols named. */
export function portableInspect(value: unknown): string {
  if (typeof value === 'string') return `'${value.replace(/'/g, "\\'")}'`;
  if (typeof value === 'function') {
    return /^class\b/.test(Function.prototype.toString.call(value))
      ? `[class ${value.name || '(anonymous)'}]`
      : `[Function: ${value.name || '(anonymous)'}]`;
  }
  if (typeof value === 'symbol' || typeof value === 'bigint' || value === undefined) return String(value);
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'function' || typeof item === 'symbol' || typeof item === 'bigint') {
      return typeof item === 'function' ? portableInspect(item) : String(item);
    }
    if (typeof item === 'object' && item !== null) {
      const tag = (item as { tagName?: unknown }).tagName;
      if (typeof tag === 'string') return `<${tag.toLowerCase()}>`;
      if (seen.has(item)) return '[Circular]';
      seen.add(item);
    }
    return item;
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

function errorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const { code, name } = error as { code?: unknown; name?: unknown };
  return typeof code === 'string' ? code : String(name);
}

function judge(
  results: ClaimResult[],
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

/**
 * A runner: `checker` is what the instrumented examples call (as the global `__fk`), `charge`
 * takes an error thrown outside an example's flow, `run` imports one example and reports it.
 */
export function createRunner(timeoutMillis = 30_000) {
  const results: ClaimResult[] = [];
  let late: string | undefined;
  const describe = (thrown: unknown): string =>
    thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
  const checker = {
    ANY,
    async check(
      id: string,
      run: () => Promise<unknown>,
      expected: (() => unknown) | null,
      throws: string | null,
    ): Promise<void> {
      try {
        judge(results, id, { value: await run() }, expected, throws);
      } catch (error) {
        judge(results, id, { error }, expected, throws);
      }
    },
    checkSync(id: string, run: () => unknown, expected: (() => unknown) | null, throws: string | null): void {
      try {
        judge(results, id, { value: run() }, expected, throws);
      } catch (error) {
        judge(results, id, { error }, expected, throws);
      }
    },
  };
  return {
    checker,
    /** An error thrown outside the example's own flow (a rejected promise nobody awaits). */
    charge(thrown: unknown): void {
      late ??= `${describe(thrown)} (outside the example's flow)`;
    },
    async run(id: string, load: () => Promise<unknown>): Promise<ExampleResult> {
      const started = performance.now();
      results.length = 0;
      late = undefined;
      let error: string | undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        await Promise.race([
          load(),
          new Promise((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`did not finish in ${timeoutMillis / 1000} s`)),
              timeoutMillis,
            );
          }),
        ]);
      } catch (thrown) {
        error = describe(thrown);
      } finally {
        clearTimeout(timer);
      }
      // Let what the example started report its errors before the next one runs.
      await new Promise((resolve) => setTimeout(resolve, 10));
      error ??= late;
      return {
        id,
        ...(error ? { error } : {}),
        claims: [...results],
        millis: performance.now() - started,
      };
    },
  };
}
