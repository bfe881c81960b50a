import { describe, expect, it } from 'vitest';
import { readSeed } from '../../test/shared';
import { numeralsOf, quantityView as view } from '../../test/quantityView';
import { findQuantities } from './findQuantities';

describe('findQuantities on the seeds', () => {
  it('finds no count in the seed whose Arabic digits were stripped, only Chinese numerals', () => {
    const text = readSeed('000');
    const found = findQuantities(text);
    // only the publication stamp at the top kept its digits: it reads as a date and a time
    const withDigits = found.filter((quantity) =>
      numeralsOf(quantity).some((numeral) => /[0-9]/.test(numeral.raw)),
    );
    expect(withDigits.map(view)).toEqual([
      '2021 → 2021 date',
      '1 → 1 date',
      '20 → 20 date',
      '19 → 19 time',
      '13 → 13 time',
    ]);
    expect(
      found.filter((quantity) => quantity.role === 'count').every((quantity) => !/[0-9]/.test(quantity.raw)),
    ).toBe(true);
    const ordinals = found.filter((quantity) => quantity.role === 'ordinal').map(view);
    expect(ordinals).toContain('第八十次 → 80 ordinal 次');
    // 在院治疗人, 确诊病例人, 连续天: empty slots, nothing reported there
    expect(
      found.some(
        (quantity) =>
          quantity.counter === '人' &&
          quantity.role === 'count' &&
          quantity.kind === 'number' &&
          quantity.value === 0,
      ),
    ).toBe(false);
  });

  it('reads the figures of the seed bulletins', () => {
    const text = readSeed('002');
    const counts = findQuantities(text, { roles: ['count'], counters: ['例', '名', '个'] }).map(view);
    expect(counts).toEqual(
      expect.arrayContaining(['51例 → 51 count 例', '32例 → 32 count 例', '62名 → 62 count 名']),
    );
    const big = findQuantities(readSeed('003'), { roles: ['count'], counters: ['人'] }).map(view);
    expect(big).toContain('63.5万人 → 635000 count 人');
  });
});
