import { CHINA_OFFSET, civilOfDay, DAY, epochDay, FIXED_OFFSET_FROM, utcMillis } from './chinaDays';
import { chinaFieldsOf, millisOfChinaWallClock } from './chinaZone';

/**
 * Calendar arithmetic for the time parser. China has kept UTC+8 without daylight saving since
 * 1992 (it observed DST 1986–1991), so from 1992 on wall-clock times are plain arithmetic on
 * `Date.UTC` (which never looks at the host zone); earlier dates go through the
 * zone table of `chinaZone.ts`.
 * A scan can resolve tens of thousands of dates, and the arithmetic path is ~50× faster.
 */

/** A calendar date in China as numbers. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const FIXED_OFFSET_YEAR = 1992;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Years within which plain arithmetic is used; `Date` covers ±275 760 years, beyond is not a date. */
const ARITHMETIC_YEARS = 200_000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (Number.isInteger(year) && Number.isInteger(month) && Math.abs(year) <= ARITHMETIC_YEARS) {
    return Number.isInteger(day) && day <= daysInMonth(year, month);
  }
  const probe = new Date(Date.UTC(2000, month - 1, day));
  probe.setUTCFullYear(year);
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/**
 * {@link epochDay} of a date, or null when the date does not exist; integer parts within ±200 000
 * years are checked arithmetically, anything else through `Date`.
 */
export function epochDayOf(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (Math.abs(year) <= ARITHMETIC_YEARS) {
    return day <= daysInMonth(year, month) ? epochDay(year, month, day) : null;
  }
  const utc = new Date(Date.UTC(2000, month - 1, day));
  utc.setUTCFullYear(year);
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return null;
  return Math.floor(utc.getTime() / DAY);
}

/**
 * Epoch milliseconds of a wall-clock time in China, or `null` when it does not exist (2月30日,
 * 25时, 24时30分). Never throws. `hour` 24 with no minutes or seconds is 00:00 of the next day.
 */
export function wallClockMillis(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number | null {
  if (
    !Number.isInteger(year) ||
    !Number.isInteger(month) ||
    !Number.isInteger(day) ||
    !Number.isInteger(hour) ||
    !Number.isInteger(minute) ||
    !Number.isInteger(second)
  )
    return null;
  if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
  const nextDay = hour === 24;
  if (nextDay && (minute !== 0 || second !== 0)) return null;
  if (!isCalendarDate(year, month, day)) return null;
  if (year >= FIXED_OFFSET_YEAR) {
    // Arithmetic where it is exact (five times faster than Date.UTC, which rolls 24:00 over alike).
    if (year > ARITHMETIC_YEARS) return Date.UTC(year, month - 1, day, hour, minute, second) - CHINA_OFFSET;
    return utcMillis(year, month, day, hour, minute, second) - CHINA_OFFSET;
  }
  const wallClock = new Date(0);
  wallClock.setUTCFullYear(year, month - 1, day + (nextDay ? 1 : 0));
  wallClock.setUTCHours(nextDay ? 0 : hour, minute, second);
  const millis = millisOfChinaWallClock(wallClock.getTime());
  return Number.isNaN(millis) ? null : millis;
}

/** The China calendar date on which epoch milliseconds fall. */
export function ymdOfMillis(millis: number): Ymd {
  if (millis >= FIXED_OFFSET_FROM) {
    const shifted = new Date(millis + CHINA_OFFSET);
    return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
  }
  const { year, month, day } = chinaFieldsOf(millis);
  return { year, month, day };
}

/** Days a shift may move by arithmetic: with ±200 000 years, the result stays within what `Date` holds. */
const ARITHMETIC_DAYS = 10_000_000;

/**
 * A calendar date moved by whole days, months or years (a month move clamps to the month's last
 * day). Pure calendar arithmetic: no zone is involved. Integer parts within ±200 000 years are moved
 * by day numbers (resolving a bare day near the carried date shifts three times, and `Date` objects
 * cost a scan 4% of its time); anything else through `Date`, which truncates and rolls over alike.
 */
export function shiftYmd(date: Ymd, by: { days?: number; months?: number; years?: number }): Ymd {
  const monthIndex = date.year * 12 + (date.month - 1) + (by.months ?? 0) + (by.years ?? 0) * 12;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const days = by.days ?? 0;
  if (
    Number.isInteger(monthIndex) &&
    Math.abs(year) <= ARITHMETIC_YEARS &&
    Number.isInteger(date.day) &&
    Number.isInteger(days) &&
    Math.abs(date.day) + Math.abs(days) <= ARITHMETIC_DAYS
  ) {
    return civilOfDay(epochDay(year, month, Math.min(date.day, daysInMonth(year, month))) + days);
  }
  const probe = new Date(Date.UTC(2000, month, 0));
  probe.setUTCFullYear(year, month, 0);
  const lastDay = probe.getUTCDate();
  const moved = new Date(Date.UTC(2000, 0, 1));
  moved.setUTCFullYear(year, month - 1, Math.min(date.day, lastDay) + days);
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}
