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
