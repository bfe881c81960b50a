import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { chinaInstant, instantFromMillis } from '../instant';
import { formatInstant, shiftYmd, wallClockMillis, ymdOfMillis } from './chinaCalendar';

describe('the fast China calendar agrees with luxon in Asia/Shanghai', () => {
  it('writes the same wall-clock instants, before and after 1992 (DST years included)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1970, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 59 }),
        (year, month, day, hour, minute) => {
          const millis = wallClockMillis(year, month, day, hour, hour === 24 ? 0 : minute);
          if (millis === null) return;
          expect(formatInstant(millis)).toBe(chinaInstant(year, month, day, hour, hour === 24 ? 0 : minute));
          expect(formatInstant(millis)).toBe(instantFromMillis(millis));
          const date = DateTime.fromMillis(millis, { zone: 'Asia/Shanghai' });
          expect(ymdOfMillis(millis)).toEqual({ year: date.year, month: date.month, day: date.day });
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    [{ year: 2021, month: 1, day: 31 }, { months: 1 }, { year: 2021, month: 2, day: 28 }],
    [{ year: 2020, month: 12, day: 31 }, { days: 1 }, { year: 2021, month: 1, day: 1 }],
    [{ year: 2021, month: 1, day: 1 }, { months: -1 }, { year: 2020, month: 12, day: 1 }],
    [{ year: 2020, month: 2, day: 29 }, { years: 1 }, { year: 2021, month: 2, day: 28 }],
    [{ year: 2021, month: 3, day: 1 }, { days: -1 }, { year: 2021, month: 2, day: 28 }],
  ])('moves %o by %o to %o', (date, by, expected) => {
    expect(shiftYmd(date, by)).toEqual(expected);
  });

  it('refuses dates and times that do not exist', () => {
    expect(wallClockMillis(2021, 2, 29)).toBeNull();
    expect(wallClockMillis(2021, 1, 12, 24, 30)).toBeNull();
    expect(wallClockMillis(2021, 1, 12, 25)).toBeNull();
  });
});
