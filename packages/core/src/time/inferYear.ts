import { inferYearFrom, referenceYmd } from './_internal/inferYearFrom';
import { isInteger } from '../_internal/args';
import type { InstantInput } from './instant';

/**
 * How many days after the reference a date written without a year may fall. Bulletins mostly speak
 * of the recent past, sometimes of the coming weeks (`将于1月20日起`), rarely of next year: a
 * year-less date is given the latest year that puts it at most this many days after the
 * reference's China date.
 */
export const YEAR_LOOKAHEAD_DAYS = 31;

/**
 * How many days after the reference a bare day (`23日`, no month, no context) may fall when its
 * month has to be taken from the reference. Shorter than {@link YEAR_LOOKAHEAD_DAYS}: `28日` in a
 * text of 11月2日 is 10月28日, not 11月28日.
 */
export const MONTH_LOOKAHEAD_DAYS = 7;

const IS_MONTH = isInteger(1, 12);
const IS_DAY = isInteger(1, 31);
const IS_LOOKAHEAD = isInteger(0, 3660);

/**
 * The year of a date written without one (`12月25日`): the latest year that puts the date no more
 * than `lookaheadDays` days after the reference's China date, i.e. the nearest such date that is
 * not far after the reference. `null` when no year has that date (13月, 2月30日).
 *
 * @param month 1–12
 * @param day 1–31
 * @param reference the publication instant (ISO with offset) or epoch milliseconds
 * @param lookaheadDays default {@link YEAR_LOOKAHEAD_DAYS} (31)
 * @throws FangkongError `INVALID_ARGUMENT` when `reference` is not an instant with an offset
 * @example
 * inferYear(12, 25, '2021-01-13T10:00:00+08:00'); // → 2020
 * inferYear(1, 20, '2020-12-30T10:00:00+08:00'); // → 2021 (21 days after)
 * inferYear(3, 1, '2020-12-30T10:00:00+08:00'); // → 2020
 * inferYear(2, 29, '2021-06-01T00:00:00+08:00'); // → 2020
 */
export function inferYear(
  month: number,
  day: number,
  reference: InstantInput,
  lookaheadDays: number = YEAR_LOOKAHEAD_DAYS,
): number | null {
  IS_MONTH(month, 'month');
  IS_DAY(day, 'day');
  IS_LOOKAHEAD(lookaheadDays, 'lookaheadDays');
  return inferYearFrom(month, day, referenceYmd(reference), lookaheadDays);
}
