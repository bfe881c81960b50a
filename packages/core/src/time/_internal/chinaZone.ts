import { DAY, HOUR } from './chinaDays';
/**
 * China's civil time as a table, so that no calendar library (and no `Intl` zone data) is needed:
 * the browser widget computes quarantine dates with this file alone.
 *
 * Asia/Shanghai in the IANA time zone database (2025c): local mean time +08:05:43 until 1901,
 * then UTC+8 with summer time (UTC+9) in 1919, 1940-1949 and 1986-1991, and a constant UTC+8 since
 * 1991-09-15. A test compares every transition with the host's `Intl` data.
 */

const CHINA_OFFSET = 8 * HOUR;
const SUMMER_OFFSET = 9 * HOUR;
/** Local mean time of Shanghai, +08:05:43, in force until 1900-12-31T15:54:17Z. */
const MEAN_TIME_OFFSET = CHINA_OFFSET + 343_000;
const MEAN_TIME_UNTIL = -2_177_481_943_000;

/**
 * The instants (epoch ms, UTC) at which summer time began and ended, in pairs: `[start, end)` is
 * UTC+9, everything else from 1901 on is UTC+8.
 */
// biome-ignore format: one summer per line
const SUMMER_TIME: readonly number[] = [
  -1_600_675_200_000, -1_585_904_400_000, // 1919-04-13 → 1919-10-01
  -933_667_200_000, -922_093_200_000, // 1940-06-01 → 1940-10-13
  -908_870_400_000, -888_829_200_000, // 1941-03-15 → 1941-11-02
  -881_049_600_000, -767_869_200_000, // 1942-01-31 → 1945-09-02
  -745_833_600_000, -733_827_600_000, // 1946-05-15 → 1946-10-01
  -716_889_600_000, -699_613_200_000, // 1947-04-15 → 1947-11-01
  -683_884_800_000, -670_669_200_000, // 1948-05-01 → 1948-10-01
  -652_348_800_000, -650_019_600_000, // 1949-05-01 → 1949-05-28
  515_527_200_000, 527_014_800_000, // 1986-05-04 → 1986-09-14
  545_162_400_000, 558_464_400_000, // 1987-04-12 → 1987-09-13
  577_216_800_000, 589_914_000_000, // 1988-04-17 → 1988-09-11
  608_666_400_000, 621_968_400_000, // 1989-04-16 → 1989-09-17
  640_116_000_000, 653_418_000_000, // 1990-04-15 → 1990-09-16
  671_565_600_000, 684_867_600_000, // 1991-04-14 → 1991-09-15
];

/** The end of the last summer time: from here on the offset is a constant +08:00. */
export const FIXED_CHINA_OFFSET_FROM = SUMMER_TIME[SUMMER_TIME.length - 1] as number;

/**
 * The UTC offset of China's civil time at an instant, in milliseconds.
 *
 * @example
 * chinaOffsetAt(Date.UTC(2021, 0, 15, 16)); // → 28_800_000
 * chinaOffsetAt(Date.UTC(1988, 5, 1)); // → 32_400_000 (summer time)
 */
export function chinaOffsetAt(millis: number): number {
  if (millis >= FIXED_CHINA_OFFSET_FROM) return CHINA_OFFSET;
  if (millis < MEAN_TIME_UNTIL) return MEAN_TIME_OFFSET;
  for (let i = 0; i < SUMMER_TIME.length; i += 2) {
    if (millis < (SUMMER_TIME[i] as number)) return CHINA_OFFSET;
    if (millis < (SUMMER_TIME[i + 1] as number)) return SUMMER_OFFSET;
  }
  return CHINA_OFFSET;
}

/**
 * Epoch milliseconds of a wall-clock reading in China, given as milliseconds of the same reading
 * taken as if it were UTC (`Date.UTC(y, m - 1, d, h, min, s)`). A reading skipped when summer
 * time began (02:00-03:00) is taken at the offset before the change; a reading that occurred twice
 * when it ended is taken at the later, standard one (the same choices as luxon and Temporal's
 * `compatible` disambiguation).
 */
export function millisOfChinaWallClock(wallClockAsUtc: number): number {
  const guess = wallClockAsUtc - CHINA_OFFSET;
  const offset = chinaOffsetAt(guess);
  if (offset === CHINA_OFFSET) return guess;
  const adjusted = wallClockAsUtc - offset;
  const adjustedOffset = chinaOffsetAt(adjusted);
  if (adjustedOffset === offset) return adjusted;
  return wallClockAsUtc - Math.min(offset, adjustedOffset);
}

/** A wall-clock reading in China. */
export interface ChinaFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** The UTC offset in force, in milliseconds. */
  offset: number;
}

/** The wall-clock reading in China at an instant (any instant `Date` can hold). */
export function chinaFieldsOf(millis: number): ChinaFields {
  const offset = chinaOffsetAt(millis);
  const local = new Date(millis + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    offset,
  };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYY`, or `±YYYYYY` outside 0-9999 as ISO 8601 writes expanded years. */
export function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
}

/** `±HH:MM` of an offset in milliseconds (seconds of the 1901 mean time are dropped, as ISO forms do). */
function isoOffset(offset: number): string {
  const minutes = Math.trunc(Math.abs(offset) / 60_000);
  return `${offset < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}

/**
 * An instant written in China's civil time, ISO 8601 to the second (milliseconds only when not
 * zero), with its offset: `2021-01-16T00:00:00+08:00`.
 */
export function formatChinaIso(millis: number): string {
  const f = chinaFieldsOf(millis);
  const fraction = f.millisecond === 0 ? '' : `.${pad(f.millisecond, 3)}`;
  return `${isoYear(f.year)}-${pad(f.month, 2)}-${pad(f.day, 2)}T${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)}${fraction}${isoOffset(f.offset)}`;
}

/** The `YYYY-MM-DD` date in China of an instant. */
export function formatChinaIsoDate(millis: number): string {
  const f = chinaFieldsOf(millis);
  return `${isoYear(f.year)}-${pad(f.month, 2)}-${pad(f.day, 2)}`;
}

/** Epoch milliseconds of 00:00 in China on the day of `millis`, moved by `days` calendar days. */
export function chinaMidnight(millis: number, days = 0): number {
  const f = chinaFieldsOf(millis);
  const date = new Date(0);
  date.setUTCFullYear(f.year, f.month - 1, f.day + days);
  return millisOfChinaWallClock(Math.floor(date.getTime() / DAY) * DAY);
}

/** Days in each month of a common year. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a date of the proleptic Gregorian calendar exists (integer parts). */
export function isExistingDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number));
}

/**
 * ISO 8601 date and time, extended (`2021-01-16T00:00:00.000+08:00`) or basic
 * (`20210116T000000+0800`); `T`, `t` (or, extended, a space) between; seconds and fraction
 * optional; `Z`, `±HH:MM` or `±HHMM`, or no offset.
 */
const ISO_EXTENDED =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})?$/;
const ISO_BASIC =
  /^([+-]\d{6}|\d{4})(\d{2})(\d{2})[Tt](\d{2})(\d{2})(?:(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})?$/;

/** The largest UTC offset in use anywhere (Kiribati, +14:00). */
const MAX_OFFSET_MINUTES = 14 * 60;

/** An ISO 8601 date and time as read: the reading as if it were UTC, and its offset if written. */
export interface IsoDateTime {
  /** `Date.UTC` of the written date and time (the wall clock, whatever its zone). */
  wallClock: number;
  /** The written offset in minutes (`Z` is 0), or null when the text has none. */
  offsetMinutes: number | null;
}

/**
 * Reads an ISO 8601 date and time, with or without an offset, or says why it cannot:
 * `{ wallClock, offsetMinutes }` or `{ problem }`. Fractions beyond milliseconds are truncated;
 * `24:00` is the end of the day; an offset beyond ±14:00 is refused.
 */
export function readIsoDateTime(text: string): IsoDateTime | { problem: string } {
  const match = ISO_EXTENDED.exec(text) ?? ISO_BASIC.exec(text);
  if (!match) return { problem: 'not of the form YYYY-MM-DDTHH:MM[:SS[.sss]][Z|±HH:MM]' };
  const [, y, mo, d, h, mi, s, fraction, zone] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string | undefined,
    string | undefined,
    string | undefined,
  ];
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millisecond = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0').slice(0, 3));
  if (!isExistingDate(year, month, day)) return { problem: `${y}-${mo}-${d} is not a date` };
  const endOfDay = hour === 24 && minute === 0 && second === 0 && millisecond === 0;
  if ((hour > 23 && !endOfDay) || minute > 59 || second > 59) {
    return { problem: `${h}:${mi}${s === undefined ? '' : `:${s}`} is not a time of day` };
  }
  let offsetMinutes: number | null = null;
  if (zone === 'Z' || zone === 'z') offsetMinutes = 0;
  else if (zone !== undefined) {
    const digits = zone.replace(':', '');
    const hours = Number(digits.slice(1, 3));
    const minutes = Number(digits.slice(3, 5));
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
    if (minutes > 59 || Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES) {
      return { problem: `the offset ${zone} is outside -14:00…+14:00` };
    }
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  const wallClock = date.getTime();
  if (Number.isNaN(wallClock)) return { problem: 'outside the range of representable instants' };
  return { wallClock, offsetMinutes };
}

/**
 * Reads an ISO 8601 instant (a date, a time and an offset) into epoch milliseconds, or says why
 * it cannot: `{ millis }` or `{ problem }`.
 */
export function readIsoInstant(text: string): { millis: number } | { problem: string } {
  const read = readIsoDateTime(text);
  if ('problem' in read) return read;
  if (read.offsetMinutes === null) return { problem: 'it has no UTC offset (Z or ±HH:MM)' };
  const millis = read.wallClock - read.offsetMinutes * 60_000;
  if (Math.abs(millis) > 8.64e15) return { problem: 'outside the range of representable instants' };
  return { millis };
}
