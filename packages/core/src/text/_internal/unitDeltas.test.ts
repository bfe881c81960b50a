import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeUnitDeltas, forEachUnitDelta } from './unitDeltas';

const decode = (encoded: string) => {
  const units: number[] = [];
  forEachUnitDelta(encoded, (unit) => units.push(unit));
  return units;
};

describe('the text form of a list of code units', () => {
  it('gives back every ascending list of code units it was given', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }), (raw) => {
        const units = [...raw].sort((a, b) => a - b);
        const encoded = encodeUnitDeltas(units);
        expect(decode(encoded)).toEqual(units);
        expect(encoded).toMatch(/^[0-9A-Za-z!#$%&*]*$/);
      }),
    );
  });

  it('writes a distance under 32 as one character, a longer one with more digits first', () => {
    // 0, +1, +32 = 1·32 + 0, +65502 = 1·32³ + 31·32² + 30·32 + 30
    expect(encodeUnitDeltas([0, 1, 33, 0xffff])).toBe('ab1a1VU&');
    expect(decode('ab1a1VU&')).toEqual([0, 1, 33, 0xffff]);
  });
});
