import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChinaMillis } from '../../time/dayCount';
import { millisFromInstant } from '../../time/instant';
import { canonicalInstant, fastMillis, toMillis } from './millis';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

describe('fastMillis', () => {
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
        let expected: number | null;
        try {
          expected = millisFromInstant(text);
        } catch {
          expected = null;
        }
        const fast = fastMillis(text);
        expect(Number.isNaN(fast) ? null : fast).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it.each([['2021-02-29T00:00:00+08:00'], ['2100-02-29T00:00:00+08:00'], ['2021-04-31T00:00:00+08:00']])(
    'rejects the day that does not exist in %s',
    (text) => {
      expect(fastMillis(text)).toBeNaN();
    },
  );

  it('reads 29 February of a leap year', () => {
    expect(fastMillis('2000-02-29T00:00:00+08:00')).toBe(Date.UTC(2000, 1, 28, 16));
  });
});

describe('canonicalInstant', () => {
  it.each([
    ['2021-06-01T15:00:00+08:00', '2021-06-01T15:00:00+08:00'],
    ['2021-06-01T07:00:00Z', '2021-06-01T15:00:00+08:00'],
    ['2021-06-01T15:00+08:00', '2021-06-01T15:00:00+08:00'],
    ['2021-06-01t15:00:00+08:00', '2021-06-01T15:00:00+08:00'],
    ['1988-06-01T15:00:00+08:00', formatChinaMillis(Date.UTC(1988, 5, 1, 7))],
  ])('writes %s in China Standard Time as %s', (text, expected) => {
    expect(canonicalInstant(text, toMillis(text))).toBe(expected);
  });
});
