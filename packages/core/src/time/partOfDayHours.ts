import type { PartOfDay } from './types';

/**
 * The hours each {@link PartOfDay} covers, as a half-open `[from, to)` range of wall-clock hours in
 * China. Chinese bulletins do not define these words; the bounds below are conventional and only
 * serve to order and bracket figures. The words of each part: see docs/numbers-and-times.md#parts-of-the-day.
 *
 * A clock time after a part of the day is read in it: `下午3时` is 15:00, `晚8点` 20:00, `凌晨3时` 03:00.
 *
 * @example
 * PART_OF_DAY_HOURS.afternoon; // → { from: 12, to: 18 }
 */
export const PART_OF_DAY_HOURS: Readonly<Record<PartOfDay, Readonly<{ from: number; to: number }>>> = {
  earlyMorning: { from: 0, to: 6 },
  morning: { from: 6, to: 12 },
  noon: { from: 11, to: 13 },
  afternoon: { from: 12, to: 18 },
  evening: { from: 18, to: 24 },
};
