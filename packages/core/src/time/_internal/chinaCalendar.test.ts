import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { chinaInstant, toChinaInstant } from '../instant';
import { epochDayOf, shiftYmd, wallClockMillis, ymdOfMillis } from './chinaCalendar';

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
          expect(toChinaInstant(millis)).toBe(chinaInstant(year, month, day, hour, hour === 24 ? 0 : minute));
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

  it('moves dates by day numbers exactly as the Date-based move it replaced, odd and far inputs included', () => {
    const part = (min: number, max: number) =>
      fc.oneof(fc.integer({ min, max }), fc.constantFrom(0, -3, 1.5, Number.NaN));
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: -280_000, max: 280_000 })),
        part(1, 12),
        part(1, 31),
        fc.record(
          {
            days: fc.oneof(
              fc.integer({ min: -40, max: 40 }),
              fc.integer({ min: -2e7, max: 2e7 }),
              fc.constant(0.5),
            ),
            months: fc.oneof(fc.integer({ min: -14, max: 14 }), fc.constant(1.5)),
            years: fc.integer({ min: -10, max: 10 }),
          },
          { requiredKeys: [] },
        ),
        (year, month, day, by) => {
          expect(shiftYmd({ year, month, day }, by)).toEqual(shiftByDate({ year, month, day }, by));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('gives every existing wall-clock time from 1992 on the instant Date.UTC gives, 24:00 and far years included', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1992, max: 2100 }), fc.integer({ min: 1992, max: 275_000 })),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        (year, month, day, hour, minute, second) => {
          const [m, s] = hour === 24 ? [0, 0] : [minute, second];
          const millis = wallClockMillis(year, month, day, hour, m, s);
          if (dateDayNumber(year, month, day) === null) expect(millis).toBeNull();
          else expect(millis).toBe(Date.UTC(year, month - 1, day, hour, m, s) - 8 * 3_600_000);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses dates and times that do not exist', () => {
    expect(wallClockMillis(2021, 2, 29)).toBeNull();
    expect(wallClockMillis(2021, 1, 12, 24, 30)).toBeNull();
    expect(wallClockMillis(2021, 1, 12, 25)).toBeNull();
  });
});

/** `shiftYmd` as it was written before day numbers: `Date` objects for every move. */
function shiftByDate(
  date: { year: number; month: number; day: number },
  by: { days?: number; months?: number; years?: number },
): { year: number; month: number; day: number } {
  const monthIndex = date.year * 12 + (date.month - 1) + (by.months ?? 0) + (by.years ?? 0) * 12;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const probe = new Date(Date.UTC(2000, month, 0));
  probe.setUTCFullYear(year, month, 0);
  const lastDay = probe.getUTCDate();
  const moved = new Date(Date.UTC(2000, 0, 1));
  moved.setUTCFullYear(year, month - 1, Math.min(date.day, lastDay) + (by.days ?? 0));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** The day number `Date` gives a date of the proleptic Gregorian calendar, or null if it does not exist. */
function dateDayNumber(year: number, month: number, day: number): number | null {
  const probe = new Date(Date.UTC(2000, month - 1, day));
  probe.setUTCFullYear(year);
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return Math.floor(probe.getTime() / 86_400_000);
}

describe('day numbers by plain arithmetic', () => {
  it('count days like Date for any date within ±200 000 years, and refuse dates that do not exist', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          expect(epochDayOf(year, month, day)).toBe(dateDayNumber(year, month, day));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    [1970, 1, 1, 0],
    [2000, 2, 29, 11_016],
    [1900, 2, 29, null],
    [2021, 2, 29, null],
    [2024, 2, 29, 19_782],
    [0, 2, 29, -719_469],
    [-1, 12, 31, -719_529],
    [2021, 4, 31, null],
    [2021, 13, 1, null],
    [2021, 1, 1.5, null],
  ])('gives %i-%i-%s day %s', (year, month, day, expected) => {
    expect(epochDayOf(year, month, day)).toBe(expected);
    expect(epochDayOf(year, month, day)).toBe(expected);
  });

  it('falls back on Date beyond ±200 000 years (and past what Date can hold, no date)', () => {
    expect(epochDayOf(250_000, 3, 1)).toBe(dateDayNumber(250_000, 3, 1));
    expect(epochDayOf(300_000, 1, 1)).toBeNull();
  });
});
