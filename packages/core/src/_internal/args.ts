/**
 * Checks of API arguments at the edge of every public function: a wrong type, a missing required
 * option or an unknown name fails here with `INVALID_ARGUMENT`, the option's path and what was
 * expected, before it can turn into a `TypeError` deep inside. Free text is never checked beyond
 * being a string. Plain TypeScript (no zod): the widget's subpaths use it too.
 */
import { FangkongError } from '../errors';
import { describeValue, invalidArgument } from './invalidArgument';

/** Checks one value at a path; throws `INVALID_ARGUMENT` when it does not fit. */
export type Check = (value: unknown, path: string) => void;

/** A check with the words its error uses, and its test alone (which needs no path). */
function check(
  expected: string,
  test: (value: unknown) => boolean,
): Check & { expected: string; test: (value: unknown) => boolean } {
  const run = (value: unknown, path: string) => {
    if (!test(value)) throw invalidArgument(path, expected, value);
  };
  return Object.assign(run, { expected, test });
}

export const isString = check('a string', (value) => typeof value === 'string');
export const isBoolean = check('true or false', (value) => typeof value === 'boolean');
export const isFunction = check('a function', (value) => typeof value === 'function');
export const isPlainObject = check(
  'an object',
  (value) => value !== null && typeof value === 'object' && !Array.isArray(value),
);

/** An integer in `[min, max]`. */
export function isInteger(min: number, max: number): Check {
  return check(
    `an integer from ${min} to ${max}`,
    (value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
  );
}

/** One of a fixed list of values (a string-literal union). */
export function oneOf(values: readonly unknown[], what = 'one of'): Check {
  const listed = values.map((value) => JSON.stringify(value)).join(', ');
  return check(`${what} ${listed}`, (value) => values.includes(value));
}

/** Marks the checks made by {@link optional}: `objectOf` skips them for absent properties. */
const OPTIONAL = Symbol('optional');

/** The value, or undefined. */
export function optional(inner: Check): Check {
  const run: Check = (value, path) => {
    if (value !== undefined) inner(value, path);
  };
  return Object.assign(run, { [OPTIONAL]: true });
}

/**
 * An array whose every item passes `item` (checked in a loop: no recursion on long arrays). An item
 * check made by `check` is tested without its path, which is only written for an item that fails.
 */
export function arrayOf(item: Check): Check {
  const test = (item as { test?: (value: unknown) => boolean }).test;
  return (value, path) => {
    if (!Array.isArray(value)) throw invalidArgument(path, 'an array', value);
    for (let i = 0; i < value.length; i++) {
      if (test === undefined || !test(value[i])) item(value[i], `${path}[${i}]`);
    }
  };
}

/** The checks of an object's properties, by name. */
export type Shape = Record<string, Check>;

/**
 * An object whose known properties pass their checks. A property the shape does not know is a
 * mistake (a typo like `refrence`), refused with the names it knows.
 */
export function objectOf(shape: Shape): Check {
  const known = Object.keys(shape);
  const checks = known.map((key) => shape[key]!);
  const optionalKey = checks.map((item) => OPTIONAL in item);
  return (value, path) => {
    isPlainObject(value, path);
    const record = value as Record<string, unknown>;
    for (const key in record) {
      if (!Object.hasOwn(shape, key) && Object.hasOwn(record, key) && record[key] !== undefined) {
        throw new FangkongError(
          'INVALID_ARGUMENT',
          `${path}.${key}: unknown option; expected one of ${known.join(', ')}`,
          {
            details: {
              path: `${path}.${key}`,
              expected: `one of ${known.join(', ')}`,
              received: describeValue(key),
            },
          },
        );
      }
    }
    // Hot (every plan checks its input): the path of a property is only built when it is checked.
    for (let i = 0; i < known.length; i++) {
      const item = record[known[i]!];
      if (item === undefined && optionalKey[i]) continue;
      checks[i]!(item, `${path}.${known[i]}`);
    }
  };
}

/** Checks that `value` is a string (free text may be anything, but it must be text). */
export function expectText(value: unknown, path: string): string {
  isString(value, path);
  return value as string;
}

/** The check of each shape `expectOptions` has seen (shapes are module constants: built once each). */
const SHAPE_CHECKS = new WeakMap<Shape, Check>();

/** Checks an optional options object against its shape. */
export function expectOptions(value: unknown, path: string, shape: Shape): void {
  if (value === undefined) return;
  let check = SHAPE_CHECKS.get(shape);
  if (check === undefined) {
    check = objectOf(shape);
    SHAPE_CHECKS.set(shape, check);
  }
  check(value, path);
}
