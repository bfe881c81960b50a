import type { PartOfDay } from './types';

/**
 * The hours each {@link PartOfDay} covers, as a half-open `[from, to)` range of wall-clock hours in
 * China. Chinese bulletins do not define these words; the bounds below are conventional and only
 * serve to order and bracket figures (`1月13日下午` … `出院` is later than `1月12日零时至24时`):
 *
 * | part | words | hours |
 * |---|---|---|
 * | `earlyMorning` | 凌晨 | 00:00–06:00 |
 * | `morning` | 上午 早上 早晨 清晨 早 今早 今晨 | 06:00–12:00 |
 * | `noon` | 中午 | 11:00–13:00 |
 * | `afternoon` | 下午 | 12:00–18:00 |
 * | `evening` | 晚 晚上 晚间 傍晚 夜间 夜里 今晚 昨晚 | 18:00–24:00 |
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
