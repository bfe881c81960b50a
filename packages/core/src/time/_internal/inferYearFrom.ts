import { type Ymd, epochDayOf, ymdOfMillis } from './chinaCalendar';
import type { InstantInput } from '../instant';
import { toMillis } from './toMillis';

/**
 * The China calendar date of a reference given as an instant or epoch milliseconds. Read through
 * `toMillis` (the one rule of `millisFromInstant`, remembered): the options check has just read
 * the same reference, so it is not parsed twice.
 */
export function referenceYmd(reference: InstantInput, path = 'reference'): Ymd {
  return ymdOfMillis(toMillis(reference, path));
}

/** `inferYear` on an already-read reference date. */
export function inferYearFrom(
  month: number,
  day: number,
  reference: Ymd,
  lookaheadDays: number,
): number | null {
  const limit = epochDayOf(reference.year, reference.month, reference.day);
  if (limit === null) return null;
  // Nine years back reaches a leap year from any year, so 2月29日 always finds one.
  for (let year = reference.year + 1; year >= reference.year - 8; year--) {
    const candidate = epochDayOf(year, month, day);
    if (candidate !== null && candidate <= limit + lookaheadDays) return year;
  }
  return null;
}
