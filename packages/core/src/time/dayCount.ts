import { invalidArgument } from '../_internal/invalidArgument';
import { toMillis } from './_internal/toMillis';
import { DAY, FIXED_OFFSET_FROM, HOUR } from './_internal/chinaDays';
import { firstDayNumber } from './_internal/dayZero';
import {
  type ChinaDate,
  chinaDateOf,
  type Instant,
  type InstantInput,
  startOfChinaDay,
  toChinaInstant,
} from './instant';

/**
 * How a rule numbers the days after its anchor.
 * - `anchorDayIsZero`: the anchor's calendar day is day 0, the next day is day 1 (national practice:
 *   "day 1 is the day after arrival"). A phase of N days ends at 24:00 of day N.
 * - `anchorDayIsOne`: the anchor's calendar day is already day 1. A phase of N days ends at 24:00 of
 *   day N, one calendar day earlier than under `anchorDayIsZero`.
 */
export type DayZeroConvention = 'anchorDayIsZero' | 'anchorDayIsOne';

function checkDayNumber(n: number): void {
  if (!Number.isInteger(n)) throw invalidArgument('n', 'a whole number of days', n);
}

/**
 * Epoch milliseconds of 00:00 (China) at the start of day `n` counted from `anchor`.
 *
 * @param anchor the anchor instant (or epoch milliseconds)
 * @param n the day number under `convention`
 * @param convention how the anchor day is numbered (default `anchorDayIsZero`)
 * @example
 * toChinaInstant(startOfDayNMillis('2020-12-25T00:00:00+08:00', 1)); // → '2020-12-26T00:00:00+08:00'
 */
export function startOfDayNMillis(
  anchor: InstantInput,
  n: number,
  convention: DayZeroConvention = 'anchorDayIsZero',
): number {
  const base = startOfChinaDay(toMillis(anchor, 'anchor'));
  checkDayNumber(n);
  const offsetDays = n - firstDayNumber(convention);
  if (base >= FIXED_OFFSET_FROM) return base + offsetDays * DAY;
  return startOfChinaDay(base + offsetDays * DAY + 12 * HOUR);
}

/**
 * Epoch milliseconds of 24:00 at the end of day `n` counted from `anchor` (= 00:00 of day n + 1):
 * the release instant of a phase that lasts until day `n`.
 *
 * @example
 * toChinaInstant(endOfDayNMillis('2020-12-25T00:00:00+08:00', 21)); // → '2021-01-16T00:00:00+08:00'
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
  return toChinaInstant(endOfDayNMillis(anchor, n, convention));
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
  return toChinaInstant(startOfDayNMillis(anchor, n, convention));
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
  return chinaDateOf(startOfDayNMillis(anchor, n, convention));
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
  const anchorStart = startOfChinaDay(toMillis(anchor, 'anchor'));
  const atStart = startOfChinaDay(toMillis(at, 'at'));
  return Math.round((atStart - anchorStart) / DAY) + firstDayNumber(convention);
}
