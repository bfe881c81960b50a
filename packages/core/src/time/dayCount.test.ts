import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dateOfDayN, dayNumberAt, endOfDayN, startOfDayN } from './dayCount';
import { chinaDateOf, millisFromInstant, startOfChinaDay, toChinaInstant } from './instant';

describe('endOfDayN', () => {
  it.each([
    // seed 002: 以2020年12月25日零时为起始点, "14+7" days → 2021年1月16日零时
    ['2020-12-25T00:00:00+08:00', 21, 'anchorDayIsZero', '2021-01-16T00:00:00+08:00'],
    ['2020-12-25T00:00:00+08:00', 21, 'anchorDayIsOne', '2021-01-15T00:00:00+08:00'],
    // seed 001: last case 11月8日, 14 days → 23日零时
    ['2021-11-08T18:30:00+08:00', 14, 'anchorDayIsZero', '2021-11-23T00:00:00+08:00'],
    // across February of a leap year
    ['2020-02-20T12:00:00+08:00', 14, 'anchorDayIsZero', '2020-03-06T00:00:00+08:00'],
    // an anchor written in UTC falls on the next China day
    ['2021-06-01T17:00:00Z', 1, 'anchorDayIsZero', '2021-06-04T00:00:00+08:00'],
  ] as const)('ends day N counted from %s (N = %i, %s) at %s', (anchor, n, convention, expected) => {
    expect(endOfDayN(anchor, n, convention)).toBe(expected);
  });

  it('ends day 0 at midnight after the anchor day', () => {
    expect(endOfDayN('2021-01-01T23:59:59+08:00', 0)).toBe('2021-01-02T00:00:00+08:00');
  });

  it('refuses a day number that is not whole', () => {
    expect(() => endOfDayN('2021-01-01T00:00:00+08:00', 1.5)).toThrow(/whole number/);
  });
});

describe('dayNumberAt', () => {
  it.each([
    ['2021-06-01T15:00:00+08:00', '2021-06-01T08:00:00+08:00', 'anchorDayIsZero', 0],
    ['2021-06-01T15:00:00+08:00', '2021-06-15T23:59:59+08:00', 'anchorDayIsZero', 14],
    ['2021-06-01T15:00:00+08:00', '2021-06-16T00:00:00+08:00', 'anchorDayIsZero', 15],
    ['2021-06-01T15:00:00+08:00', '2021-06-01T08:00:00+08:00', 'anchorDayIsOne', 1],
    ['2021-06-01T15:00:00+08:00', '2021-05-31T23:00:00+08:00', 'anchorDayIsZero', -1],
  ] as const)('counts %s → %s as day %i (%s)', (anchor, at, convention, expected) => {
    expect(dayNumberAt(anchor, at, convention)).toBe(expected);
  });
});

describe('dateOfDayN and startOfDayN', () => {
  it('gives the calendar date of a test day', () => {
    expect(dateOfDayN('2021-06-01T15:00:00+08:00', 4)).toBe('2021-06-05');
    expect(dateOfDayN('2021-06-01T15:00:00+08:00', 4, 'anchorDayIsOne')).toBe('2021-06-04');
  });

  it('starts day N at 00:00 in China', () => {
    expect(startOfDayN('2021-11-08T15:00:00+08:00', 15)).toBe('2021-11-23T00:00:00+08:00');
  });
});

describe('fast China-time arithmetic', () => {
  /** The instant as the zone library writes it in Asia/Shanghai: the reference for the fast path. */
  const byZone = (ms: number): string =>
    DateTime.fromMillis(ms, { zone: 'Asia/Shanghai' }).toISO({
      suppressMilliseconds: true,
      includeOffset: true,
    }) as string;
  const instants = fc
    .integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2099, 0, 1) })
    .map((ms) => ms - (ms % 1000));

  it('formats instants exactly as the zone library does', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        expect(toChinaInstant(ms)).toBe(byZone(ms));
        expect(chinaDateOf(ms)).toBe(byZone(ms).slice(0, 10));
      }),
      { numRuns: 300 },
    );
  });

  it('formats instants up to the year 9999 and around the 1992 switch exactly as the zone library does', () => {
    const wide = fc.oneof(
      fc.integer({ min: Date.UTC(1991, 11, 30), max: Date.UTC(1992, 0, 2) }),
      fc.integer({ min: Date.UTC(2099, 0, 1), max: Date.UTC(9999, 11, 31, 15, 59, 59) }),
    );
    fc.assert(
      fc.property(wide, fc.boolean(), (ms, whole) => {
        const value = whole ? ms - (ms % 1000) : ms;
        expect(toChinaInstant(value)).toBe(byZone(value));
        expect(chinaDateOf(value)).toBe(byZone(value).slice(0, 10));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the start of the China day as luxon does', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        expect(startOfChinaDay(ms)).toBe(millisFromInstant(`${chinaDateOf(ms)}T00:00:00+08:00`));
      }),
      { numRuns: 300 },
    );
  });

  it('still starts days at local midnight in the daylight-saving years before 1992', () => {
    for (const date of ['1988-04-11', '1988-07-01', '1990-09-20']) {
      const start = millisFromInstant(startOfDayN(`${date}T12:00:00+08:00`, 0));
      expect(chinaDateOf(start)).toBe(date);
      expect(chinaDateOf(start - 1)).not.toBe(date);
    }
  });
});
