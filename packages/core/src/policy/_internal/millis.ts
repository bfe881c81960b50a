import { FangkongError } from '../../errors';
import type { Instant } from '../../time/instant';
import { formatChinaMillis } from '../../time/dayCount';
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

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Days from 1970-01-01 to a Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
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
  // Reject 2月30日 and the like (Date.UTC would roll them over).
  if (day > daysInMonth(year, month)) return Number.NaN;
  const utc = (daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second) * 1000;
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

/** 1992-01-01 00:00 in China: from then on China's offset is a constant +08:00. */
const FIXED_OFFSET_FROM = Date.UTC(1991, 11, 31, 16);

/**
 * `value` written in China Standard Time (`YYYY-MM-DDTHH:MM:SS+08:00`), given its epoch
 * milliseconds: a string already in that form is returned as it is, without formatting again.
 */
export function canonicalInstant(value: Instant | number, millis: number): Instant {
  if (
    typeof value === 'string' &&
    value.length === 25 &&
    millis >= FIXED_OFFSET_FROM &&
    value.charCodeAt(4) === 45 &&
    value.charCodeAt(7) === 45 &&
    value.charCodeAt(10) === 84 &&
    value.charCodeAt(13) === 58 &&
    value.charCodeAt(16) === 58 &&
    !Number.isNaN(fastMillis(value)) &&
    value.endsWith('+08:00') &&
    millis % 1000 === 0
  ) {
    return value;
  }
  return formatChinaMillis(millis);
}
