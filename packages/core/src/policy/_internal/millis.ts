import { FangkongError } from '../../errors';
import type { Instant } from '../../time/instant';
import { millisFromInstant } from '../../time/instant';

const cache = new Map<string, number>();

function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/**
 * Reads the common form `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]` without a calendar library; returns NaN
 * for anything else, which then goes through `millisFromInstant` (luxon). A test keeps both equal.
 */
export function fastMillis(text: string): number {
  const length = text.length;
  if (length < 17 || length > 25 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const sep = text.charCodeAt(10);
  if ((sep !== 84 && sep !== 116) || text.charCodeAt(13) !== 58) return Number.NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  let pos = 16;
  let second = 0;
  if (text.charCodeAt(pos) === 58) {
    second = digits(text, pos + 1, 2);
    pos += 3;
  }
  if (
    year < 1000 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59
  ) {
    return Number.NaN;
  }
  if (second < 0 || second > 59) return Number.NaN;
  let offsetMinutes: number;
  const sign = text.charCodeAt(pos);
  if ((sign === 90 || sign === 122) && pos + 1 === length) offsetMinutes = 0;
  else if ((sign === 43 || sign === 45) && pos + 6 === length && text.charCodeAt(pos + 3) === 58) {
    const oh = digits(text, pos + 1, 2);
    const om = digits(text, pos + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
    offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else return Number.NaN;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Reject 2月30日 and the like: Date.UTC would roll them over.
  const check = new Date(utc);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return Number.NaN;
  return utc - offsetMinutes * 60_000;
}

/**
 * Epoch milliseconds of an instant (string or number): the common ISO form is read directly, any
 * other form goes through luxon once and is memoised.
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
  const fast = fastMillis(value);
  if (!Number.isNaN(fast)) return fast;
  const known = cache.get(value);
  if (known !== undefined) return known;
  const millis = millisFromInstant(value);
  if (cache.size >= 4096) cache.clear();
  cache.set(value, millis);
  return millis;
}
