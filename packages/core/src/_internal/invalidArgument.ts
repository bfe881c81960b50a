import { FangkongError } from '../errors';

/**
 * A short, bounded description of any value for an error message: `"CN-"`, `42`, `undefined`,
 * `an object`, `an array of 3`, a string cut at 60 characters.
 *
 * @example
 * describeValue('x'.repeat(100)); // → '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (100 characters)'
 * describeValue(undefined); // → 'undefined'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return value.length <= 60
      ? JSON.stringify(value)
      : `${JSON.stringify(value.slice(0, 60)).slice(0, -1)}…" (${value.length} characters)`;
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid Date' : `the Date ${value.toISOString()}`;
  return 'an object';
}

/**
 * The error for a bad argument: `INVALID_ARGUMENT` with the option's path, what was expected and a
 * short description of what was given.
 *
 * @example
 * invalidArgument('options.reference', 'an ISO 8601 instant', 42).message;
 * // → 'options.reference: expected an ISO 8601 instant, got 42'
 */
export function invalidArgument(path: string, expected: string, received: unknown): FangkongError {
  const got = describeValue(received);
  return new FangkongError('INVALID_ARGUMENT', `${path}: expected ${expected}, got ${got}`, {
    details: { path, expected, received: got },
  });
}
