import { invalidArgument } from '../_internal/invalidArgument';
import { toMillis } from './_internal/toMillis';
import { type ChinaDate, type Instant, type InstantInput, chinaDateOf, instantFromMillis } from './instant';

/**
 * How a rule numbers the days after its anchor.
 * - `anchorDayIsZero`: the anchor's calendar day is day 0, the next day is day 1 (national practice:
 *   "day 1 is the day after arrival"). A phase of N days ends at 24:00 of day N.
 * - `anchorDayIsOne`: the anchor's calendar day is already day 1. A phase of N days ends at 24:00 of
 *   day N, one calendar day earlier than under `anchorDayIsZero`.
 */
export type DayZeroConvention = 'anchorDayIsZero' | 'anchorDayIsOne';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const CHINA_OFFSET = 8 * HOUR;
/**
 * 1992-01-01T00:00:00+08:00. China last observed daylight saving in 1991; from here on the offset is
 * a constant +08:00, so whole-day arithmetic on epoch milliseconds is exact and much faster than a
 * calendar library. Earlier instants go through the zone table (see `_internal/chinaZone.ts`).
 */
const FIXED_OFFSET_FROM = Date.UTC(1991, 11, 31, 16);

/**
 * Epoch milliseconds of 00:00 in China on the day of `millis`.
 *
 * @example
 * instantFromMillis(chinaDayStart(millisFromInstant('2021-01-15T23:59:00+08:00'))); // → '2021-01-15T00:00:00+08:00'
 */
export function chinaDayStart(millis: number): number {
  if (typeof millis !== 'number') throw invalidArgument('millis', MILLIS_EXPECTED, millis);
  if (millis >= FIXED_OFFSET_FROM) return Math.floor((millis + CHINA_OFFSET) / DAY) * DAY - CHINA_OFFSET;
  return slowDayStart(millis);
}

function slowDayStart(millis: number): number {
  // Before 1992 the offset varied (summer time 1986-1991): let the zone table, via instant.ts, decide.
  const date = chinaDateOf(millis);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d) - CHINA_OFFSET;
  // The day starts within an hour of the fixed-offset guess; pick the candidate whose date matches.
  for (const candidate of [guess - HOUR, guess, guess + HOUR]) {
    if (chinaDateOf(candidate) === date && chinaDateOf(candidate - 1) !== date) return candidate;
  }
  return guess;
}

const MILLIS_EXPECTED = 'finite epoch milliseconds (a number)';
const CONVENTIONS: readonly unknown[] = ['anchorDayIsZero', 'anchorDayIsOne'];

function checkDayNumber(n: number): void {
  if (!Number.isInteger(n)) throw invalidArgument('n', 'a whole number of days', n);
}

function checkConvention(convention: unknown): void {
  if (!CONVENTIONS.includes(convention))
    throw invalidArgument('convention', '"anchorDayIsZero" or "anchorDayIsOne"', convention);
}

/**
 * The convention's index of the anchor's own calendar day: 0 or 1.
 *
 * @example
 * anchorDayNumber('anchorDayIsZero'); // → 0
 * anchorDayNumber('anchorDayIsOne'); // → 1
 */
export function anchorDayNumber(convention: DayZeroConvention): 0 | 1 {
  if (convention === 'anchorDayIsOne') return 1;
  if (convention !== 'anchorDayIsZero') checkConvention(convention);
  return 0;
}

/**
 * Epoch milliseconds of 00:00 (China) at the start of day `n` counted from `anchor`.
 *
 * @param anchor the anchor instant (or epoch milliseconds)
 * @param n the day number under `convention`
 * @param convention how the anchor day is numbered (default `anchorDayIsZero`)
 * @example
 * instantFromMillis(startOfDayNMillis('2020-12-25T00:00:00+08:00', 1)); // → '2020-12-26T00:00:00+08:00'
 */
export function startOfDayNMillis(
  anchor: InstantInput,
  n: number,
  convention: DayZeroConvention = 'anchorDayIsZero',
): number {
  const base = chinaDayStart(toMillis(anchor, 'anchor'));
  checkDayNumber(n);
  const offsetDays = n - anchorDayNumber(convention);
  if (base >= FIXED_OFFSET_FROM) return base + offsetDays * DAY;
  return chinaDayStart(base + offsetDays * DAY + 12 * HOUR);
}

/**
 * Epoch milliseconds of 24:00 at the end of day `n` counted from `anchor` (= 00:00 of day n + 1):
 * the release instant of a phase that lasts until day `n`.
 *
 * @example
 * instantFromMillis(endOfDayNMillis('2020-12-25T00:00:00+08:00', 21)); // → '2021-01-16T00:00:00+08:00'
 */
export function endOfDayNMillis(
  anchor: InstantInput,
  n: number,
  convention: DayZeroConvention = 'anchorDayIsZero',
): number {
  checkDayNumber(n);
  return startOfDayNMillis(anchor, n + 1, convention);
}

/**
 * The instant 24:00 at the end of day `n` counted from `anchor`.
 *
 * @param anchor the anchor instant
 * @param n the last day number
 * @param convention how the anchor day is numbered (default `anchorDayIsZero`)
 * @returns the instant written in China Standard Time
 * @example
 * // Dalian's unsealing rule of 2021-01: "14+7" days from 2020-12-25 00:00, the anchor day being day 0
 * endOfDayN('2020-12-25T00:00:00+08:00', 21); // → '2021-01-16T00:00:00+08:00'
 * endOfDayN('2020-12-25T00:00:00+08:00', 21, 'anchorDayIsOne'); // → '2021-01-15T00:00:00+08:00'
 */
export function endOfDayN(
  anchor: InstantInput,
  n: number,
  convention: DayZeroConvention = 'anchorDayIsZero',
): Instant {
  return formatChinaMillis(endOfDayNMillis(anchor, n, convention));
}

/**
 * The instant 00:00 at the start of day `n` counted from `anchor`.
 *
 * @example
 * startOfDayN('2021-11-08T15:00:00+08:00', 15); // → '2021-11-23T00:00:00+08:00'
 */
export function startOfDayN(
  anchor: InstantInput,
  n: number,
  convention: DayZeroConvention = 'anchorDayIsZero',
): Instant {
  return formatChinaMillis(startOfDayNMillis(anchor, n, convention));
}

/**
 * The calendar date (China) of day `n` counted from `anchor`: use it for test days.
 *
 * @example
 * dateOfDayN('2021-06-01T15:00:00+08:00', 4); // → '2021-06-05'
 * dateOfDayN('2021-06-01T15:00:00+08:00', 4, 'anchorDayIsOne'); // → '2021-06-04'
 */
export function dateOfDayN(
  anchor: InstantInput,
  n: number,
  convention: DayZeroConvention = 'anchorDayIsZero',
): ChinaDate {
  return formatChinaDate(startOfDayNMillis(anchor, n, convention));
}

/**
 * The day number of instant `at` counted from `anchor`: negative before the anchor's day.
 *
 * @example
 * dayNumberAt('2021-06-01T15:00:00+08:00', '2021-06-15T23:59:59+08:00'); // → 14
 * dayNumberAt('2021-06-01T15:00:00+08:00', '2021-06-16T00:00:00+08:00'); // → 15
 * dayNumberAt('2021-06-01T15:00:00+08:00', '2021-06-01T08:00:00+08:00', 'anchorDayIsOne'); // → 1
 */
export function dayNumberAt(
  anchor: InstantInput,
  at: InstantInput,
  convention: DayZeroConvention = 'anchorDayIsZero',
): number {
  const anchorStart = chinaDayStart(toMillis(anchor, 'anchor'));
  const atStart = chinaDayStart(toMillis(at, 'at'));
  return Math.round((atStart - anchorStart) / DAY) + anchorDayNumber(convention);
}

/**
 * Writes epoch milliseconds as an {@link Instant} in China Standard Time. Same result as
 * `instantFromMillis` of `instant.ts` (a test keeps them equal) but without a calendar library
 * from 1992 on, where China's offset is constant: hot paths (quarantine plans, timelines) use it.
 *
 * @example
 * formatChinaMillis(1610726400000); // → '2021-01-16T00:00:00+08:00'
 */
export function formatChinaMillis(millis: number): Instant {
  if (typeof millis !== 'number' || !Number.isFinite(millis))
    throw invalidArgument('millis', MILLIS_EXPECTED, millis);
  if (!(millis >= FIXED_OFFSET_FROM) || millis >= MAX_FAST || millis % 1000 !== 0)
    return instantFromMillis(millis);
  const local = millis + CHINA_OFFSET;
  const day = Math.floor(local / DAY);
  const seconds = (local - day * DAY) / 1000;
  if (seconds === 0) return midnightOf(day);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds - hours * 3600) / 60);
  return `${dateOfDay(day)}T${PAD2[hours]}:${PAD2[minutes]}:${PAD2[seconds - hours * 3600 - minutes * 60]}+08:00`;
}

/**
 * The calendar date (China) of epoch milliseconds, like `chinaDateOf` of `instant.ts` but without a
 * calendar library from 1992 on.
 *
 * @example
 * formatChinaDate(1610726400000); // → '2021-01-16'
 */
export function formatChinaDate(millis: number): ChinaDate {
  if (typeof millis !== 'number' || !Number.isFinite(millis))
    throw invalidArgument('millis', MILLIS_EXPECTED, millis);
  if (!(millis >= FIXED_OFFSET_FROM) || millis >= MAX_FAST) return chinaDateOf(millis);
  return dateOfDay(Math.floor((millis + CHINA_OFFSET) / DAY));
}

/** 10000-01-01: beyond it ISO years need a sign; leave those to instant.ts. */
const MAX_FAST = Date.UTC(9999, 11, 31, 16);

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
  // Howard Hinnant's civil_from_days.
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dayOfMonth = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${PAD2[month]}-${PAD2[dayOfMonth]}`;
}
