import fc from 'fast-check';
import Nzh from 'nzh';
import { describe, expect, it } from 'vitest';
import { parseNumeral } from './parseNumeral';

describe('parseNumeral', () => {
  it.each([
    // Arabic, ASCII and full-width
    ['12', 12],
    ['0', 0],
    ['１２', 12],
    ['２３００万', 23_000_000],
    [' 2841 ', 2841],
    ['2 841', 2841],
    ['1,234,567', 1_234_567],
    ['63.5', 63.5],
    ['37.9', 37.9],
    ['０．５', 0.5],
    // Chinese digits and units
    ['八十', 80],
    ['十', 10],
    ['十一', 11],
    ['一十一', 11],
    ['两', 2],
    ['兩', 2],
    ['〇', 0],
    ['零', 0],
    ['廿', 20],
    ['廿三', 23],
    ['卅', 30],
    ['卅一', 31],
    ['一百零五', 105],
    ['一千零一十', 1010],
    ['一千〇一十', 1010],
    ['两千三百', 2300],
    ['十万', 100_000],
    ['十万零一十', 100_010],
    ['一百万零一', 1_000_001],
    ['三亿五千万', 350_000_000],
    ['一万亿', 1_000_000_000_000],
    ['一亿零五万', 100_050_000],
    ['二十三万四千五百六十七', 234_567],
    // spoken ellipsis of the last unit
    ['一万五', 15_000],
    ['三百五', 350],
    ['一亿五', 150_000_000],
    // positional
    ['二〇二一', 2021],
    ['二零二零', 2020],
    ['一二', 12],
    // decimals with 点
    ['三点五', 3.5],
    ['十二点五', 12.5],
    ['三点五万', 35_000],
    // financial and traditional
    ['壹佰贰拾', 120],
    ['贰仟零贰拾壹', 2021],
    ['壹拾万', 100_000],
    ['叁亿伍仟万', 350_000_000],
    ['兩萬', 20_000],
    ['三億五千萬', 350_000_000],
    ['伍拾陆', 56],
    // Arabic with Chinese magnitudes
    ['63.5万', 635_000],
    ['1.66亿', 166_000_000],
    ['2300万', 23_000_000],
    ['3万5千', 35_000],
    ['3万5', 35_000],
    ['1.5万', 15_000],
    ['140.16万', 1_401_600],
    ['423.6万', 4_236_000],
    ['2.2亿', 220_000_000],
    ['8万', 80_000],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumeral(text)).toBe(value);
  });

  it.each([
    [''],
    ['   '],
    ['万'],
    ['亿'],
    ['百'],
    ['千万'],
    ['十十'],
    ['一百一千'],
    ['三万五千万'],
    ['二亿三亿'],
    ['12例'],
    ['第八十'],
    ['一是'],
    ['1,23'],
    ['12,34'],
    ['.5'],
    ['5.'],
    ['1.2.3'],
    ['3万5.5'],
    ['23百'],
    ['一零五十'],
    ['点五'],
    ['2021-01-12'],
    ['1e5'],
    ['-5'],
  ])('refuses %j, which is not exactly one numeral', (text) => {
    expect(parseNumeral(text)).toBeNull();
  });

  it('keeps 1.66亿 an exact integer (no floating-point residue)', () => {
    const value = parseNumeral('1.66亿');
    expect(Number.isInteger(value)).toBe(true);
    expect(value).toBe(166_000_000);
    expect(parseNumeral('0.07万')).toBe(700);
    expect(parseNumeral('4.35亿')).toBe(435_000_000);
  });

  it('reads the parts of a Chinese date for the time parser', () => {
    expect(['二〇二一', '一', '十二'].map(parseNumeral)).toEqual([2021, 1, 12]);
    expect(parseNumeral('廿三')).toBe(23);
    expect(parseNumeral('三十一')).toBe(31);
  });

  it('round-trips every integer up to 10^12 that nzh writes (simplified, financial, traditional)', () => {
    const writers: [string, (n: number) => string][] = [
      ['cn.encodeS', (n) => Nzh.cn.encodeS(n)],
      ['cn.encodeS 一十', (n) => Nzh.cn.encodeS(n, { tenMin: false })],
      ['cn.encodeB', (n) => Nzh.cn.encodeB(n)],
      ['hk.encodeS', (n) => Nzh.hk.encodeS(n)],
      ['hk.encodeB', (n) => Nzh.hk.encodeB(n)],
    ];
    const integers = fc.oneof(
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 0, max: 100_000_000 }),
      fc.integer({ min: 0, max: 1_000_000_000_000 }),
      // numbers full of zeros (十万零一十, 一亿零五万) are the ones that go wrong
      fc
        .array(fc.constantFrom(0, 0, 0, 1, 2, 5, 9), { minLength: 1, maxLength: 12 })
        .map((digits) => Number(digits.join(''))),
    );
    fc.assert(
      fc.property(integers, fc.constantFrom(...writers), (n, [, write]) => {
        expect(parseNumeral(write(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips 两 for a leading 2, 〇 for 零, positional digits and Arabic with 万 or 亿', () => {
    const positional = (n: number) =>
      String(n)
        .split('')
        .map((digit) => '〇一二三四五六七八九'[Number(digit)])
        .join('');
    // n / 10^exponent as a plain decimal string (String(1 / 1e8) would be '1e-8')
    const decimal = (n: number, exponent: number) => {
      const digits = String(n).padStart(exponent + 1, '0');
      const fraction = digits.slice(-exponent).replace(/0+$/, '');
      return fraction ? `${digits.slice(0, -exponent)}.${fraction}` : digits.slice(0, -exponent);
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), (n) => {
        const written = Nzh.cn.encodeS(n);
        // 两 is how people write a 2 before 百, 千, 万 and 亿 (两千, 两万), never before 十.
        expect(parseNumeral(written.replace(/二(?=[百千万亿])/g, '两'))).toBe(n);
        expect(parseNumeral(written.replaceAll('零', '〇'))).toBe(n);
        expect(parseNumeral(positional(n))).toBe(n);
        expect(parseNumeral(`${decimal(n, 4)}万`)).toBe(n);
        expect(parseNumeral(`${decimal(n, 8)}亿`)).toBe(n);
        expect(
          parseNumeral(String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))),
        ).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary strings, and a value it returns is a finite number', () => {
    const numeralish = fc.string({
      unit: fc.constantFrom(...'0123456789.,一二两三十百千万亿零〇廿点 例第-'.split('')),
      maxLength: 30,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), numeralish), (text) => {
        const value = parseNumeral(text);
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
