import type { ChinaDate, Instant } from '../instant';

/**
 * The one home of China's day arithmetic. China last observed summer time in 1991: from
 * 1992-01-01 on its offset is a constant +08:00, so whole days are 86,400,000 ms and dates and
 * instants are written with plain arithmetic (the callers in `instant.ts` take earlier and later
 * instants through the zone library).
 */

/** One hour in milliseconds. */
export const HOUR = 3_600_000;
/** One day in milliseconds (from {@link FIXED_OFFSET_FROM} on, every China day). */
export const DAY = 86_400_000;
/** China Standard Time, UTC+8, in milliseconds. */
export const CHINA_OFFSET = 8 * HOUR;
/** 1992-01-01T00:00:00+08:00: China has kept UTC+8 without summer time since. */
export const FIXED_OFFSET_FROM = Date.UTC(1991, 11, 31, 16);
/** 10000-01-01T00:00:00+08:00: past it ISO dates take a sign and six digits. */
export const FIXED_OFFSET_UNTIL = Date.UTC(9999, 11, 31, 16);

/** Whether plain arithmetic at +08:00 holds for these epoch milliseconds. */
export function isFixedOffset(millis: number): boolean {
  return millis >= FIXED_OFFSET_FROM && millis < FIXED_OFFSET_UNTIL;
}

/** 00:00 in China of the day of `millis` (which {@link isFixedOffset}). */
export function fixedOffsetDayStart(millis: number): number {
  return Math.floor((millis + CHINA_OFFSET) / DAY) * DAY - CHINA_OFFSET;
}

/** The instant `millis` (which {@link isFixedOffset}, whole seconds) in fangkong's form. */
export function fixedOffsetInstant(millis: number): Instant {
  const local = millis + CHINA_OFFSET;
  const day = Math.floor(local / DAY);
  const seconds = (local - day * DAY) / 1000;
  if (seconds === 0) return midnightOf(day);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds - hours * 3600) / 60);
  return `${dateOfDay(day)}T${PAD2[hours]}:${PAD2[minutes]}:${PAD2[seconds - hours * 3600 - minutes * 60]}+08:00`;
}

/** The China date of `millis` (which {@link isFixedOffset}). */
export function fixedOffsetDate(millis: number): ChinaDate {
  return dateOfDay(Math.floor((millis + CHINA_OFFSET) / DAY));
}

const PAD2: readonly string[] = Array.from({ length: 60 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));

// Direct-mapped caches of the date and midnight strings of recent days (days since 1970-01-01 in
// China): plans and timelines format the same few hundred days over and over.
const CACHE_SIZE = 4096;
const cachedDay = new Float64Array(CACHE_SIZE).fill(-1);
const cachedDate: string[] = new Array<string>(CACHE_SIZE).fill('');
const cachedMidnight: string[] = new Array<string>(CACHE_SIZE).fill('');

function slot(day: number): number {
  const index = day & (CACHE_SIZE - 1);
  if (cachedDay[index] !== day) {
    const date = civilDate(day);
    cachedDay[index] = day;
    cachedDate[index] = date;
    cachedMidnight[index] = `${date}T00:00:00+08:00`;
  }
  return index;
}

function dateOfDay(day: number): ChinaDate {
  return cachedDate[slot(day)]!;
}

function midnightOf(day: number): Instant {
  return cachedMidnight[slot(day)]!;
}

/** `YYYY-MM-DD` of a day counted from 1970-01-01 (proleptic Gregorian; years 1000-9999). */
function civilDate(day: number): string {
  const date = civilOfDay(day);
  return `${date.year}-${PAD2[date.month]}-${PAD2[date.day]}`;
}

/**
 * The date of a day counted from 1970-01-01 (proleptic Gregorian, as `Date` counts them), the
 * inverse of {@link epochDay}: plain arithmetic, no `Date` object.
 */
export function civilOfDay(epochDayNumber: number): { year: number; month: number; day: number } {
  // Howard Hinnant's civil_from_days.
  const z = epochDayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (as `Date` counts them), for
 * an existing date with integer parts within ±200 000 years. Plain arithmetic, no `Date` object.
 */
export function epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Epoch milliseconds of a UTC wall-clock time (as `Date.UTC` gives them, 24:00 rolling over to the
 * next day alike), for an existing date within ±200 000 years: {@link epochDay} and plain arithmetic,
 * several times faster than `Date.UTC`.
 */
export function utcMillis(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number {
  return epochDay(year, month, day) * DAY + hour * HOUR + minute * 60_000 + second * 1000;
}
