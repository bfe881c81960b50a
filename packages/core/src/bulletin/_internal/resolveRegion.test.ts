import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastRegionIn, lastRegionInByPattern } from './resolveRegion';

/**
 * Names that overlap one another (a province, its cities, a prefix of a longer name, the end of one
 * name starting another: `海南京市`, `山西安市`) and noise.
 */
const PIECES = [
  '海南',
  '南京市',
  '京市',
  '山西',
  '西安市',
  '江西',
  '西宁市',
  '吉林',
  '吉林省',
  '吉林市',
  '辽宁',
  '辽宁省',
  '大连',
  '大连市',
  '新疆',
  '新疆维吾尔自治区',
  '延边朝鲜族自治州',
  '内蒙古',
  '内蒙古自治区',
  '广西壮族自治区',
  '河南省',
  '南省',
  '宁省',
  '市',
  '省',
  '本市',
  '全省',
  '新增',
  '截至1月7日24时',
  '，',
  '。',
  '\n',
];

describe('lastRegionIn', () => {
  it('finds the last official or bare province name', () => {
    expect(lastRegionIn('截至1月7日24时河南省累计报告')).toEqual({ name: '河南省', code: '410000' });
    expect(lastRegionIn('吉林市和吉林')).toEqual({ name: '吉林省', code: '220000' });
    expect(lastRegionIn('新疆维吾尔自治区')?.code).toBe('650000');
    expect(lastRegionIn('全市新增本土确诊病例3例')).toBeNull();
    // Left to right without overlaps: `海南` is read, so `南京市` is not.
    expect(lastRegionIn('海南京市')?.name).toBe('海南省');
  });

  it('reads as the one regular expression over every name did, on text built from overlapping names', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(lastRegionIn(text)).toEqual(lastRegionInByPattern(text));
      }),
      { numRuns: 500 },
    );
  });

  it('reads as the regular expression did on any text, cut anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 4 })), {
          maxLength: 10,
        }),
        fc.nat(60),
        (pieces, cut) => {
          const text = pieces.join('').slice(cut);
          expect(lastRegionIn(text)).toEqual(lastRegionInByPattern(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
