import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { FangkongError } from '../errors';
import {
  chinaDateOf,
  chinaInstant,
  chinaMillis,
  instantMillis,
  toChinaInstant,
  millisFromInstant,
  startOfChinaDay,
} from './instant';

describe('instants in China Standard Time', () => {
  it.each([
    ['2021-01-15T16:00:00Z', '2021-01-16T00:00:00+08:00'],
    ['2021-01-16T00:00:00+08:00', '2021-01-16T00:00:00+08:00'],
    ['2021-01-15T11:00:00-05:00', '2021-01-16T00:00:00+08:00'],
  ])('writes %s as %s', (input, expected) => {
    expect(toChinaInstant(input)).toBe(expected);
  });

  it('reads 24时 as 00:00 of the next day (Jan 12 → Jan 13)', () => {
    expect(chinaInstant(2021, 1, 12, 24)).toBe('2021-01-13T00:00:00+08:00');
    expect(chinaInstant(2020, 12, 31, 24)).toBe('2021-01-01T00:00:00+08:00');
  });

  it.each([
    ['2021-01-16T00:00:00', '2021-01-16T00:00:00+08:00'],
    ['2021-01-16 08:30', '2021-01-16T08:30:00+08:00'],
    ['2021-01-16', '2021-01-16T00:00:00+08:00'],
    ['1988-07-01', '1988-07-01T00:00:00+09:00'],
  ])('reads %s, which has no offset, in China time (never the host zone)', (input, expected) => {
    expect(millisFromInstant(input)).toBe(DateTime.fromISO(expected).toMillis());
  });

  it('reads a Date as the instant it holds', () => {
    expect(millisFromInstant(new Date(Date.UTC(2021, 0, 15, 16)))).toBe(1610726400000);
  });

  it.each([
    ['+99:99', '2021-01-16T00:00:00+99:99', 'a UTC offset between -14:00 and +14:00'],
    ['+14:30', '2021-01-16T00:00:00+14:30', 'a UTC offset between -14:00 and +14:00'],
    ['a word', 'yesterday', 'an ISO 8601 instant'],
    ['a year only', '2021', 'an ISO 8601 instant'],
    ['Feb 30', '2021-02-30', 'an existing date'],
    ['an invalid Date', new Date(Number.NaN), 'an ISO 8601 instant'],
    ['an object', {}, 'an ISO 8601 instant'],
  ])('refuses %s with INVALID_ARGUMENT naming the path and what was expected', (_label, input, expected) => {
    try {
      millisFromInstant(input as string, 'options.at');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FangkongError);
      expect((error as FangkongError).code).toBe('INVALID_ARGUMENT');
      expect((error as FangkongError).details.path).toBe('options.at');
      expect((error as FangkongError).details.expected).toContain(expected);
    }
  });

  it('refuses a date that does not exist (Feb 30) with INVALID_ARGUMENT', () => {
    expect(() => chinaMillis(2021, 2, 30)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('gives the China date of an instant, not the host date', () => {
    expect(chinaDateOf('2021-01-15T16:30:00Z')).toBe('2021-01-16');
    expect(chinaDateOf(millisFromInstant('2021-01-15T15:59:59Z'))).toBe('2021-01-15');
  });

  it('finds the start of a China day and moves by whole days', () => {
    expect(toChinaInstant(startOfChinaDay('2021-01-15T13:00:00+08:00'))).toBe('2021-01-15T00:00:00+08:00');
    expect(toChinaInstant(startOfChinaDay('2021-01-15T13:00:00+08:00', 1))).toBe('2021-01-16T00:00:00+08:00');
  });
});

describe('reading fangkong’s own instants without luxon', () => {
  /** What luxon reads, the reference the fast path must agree with. */
  const luxonMillis = (text: string): number => DateTime.fromISO(text, { setZone: true }).toMillis();

  it('reads canonical instants (+08:00, +00:00, Z) exactly as luxon does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom('+08:00', '+00:00', 'Z'),
        (year, month, day, hour, minute, second, offset) => {
          const pad = (value: number) => String(value).padStart(2, '0');
          const text = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`;
          expect(millisFromInstant(text)).toBe(luxonMillis(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    '2020-02-29T23:59:59+08:00',
    '2021-01-13T18:00:00+05:30',
    '2021-01-13T18:00:00.250+08:00',
    '2021-01-13T18:00+08:00',
    ' 2021-01-13T18:00:00+08:00 ',
  ])('reads %s as luxon does', (text) => {
    expect(millisFromInstant(text)).toBe(luxonMillis(text.trim()));
  });

  it.each([
    '2021-02-29T10:00:00+08:00',
    '2021-04-31T00:00:00+08:00',
    '2021-13-01T00:00:00+08:00',
    '2021-01-13T18:60:00+08:00',
  ])('still refuses %s, which does not exist', (text) => {
    expect(() => millisFromInstant(text)).toThrow(FangkongError);
  });

  it('gives the China date of instants from 1992 on like luxon, and of earlier ones through luxon', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2200, 0, 1) }), (millis) => {
        expect(chinaDateOf(millis)).toBe(DateTime.fromMillis(millis, { zone: 'Asia/Shanghai' }).toISODate());
      }),
      { numRuns: 1000 },
    );
    expect(chinaDateOf(Date.UTC(1991, 11, 31, 15, 59, 59))).toBe('1991-12-31');
    expect(chinaDateOf(Date.UTC(1991, 11, 31, 16))).toBe('1992-01-01');
  });
});

describe('instantMillis, Date.parse without its cost', () => {
  it('reads any instant string as Date.parse does, NaN included', () => {
    /** Mostly a field in its range, sometimes any two digits (24:30, 2月30日, month 13). */
    const field = (min: number, max: number) =>
      fc
        .oneof(
          { arbitrary: fc.integer({ min, max }), weight: 6 },
          { arbitrary: fc.integer({ min: 0, max: 99 }), weight: 1 },
        )
        .map((value) => String(value).padStart(2, '0'));
    fc.assert(
      fc.property(
        fc.oneof(
          { arbitrary: fc.integer({ min: 1900, max: 2100 }), weight: 6 },
          { arbitrary: fc.integer({ min: 0, max: 10_999 }), weight: 1 },
        ),
        fc.tuple(field(1, 12), field(1, 31), field(0, 24), field(0, 59), field(0, 59)),
        fc.constantFrom(
          ...['+08:00', '+08:00', '+00:00', 'Z', '+09:00', '-08:00', '-00:00', '+18:00', '+80:00'],
          ...['+08:01', '+08:10', '+08-00', '+0800', '', '.500+08:00'],
        ),
        fc.constantFrom('T', 'T', 'T', ' ', 't'),
        (year, [month, day, hour, minute, second], offset, separator) => {
          const text = `${String(year).padStart(4, '0')}-${month}-${day}${separator}${hour}:${minute}:${second}${offset}`;
          expect(instantMillis(text)).toBe(Date.parse(text));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('agrees with Date.parse on the instants the time module writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }), (millis) => {
        const text = toChinaInstant(millis);
        expect(instantMillis(text)).toBe(Date.parse(text));
      }),
      { numRuns: 1000 },
    );
  });
});
