import { FangkongError } from '@fangkong/core/errors';

/** `INVALID_ARGUMENT` with the argument's path and what was expected, as core's functions raise it. */
function invalid(path: string, expected: string, value: unknown): FangkongError {
  const got =
    typeof value === 'string'
      ? `a string of ${value.length} characters`
      : value === null
        ? 'null'
        : typeof value;
  return new FangkongError('INVALID_ARGUMENT', `${path}: expected ${expected}, got ${got}`, {
    details: { path, expected, received: got },
  });
}

/** Checks that `value` is a string: text to segment. */
export function expectText(value: unknown, path = 'text'): string {
  if (typeof value !== 'string') throw invalid(path, 'a string', value);
  return value;
}

/** Checks a whole number in `[min, max]`. */
export function expectInteger(value: unknown, path: string, min: number, max: number): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw invalid(path, `a whole number from ${min} to ${max}`, value);
  }
  return value as number;
}

/** Checks an object with a `cut(text)` method: a segmenter. */
export function expectSegmenter(value: unknown, path = 'segmenter'): void {
  if (value === null || typeof value !== 'object' || typeof (value as { cut?: unknown }).cut !== 'function') {
    throw invalid(path, 'a segmenter (an object with cut(text), e.g. createJiebaSegmenter())', value);
  }
}
