import { FangkongError } from '../errors';
import { invalidArgument } from '../_internal/invalidArgument';
import {
  chinaMidnight,
  formatChinaIso,
  formatChinaIsoDate,
  isExistingDate,
  millisOfChinaWallClock,
  readIsoDateTime,
} from './_internal/chinaZone';
import {
  CHINA_OFFSET,
  DAY,
  fixedOffsetDate,
  fixedOffsetDayStart,
  fixedOffsetInstant,
  isFixedOffset,
  utcMillis,
} from './_internal/chinaDays';

/** The one zone of every instant fangkong produces: China Standard Time, UTC+8, no daylight saving. */
export const CHINA_ZONE = 'Asia/Shanghai';

/**
 * An instant as fangkong writes it: ISO 8601 in China Standard Time, to the second,
 * e.g. `2021-01-16T00:00:00+08:00`. Any ISO 8601 string with an offset is accepted as input.
 */
export type Instant = string;

/** A calendar date in China, `YYYY-MM-DD`. */
export type ChinaDate = string;

/** What every instant argument accepts, in words (the `expected` of its error). */
export const INSTANT_EXPECTED =
  'an ISO 8601 instant (2021-01-16T00:00:00+08:00; without an offset it is China time), a date YYYY-MM-DD (00:00 that day in China), a Date or epoch milliseconds';

/** An instant as fangkong's functions accept it: see {@link millisFromInstant}. */
export type InstantInput = Instant | Date | number;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const OFFSET = /(?:Z|([+-])(\d{2}):?(\d{2}))$/i;
const ZONELESS = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;

/**
 * Reads an instant into epoch milliseconds. One rule for every function of fangkong:
 * - an ISO 8601 string with an offset (`Z`, `+08:00`; at most ±14:00) is that instant;
 * - a date and time without an offset (`2021-11-09T10:00`) is China time (China's documents
 *   mean China time; the host's zone never matters);
 * - a plain date `YYYY-MM-DD` is 00:00 of that day in China, never another day;
 * - a `Date` and finite epoch milliseconds are taken as they are.
 *
 * @param instant the value
 * @param path where the value came from, for the error (`options.reference`)
 * @throws FangkongError `INVALID_ARGUMENT` with `details.path` and `details.expected`
 * @example
 * millisFromInstant('2021-01-16T00:00:00+08:00'); // → 1610726400000
 * millisFromInstant('2021-01-16'); // → 1610726400000
 * millisFromInstant('2021-01-16T00:00'); // → 1610726400000
 */
export function millisFromInstant(instant: InstantInput, path = 'instant'): number {
  if (typeof instant === 'number') {
    if (!Number.isFinite(instant)) throw invalidArgument(path, INSTANT_EXPECTED, instant);
    return instant;
  }
  if (instant instanceof Date) {
    const millis = instant.getTime();
    if (Number.isNaN(millis)) throw invalidArgument(path, INSTANT_EXPECTED, instant);
    return millis;
  }
  if (typeof instant !== 'string') throw invalidArgument(path, INSTANT_EXPECTED, instant);
  const trimmed = instant.trim();
  const fast = canonicalMillis(trimmed);
  if (fast !== null) return fast;
  if (trimmed.length > 40) throw invalidArgument(path, INSTANT_EXPECTED, instant);
  const date = DATE_ONLY.exec(trimmed);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (!isExistingDate(year, month, day)) {
      throw invalidArgument(path, `an existing date and time (${INSTANT_EXPECTED})`, instant);
    }
    const wallClock = new Date(0);
    wallClock.setUTCFullYear(year, month - 1, day);
    return millisOfChinaWallClock(wallClock.getTime());
  }
  const offset = OFFSET.exec(trimmed);
  if (offset) {
    if (offset[1] !== undefined) {
      const hours = Number(offset[2]);
      const minutes = Number(offset[3]);
      if (minutes > 59 || hours * 60 + minutes > 14 * 60) {
        throw invalidArgument(path, 'a UTC offset between -14:00 and +14:00', instant);
      }
    }
  } else if (!ZONELESS.test(trimmed)) {
    throw invalidArgument(path, INSTANT_EXPECTED, instant);
  }
  const read = readIsoDateTime(trimmed);
  if ('problem' in read)
    throw invalidArgument(path, `an existing date and time (${INSTANT_EXPECTED})`, instant);
  // Without an offset the reading is China's wall clock.
  if (read.offsetMinutes === null) return millisOfChinaWallClock(read.wallClock);
  return read.wallClock - read.offsetMinutes * 60_000;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by `count` ASCII digits at `start`, or -1. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * `Date.parse` of an instant string, read by char codes when it is in fangkong's own form (what
 * the time module writes), where `Date.parse` is several times slower; anything else goes to
 * `Date.parse` itself, NaN included.
 */
export function instantMillis(instant: string): number {
  return canonicalMillis(instant) ?? Date.parse(instant);
}

/**
 * Epoch milliseconds of an instant in fangkong's own form, `YYYY-MM-DDTHH:MM:SS` then `+08:00`,
 * `+00:00` or `Z` (years 1000–9999, an existing date and time), read by char codes;
 * null for anything else, which `millisFromInstant` then reads (and reports if invalid).
 */
function canonicalMillis(text: string): number | null {
  const length = text.length;
  if (length !== 20 && length !== 25) return null;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84) return null;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return null;
  let offset: number;
  if (length === 20) {
    if (text.charCodeAt(19) !== 90) return null;
    offset = 0;
  } else {
    // `+08:00` or `+00:00`, compared in place (no slice: this runs for every period of a bulletin).
    if (text.charCodeAt(19) !== 43 || text.charCodeAt(20) !== 48 || text.charCodeAt(22) !== 58) return null;
    if (text.charCodeAt(23) !== 48 || text.charCodeAt(24) !== 48) return null;
    const hours = text.charCodeAt(21);
    if (hours === 56) offset = CHINA_OFFSET;
    else if (hours === 48) offset = 0;
    else return null;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) return null;
  if (minute < 0 || minute > 59 || second < 0 || second > 59) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number))) return null;
  // Arithmetic, not Date.UTC (five times slower): this runs for every period of a bulletin.
  return utcMillis(year, month, day, hour, minute, second) - offset;
}

/**
 * Writes any instant (an ISO 8601 string, a `Date`, epoch milliseconds) in fangkong's form, in
 * China Standard Time.
 *
 * @example
 * toChinaInstant('2021-01-15T16:00:00Z'); // → '2021-01-16T00:00:00+08:00'
 * toChinaInstant(Date.UTC(2021, 0, 15, 16)); // → '2021-01-16T00:00:00+08:00'
 */
export function toChinaInstant(instant: InstantInput): Instant {
  const millis = millisFromInstant(instant, 'instant');
  if (isFixedOffset(millis) && millis % 1000 === 0) return fixedOffsetInstant(millis);
  if (!Number.isFinite(millis) || Number.isNaN(new Date(millis).getTime()))
    throw invalidArgument('instant', 'epoch milliseconds within ±8.64e15', instant);
  return formatChinaIso(millis);
}

/**
 * The instant at which a wall-clock time in China occurs. `hour` may be 24, meaning 00:00 of the
 * next day (`24时`).
 *
 * @example
 * chinaInstant(2021, 1, 12, 24); // → '2021-01-13T00:00:00+08:00'
 * chinaInstant(2020, 12, 25); // → '2020-12-25T00:00:00+08:00'
 */
export function chinaInstant(year: number, month: number, day: number, hour = 0, minute = 0): Instant {
  return toChinaInstant(chinaMillis(year, month, day, hour, minute));
}

/**
 * Like {@link chinaInstant} but in epoch milliseconds.
 *
 * @throws FangkongError `INVALID_ARGUMENT` when the date does not exist (e.g. 2月30日).
 * @example
 * chinaMillis(2021, 1, 16); // → 1610726400000
 */
export function chinaMillis(year: number, month: number, day: number, hour = 0, minute = 0): number {
  if (
    !Number.isInteger(year) ||
    !Number.isInteger(month) ||
    !Number.isInteger(day) ||
    !Number.isInteger(hour) ||
    !Number.isInteger(minute)
  ) {
    const parts = { year, month, day, hour, minute };
    for (const [name, value] of Object.entries(parts)) {
      if (!Number.isInteger(value)) throw invalidArgument(name, 'a whole number', value);
    }
  }
  const extraDay = hour === 24 && minute === 0 ? 1 : 0;
  if (
    !isExistingDate(year, month, day) ||
    hour < 0 ||
    minute < 0 ||
    minute > 59 ||
    (hour > 23 && !extraDay)
  ) {
    const expected =
      'a date and time that exists in China (month 1-12, a day of that month, hour 0-24, minute 0-59)';
    throw new FangkongError(
      'INVALID_ARGUMENT',
      `date: ${year}-${month}-${day} ${hour}:${minute} is not a valid date and time in China (expected ${expected})`,
      { details: { path: 'date', expected, received: `${year}-${month}-${day} ${hour}:${minute}` } },
    );
  }
  const wallClock = new Date(0);
  wallClock.setUTCFullYear(year, month - 1, day + extraDay);
  wallClock.setUTCHours(extraDay ? 0 : hour, minute);
  return millisOfChinaWallClock(wallClock.getTime());
}

/**
 * The calendar date in China on which an instant falls.
 *
 * @example
 * chinaDateOf('2021-01-15T16:00:00Z'); // → '2021-01-16'
 */
export function chinaDateOf(instant: InstantInput): ChinaDate {
  const millis = millisFromInstant(instant, 'instant');
  // From 1992 to 9999 China is a constant UTC+8: plain arithmetic, no zone library.
  if (isFixedOffset(millis)) return fixedOffsetDate(millis);
  return formatChinaIsoDate(millis);
}

/**
 * Epoch milliseconds of 00:00 in China on the day of `instant`, moved by `days` whole days.
 *
 * @example
 * toChinaInstant(startOfChinaDay('2021-01-15T13:00:00+08:00', 1)); // → '2021-01-16T00:00:00+08:00'
 */
export function startOfChinaDay(instant: InstantInput, days = 0): number {
  const millis = millisFromInstant(instant, 'instant');
  if (!Number.isInteger(days)) throw invalidArgument('days', 'a whole number of days', days);
  if (isFixedOffset(millis)) {
    const start = fixedOffsetDayStart(millis) + days * DAY;
    if (isFixedOffset(start)) return start;
  }
  return chinaMidnight(millis, days);
}
