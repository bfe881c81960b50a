import { FangkongError } from '../../errors';
import { type Instant, millisFromInstant } from '../instant';

/** Instants not in fangkong's own form, read once through luxon and remembered (bounded). */
const remembered = new Map<string, number>();

/**
 * Epoch milliseconds of an instant given as a string or as epoch milliseconds. fangkong's own
 * form is read without a calendar library (`millisFromInstant`); any other ISO form goes through
 * luxon once and is memoised, since plans and timelines read the same few instants again and again.
 *
 * @throws FangkongError `INVALID_ARGUMENT` naming `name` when the value is not an instant.
 */
export function toMillis(value: Instant | number, name = 'instant'): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new FangkongError(
        'INVALID_ARGUMENT',
        `${name} must be an instant or finite epoch milliseconds, got ${value}`,
      );
    }
    return value;
  }
  const known = remembered.get(value);
  if (known !== undefined) return known;
  const millis = millisFromInstant(value);
  if (!CANONICAL_CHINA.test(value)) {
    if (remembered.size >= 4096) remembered.clear();
    remembered.set(value, millis);
  }
  return millis;
}

/** fangkong's own form in China Standard Time: `YYYY-MM-DDTHH:MM:SS+08:00`. */
export const CANONICAL_CHINA = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
