import { DateTime } from 'luxon';
import { FangkongError } from '../errors';

/** The one zone of every instant fangkong produces: China Standard Time, UTC+8, no daylight saving. */
export const CHINA_ZONE = 'Asia/Shanghai';

/**
 * An instant as fangkong writes it: ISO 8601 in China Standard Time, to the second,
 * e.g. `2021-01-16T00:00:00+08:00`. Any ISO 8601 string with an offset is accepted as input.
 */
export type Instant = string;

/** A calendar date in China, `YYYY-MM-DD`. */
export type ChinaDate = string;

/**
 * Writes epoch milliseconds as an {@link Instant} in China Standard Time.
 *
 * @example
 * instantFromMillis(Date.UTC(2021, 0, 15, 16)); // → '2021-01-16T00:00:00+08:00'
 */
export function instantFromMillis(millis: number): Instant {
  const value = DateTime.fromMillis(millis, { zone: CHINA_ZONE });
  if (!value.isValid) {
    throw new FangkongError(
      'INVALID_ARGUMENT',
      `${millis} is not a representable instant (epoch milliseconds)`,
    );
  }
  return value.toISO({ suppressMilliseconds: true, includeOffset: true });
}

/**
 * Reads an ISO 8601 instant that carries an offset (`Z` or `±hh:mm`) into epoch milliseconds.
 * A string without an offset is refused: it would be read in the host's zone.
 *
 * @throws FangkongError `INVALID_ARGUMENT` naming the string and the expected form.
 * @example
 * millisFromInstant('2021-01-16T00:00:00+08:00'); // → 1610726400000
 */
export function millisFromInstant(instant: string): number {
  const trimmed = instant.trim();
  if (!/(?:Z|[+-]\d{2}:?\d{2})$/i.test(trimmed)) {
    throw new FangkongError(
      'INVALID_ARGUMENT',
      `"${instant}" has no UTC offset; expected an ISO 8601 instant such as 2021-01-16T00:00:00+08:00`,
    );
  }
  const value = DateTime.fromISO(trimmed, { setZone: true });
  if (!value.isValid) {
    throw new FangkongError(
      'INVALID_ARGUMENT',
      `"${instant}" is not an ISO 8601 instant (${value.invalidExplanation ?? value.invalidReason}); expected e.g. 2021-01-16T00:00:00+08:00`,
    );
  }
  return value.toMillis();
}

/**
 * Normalises any ISO 8601 instant with an offset to fangkong's form in China Standard Time.
 *
 * @example
 * toChinaInstant('2021-01-15T16:00:00Z'); // → '2021-01-16T00:00:00+08:00'
 */
export function toChinaInstant(instant: string): Instant {
  return instantFromMillis(millisFromInstant(instant));
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
  return instantFromMillis(chinaMillis(year, month, day, hour, minute));
}

/**
 * Like {@link chinaInstant} but in epoch milliseconds.
 *
 * @throws FangkongError `INVALID_ARGUMENT` when the date does not exist (e.g. 2月30日).
 * @example
 * chinaMillis(2021, 1, 16); // → 1610726400000
 */
export function chinaMillis(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const extraDay = hour === 24 && minute === 0 ? 1 : 0;
  const value = DateTime.fromObject(
    { year, month, day, hour: extraDay ? 0 : hour, minute },
    { zone: CHINA_ZONE },
  );
  if (!value.isValid) {
    throw new FangkongError(
      'INVALID_ARGUMENT',
      `${year}-${month}-${day} ${hour}:${minute} is not a valid date and time in China (${value.invalidExplanation ?? value.invalidReason})`,
    );
  }
  return value.plus({ days: extraDay }).toMillis();
}

/**
 * The calendar date in China on which an instant falls.
 *
 * @example
 * chinaDateOf('2021-01-15T16:00:00Z'); // → '2021-01-16'
 */
export function chinaDateOf(instant: string | number): ChinaDate {
  const millis = typeof instant === 'number' ? instant : millisFromInstant(instant);
  return DateTime.fromMillis(millis, { zone: CHINA_ZONE }).toISODate() as ChinaDate;
}

/**
 * Epoch milliseconds of 00:00 in China on the day of `instant`, moved by `days` whole days.
 *
 * @example
 * instantFromMillis(startOfChinaDay('2021-01-15T13:00:00+08:00', 1)); // → '2021-01-16T00:00:00+08:00'
 */
export function startOfChinaDay(instant: string | number, days = 0): number {
  const millis = typeof instant === 'number' ? instant : millisFromInstant(instant);
  return DateTime.fromMillis(millis, { zone: CHINA_ZONE }).startOf('day').plus({ days }).toMillis();
}
