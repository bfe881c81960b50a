import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { FangkongError } from '../errors';
import {
  chinaDateOf,
  chinaInstant,
  chinaMillis,
  instantFromMillis,
  millisFromInstant,
  startOfChinaDay,
  toChinaInstant,
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

  it('refuses an instant without an offset, since it would be read in the host zone', () => {
    expect(() => millisFromInstant('2021-01-16T00:00:00')).toThrow(FangkongError);
    expect(() => millisFromInstant('2021-01-16T00:00:00')).toThrow(/no UTC offset/);
  });

  it('refuses a date that does not exist (Feb 30) with INVALID_ARGUMENT', () => {
    expect(() => chinaMillis(2021, 2, 30)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('gives the China date of an instant, not the host date', () => {
    expect(chinaDateOf('2021-01-15T16:30:00Z')).toBe('2021-01-16');
    expect(chinaDateOf(millisFromInstant('2021-01-15T15:59:59Z'))).toBe('2021-01-15');
  });

  it('finds the start of a China day and moves by whole days', () => {
    expect(instantFromMillis(startOfChinaDay('2021-01-15T13:00:00+08:00'))).toBe('2021-01-15T00:00:00+08:00');
    expect(instantFromMillis(startOfChinaDay('2021-01-15T13:00:00+08:00', 1))).toBe(
      '2021-01-16T00:00:00+08:00',
    );
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
