import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { toMillis } from './toMillis';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

describe('toMillis', () => {
  it('passes epoch milliseconds through and refuses ones that are not finite', () => {
    expect(toMillis(1610726400000)).toBe(1610726400000);
    expect(() => toMillis(Number.NaN, 'anchor')).toThrow(/^anchor: expected an ISO 8601 instant/);
  });

  it('reads an instant in another form again from memory, with the same result', () => {
    expect(toMillis('2021-01-15T11:00:00-05:00')).toBe(Date.UTC(2021, 0, 15, 16));
    expect(toMillis('2021-01-15T11:00:00-05:00')).toBe(Date.UTC(2021, 0, 15, 16));
  });

  const written = fc
    .record({
      year: fc.integer({ min: 1000, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.option(fc.integer({ min: 0, max: 59 })),
      zone: fc.constantFrom('Z', '+08:00', '-05:00', '+05:45', '+00:00'),
    })
    .map(
      (p) =>
        `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}${
          p.second === null ? '' : `:${pad(p.second)}`
        }${p.zone}`,
    );

  it('reads the common ISO form exactly as luxon does, and rejects the dates luxon rejects', () => {
    fc.assert(
      fc.property(written, (text) => {
        const luxon = DateTime.fromISO(text, { setZone: true });
        const expected = luxon.isValid ? luxon.toMillis() : null;
        let read: number | null;
        try {
          read = toMillis(text);
        } catch {
          read = null;
        }
        expect(read).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it.each([['2021-02-29T00:00:00+08:00'], ['2100-02-29T00:00:00+08:00'], ['2021-04-31T00:00:00+08:00']])(
    'rejects the day that does not exist in %s',
    (text) => {
      expect(() => toMillis(text)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    },
  );

  it('reads 29 February of a leap year', () => {
    expect(toMillis('2000-02-29T00:00:00+08:00')).toBe(Date.UTC(2000, 1, 28, 16));
  });
});
