import { type InstantInput, millisFromInstant } from '../instant';

/** Instants not in fangkong's own form, read once by `millisFromInstant` and remembered (bounded). */
const remembered = new Map<string, number>();
/** The last instant in fangkong's own form and its millis: an argument is checked, then read (one parse). */
let lastCanonical: string | null = null;
let lastCanonicalMillis = 0;

/**
 * Epoch milliseconds of an instant argument, by the one rule of {@link millisFromInstant}.
 * fangkong's own form is read without a calendar library; any other string goes through `millisFromInstant`
 * once and is memoised, since plans and timelines read the same few instants again and again.
 *
 * @throws FangkongError `INVALID_ARGUMENT` naming `path` when the value is not an instant.
 */
export function toMillis(value: InstantInput, path = 'instant'): number {
  if (typeof value !== 'string') return millisFromInstant(value, path);
  if (value === lastCanonical) return lastCanonicalMillis;
  const known = remembered.get(value);
  if (known !== undefined) return known;
  const millis = millisFromInstant(value, path);
  if (!CANONICAL_CHINA.test(value)) {
    if (remembered.size >= 4096) remembered.clear();
    remembered.set(value, millis);
  } else {
    lastCanonical = value;
    lastCanonicalMillis = millis;
  }
  return millis;
}

/** fangkong's own form in China Standard Time: `YYYY-MM-DDTHH:MM:SS+08:00`. */
export const CANONICAL_CHINA = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
