import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FangkongError } from '../errors';
import { chinaInstant, millisFromInstant, toChinaInstant } from './instant';
import { parseTime } from './parseTime';
import type { ParseTimeOptions, TimeParseResult, TimeValue } from './types';

const published20210113 = { reference: '2021-01-13T18:00:00+08:00' } as const;
const published20211123 = { reference: '2021-11-23T10:00:00+08:00' } as const;
const dayOf20210112 = { ...published20210113, context: { year: 2021, month: 1, day: 12 } };

function timeOf(result: TimeParseResult): TimeValue {
  if (!result.ok) throw new Error(`expected a time, got ${result.code}: ${result.reason}`);
  return result.value;
}

/** [start, end) of a value, whatever its kind: instants as [at, at], open starts as [start, null]. */
function bounds(value: TimeValue): [string, string | null] {
  switch (value.kind) {
    case 'instant':
    case 'asOf':
      return [value.at, value.at];
    case 'from':
      return [value.start, null];
    default:
      return [value.start, value.end];
  }
}

describe('parseTime: the periods of DOMAIN §2', () => {
  it.each<[string, ParseTimeOptions, string, string]>([
    // Jan 12 2021 (seed 002), every way of writing the whole day
    ['2021年1月12日零时至24时', {}, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['1月12日零时至24时', published20210113, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['1月12日0时至24时', published20210113, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['1月12日0-24时', published20210113, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['1月12日0—24时', published20210113, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['1月12日0–24时', published20210113, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['1月12日（0-24时）', published20210113, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['1月12日', published20210113, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['２０２１年１月１２日０—２４時', {}, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['二〇二一年一月十二日', {}, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['2021 年 1 月 12 日 零时 至 24 时', {}, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    // Jan 27 2020, spaces inside
    ['2020 年 1 月 27 日', {}, '2020-01-27T00:00:00+08:00', '2020-01-28T00:00:00+08:00'],
    // clock-only periods take the context day (Jan 12 2021)
    ['0时至24时', dayOf20210112, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['零时至24时', dayOf20210112, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['0-24时', dayOf20210112, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['0—24时', dayOf20210112, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['0–24时', dayOf20210112, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['（0-24时）', dayOf20210112, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['(0-24时)', dayOf20210112, '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['12时至24时', dayOf20210112, '2021-01-12T12:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['12時至24時', dayOf20210112, '2021-01-12T12:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['１２时至２４时', dayOf20210112, '2021-01-12T12:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['12点至24点', dayOf20210112, '2021-01-12T12:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    // Nov 23 to Nov 24 15:00, 2021 (month from context)
    [
      '23日至24日15时',
      { context: { year: 2021, month: 11 } },
      '2021-11-23T00:00:00+08:00',
      '2021-11-24T15:00:00+08:00',
    ],
    // Shanghai 2022: two full dates
    ['2022年2月26日0时至2022年4月27日24时', {}, '2022-02-26T00:00:00+08:00', '2022-04-28T00:00:00+08:00'],
    // Dec 26 2020 to Jan 11 2021, both whole days
    ['从2020年12月26日到2021年1月11日', {}, '2020-12-26T00:00:00+08:00', '2021-01-12T00:00:00+08:00'],
    // Dec 31 to Jan 2 across the new year (year from the reference 2021-01-13)
    ['12月31日至1月2日', published20210113, '2020-12-31T00:00:00+08:00', '2021-01-03T00:00:00+08:00'],
    // a whole month and a whole year
    ['12月', published20210113, '2020-12-01T00:00:00+08:00', '2021-01-01T00:00:00+08:00'],
    ['2020年', {}, '2020-01-01T00:00:00+08:00', '2021-01-01T00:00:00+08:00'],
    // 20:00 to 08:00 next morning
    ['20时至8时', dayOf20210112, '2021-01-12T20:00:00+08:00', '2021-01-13T08:00:00+08:00'],
  ])('reads %s as a period', (text, options, start, end) => {
    const value = timeOf(parseTime(text, options));
    expect(value.kind).toBe('period');
    expect(bounds(value)).toEqual([start, end]);
  });
});

describe('parseTime: instants, as-of and from (DOMAIN §2, §8)', () => {
  it.each<[string, ParseTimeOptions, TimeValue['kind'], string]>([
    ['2021/1/20 19:13', {}, 'instant', '2021-01-20T19:13:00+08:00'],
    ['2021-11-24 14:03', {}, 'instant', '2021-11-24T14:03:00+08:00'],
    ['２０２１－１１－２４　１４：０３', {}, 'instant', '2021-11-24T14:03:00+08:00'],
    ['2021.1.20', {}, 'period', '2021-01-20T00:00:00+08:00'],
    ['1月16日零时', published20210113, 'instant', '2021-01-16T00:00:00+08:00'],
    ['2021年1月12日24时', {}, 'instant', '2021-01-13T00:00:00+08:00'],
    ['2020年12月31日24时', {}, 'instant', '2021-01-01T00:00:00+08:00'],
    ['1月13日下午3时', published20210113, 'instant', '2021-01-13T15:00:00+08:00'],
    ['1月13日晚8点半', published20210113, 'instant', '2021-01-13T20:30:00+08:00'],
    ['1月13日19时13分', published20210113, 'instant', '2021-01-13T19:13:00+08:00'],
    ['1月13日凌晨3时', published20210113, 'instant', '2021-01-13T03:00:00+08:00'],
    // Nov 22 24:00 = Nov 23 00:00 (seed 001, §8)
    ['截至11月22日24时', published20211123, 'asOf', '2021-11-23T00:00:00+08:00'],
    ['截止到11月22日24时', published20211123, 'asOf', '2021-11-23T00:00:00+08:00'],
    // a whole day as-of is its end: Jan 10 → Jan 11 00:00
    ['截至1月10日', published20210113, 'asOf', '2021-01-11T00:00:00+08:00'],
    // Nov 23 2021 00:00 (seed 001, §8)
    ['从23日零时起', { context: { year: 2021, month: 11 } }, 'from', '2021-11-23T00:00:00+08:00'],
    [
      '从23日0时起',
      { reference: '2021-11-23T10:00:00+08:00', context: { month: 11 } },
      'from',
      '2021-11-23T00:00:00+08:00',
    ],
    ['自2021年1月16日零时起', {}, 'from', '2021-01-16T00:00:00+08:00'],
    ['2021年1月16日零时后', {}, 'from', '2021-01-16T00:00:00+08:00'],
    // after a whole day: from the end of Jan 16
    ['1月16日后', published20210113, 'from', '2021-01-17T00:00:00+08:00'],
    ['12时后', dayOf20210112, 'from', '2021-01-12T12:00:00+08:00'],
    // Dec 25 2020 00:00 anchor (seed 002, §7)
    ['以2020年12月25日零时为起始点', {}, 'from', '2020-12-25T00:00:00+08:00'],
    ['自1月6日起', published20210113, 'from', '2021-01-06T00:00:00+08:00'],
    ['12月27日至今', published20210113, 'from', '2020-12-27T00:00:00+08:00'],
    ['去年12月15日以来', published20210113, 'from', '2020-12-15T00:00:00+08:00'],
    ['从去年2月起', published20210113, 'from', '2020-02-01T00:00:00+08:00'],
  ])('reads %s as %s %s', (text, options, kind, instant) => {
    const value = timeOf(parseTime(text, options));
    expect(value.kind).toBe(kind);
    expect(bounds(value)[0]).toBe(instant);
  });
});

describe('parseTime: parts of the day and relative days', () => {
  it.each<[string, ParseTimeOptions, string, string, string]>([
    // Jan 13 2021 afternoon (seed 002, §8)
    ['1月13日下午', published20210113, 'afternoon', '2021-01-13T12:00:00+08:00', '2021-01-13T18:00:00+08:00'],
    ['1月10日晚', published20210113, 'evening', '2021-01-10T18:00:00+08:00', '2021-01-11T00:00:00+08:00'],
    ['上午', dayOf20210112, 'morning', '2021-01-12T06:00:00+08:00', '2021-01-12T12:00:00+08:00'],
    ['晚', dayOf20210112, 'evening', '2021-01-12T18:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['今早', published20210113, 'morning', '2021-01-13T06:00:00+08:00', '2021-01-13T12:00:00+08:00'],
    [
      '今早（14日）',
      { reference: '2022-04-14T09:00:00+08:00' },
      'morning',
      '2022-04-14T06:00:00+08:00',
      '2022-04-14T12:00:00+08:00',
    ],
    ['昨晚', published20210113, 'evening', '2021-01-12T18:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['凌晨', dayOf20210112, 'earlyMorning', '2021-01-12T00:00:00+08:00', '2021-01-12T06:00:00+08:00'],
  ])('reads %s as the %s of a day', (text, options, part, start, end) => {
    const value = timeOf(parseTime(text, options));
    expect(value).toMatchObject({ kind: 'partOfDay', partOfDay: part, precision: 'partOfDay', start, end });
  });

  it.each<[string, number, string]>([
    ['今日', 0, '2021-01-13T00:00:00+08:00'],
    ['今天', 0, '2021-01-13T00:00:00+08:00'],
    ['昨日', -1, '2021-01-12T00:00:00+08:00'],
    ['昨天', -1, '2021-01-12T00:00:00+08:00'],
    ['前日', -2, '2021-01-11T00:00:00+08:00'],
    ['明日', 1, '2021-01-14T00:00:00+08:00'],
    ['今天(13日)', 0, '2021-01-13T00:00:00+08:00'],
  ])('reads %s published 2021-01-13 as the day %i days away', (text, offset, start) => {
    const value = timeOf(parseTime(text, published20210113));
    expect(value).toMatchObject({ kind: 'period', precision: 'day', relativeDays: offset, start });
  });

  it('dates 今天(23日) by the reference (Nov 23 2021) and keeps quiet when the day agrees', () => {
    const result = parseTime('今天(23日)', published20211123);
    expect(result.ok && result.value).toMatchObject({ start: '2021-11-23T00:00:00+08:00' });
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('trusts the day in brackets over the relative word, with a warning (今天(24日) on Nov 23)', () => {
    const result = parseTime('今天(24日)', published20211123);
    expect(result.ok && result.value).toMatchObject({ start: '2021-11-24T00:00:00+08:00' });
    expect(result.ok && result.warnings.map((warning) => warning.code)).toEqual(['RELATIVE_DAY_MISMATCH']);
  });
});

describe('parseTime: year inference from the publication date', () => {
  it.each<[string, string, string]>([
    // §2: Dec 25 in a text of Jan 13 2021 is Dec 25 2020
    ['12月25日', '2021-01-13T18:00:00+08:00', '2020-12-25T00:00:00+08:00'],
    // Jan 20 in a text of Dec 30 2020 is 21 days ahead: Jan 20 2021
    ['1月20日', '2020-12-30T10:00:00+08:00', '2021-01-20T00:00:00+08:00'],
    // Mar 1 in a text of Dec 30 2020 would be 2 months ahead: Mar 1 2020
    ['3月1日', '2020-12-30T10:00:00+08:00', '2020-03-01T00:00:00+08:00'],
    // Feb 29 goes back to the last leap year
    ['2月29日', '2021-06-01T10:00:00+08:00', '2020-02-29T00:00:00+08:00'],
    // the reference is read in China: 2021-01-12T17:00Z is already Jan 13 in Dalian
    ['1月13日', '2021-01-12T17:00:00Z', '2021-01-13T00:00:00+08:00'],
  ])('dates %s published %s as %s', (text, reference, start) => {
    const value = timeOf(parseTime(text, { reference }));
    expect(bounds(value)[0]).toBe(start);
    expect(value.inferred).toContain('year');
  });

  it('lets an explicit year win over the reference (2020年12月25日 published 2022)', () => {
    const value = timeOf(parseTime('2020年12月25日', { reference: '2022-06-01T00:00:00+08:00' }));
    expect(bounds(value)[0]).toBe('2020-12-25T00:00:00+08:00');
    expect(value.inferred).toEqual([]);
  });

  it('honours a custom look-ahead (Jan 20 from Dec 30 2020 with 0 days is Jan 20 2020)', () => {
    const value = timeOf(
      parseTime('1月20日', { reference: '2020-12-30T10:00:00+08:00', yearLookaheadDays: 0 }),
    );
    expect(bounds(value)[0]).toBe('2020-01-20T00:00:00+08:00');
  });
});

describe('parseTime: what it cannot read or date', () => {
  it.each<[string, ParseTimeOptions, string]>([
    ['', {}, 'EMPTY_INPUT'],
    ['   ', {}, 'EMPTY_INPUT'],
    ['大连市', {}, 'NOT_A_TIME'],
    ['连续7日', {}, 'NOT_A_TIME'],
    ['1月12日零时至24时，大连市', published20210113, 'TRAILING_TEXT'],
    ['年月日时至时', published20210113, 'MISSING_PARTS'],
    ['年月日下午', published20210113, 'MISSING_PARTS'],
    ['日时起', published20210113, 'MISSING_PARTS'],
    ['1月12日', {}, 'NEEDS_REFERENCE'],
    ['昨日', {}, 'NEEDS_REFERENCE'],
    ['去年12月', {}, 'NEEDS_REFERENCE'],
    ['23日零时起', {}, 'NEEDS_CONTEXT'],
    ['12时至24时', published20210113, 'NEEDS_CONTEXT'],
    ['2021年2月30日', {}, 'INVALID_DATE'],
    ['2021年13月1日', {}, 'INVALID_DATE'],
    ['2021年1月12日25时', {}, 'INVALID_DATE'],
    ['2021年1月12日24时30分', {}, 'INVALID_DATE'],
    ['2021年1月13日至2021年1月12日', {}, 'END_BEFORE_START'],
  ])('refuses %s with %s', (text, options, code) => {
    const result = parseTime(text, options);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe(code);
    expect(!result.ok && result.reason.length).toBeGreaterThan(10);
  });

  it('names the empty slots of a digit-stripped period', () => {
    const result = parseTime('年月日时至时');
    expect(!result.ok && result.missing).toEqual(['year', 'month', 'day', 'hour']);
  });

  it('throws FangkongError on a malformed reference, since options are not free text', () => {
    expect(() => parseTime('1月12日', { reference: '2021-13-45' })).toThrow(FangkongError);
    expect(() => parseTime('1月12日', { context: { month: 13 } })).toThrow(/context.month/);
  });

  it('reports the span of the expression inside surrounding white space', () => {
    const result = parseTime('  1月12日 ', published20210113);
    expect(result.span).toEqual({ start: 2, end: 7 });
    expect(result.text).toBe('1月12日');
  });
});

const CHINESE_DIGITS = '〇一二三四五六七八九';

function chineseNumber(value: number): string {
  if (value < 10) return value === 0 ? '零' : (CHINESE_DIGITS[value] as string);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones === 0 ? '' : CHINESE_DIGITS[ones]}`;
}

function fullWidth(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0x30 + 0xff10));
}

describe('parseTime: properties', () => {
  const dateHour = fc
    .record({
      year: fc.integer({ min: 1992, max: 2099 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 24 }),
    })
    .filter(({ year, month, day }) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day);

  it('reads one date and hour written in eight ways as the same instant', () => {
    fc.assert(
      fc.property(dateHour, ({ year, month, day, hour }) => {
        const expected = chinaInstant(year, month, day, hour);
        const yearInChinese = [...String(year)].map((digit) => CHINESE_DIGITS[Number(digit)]).join('');
        const forms = [
          `${year}年${month}月${day}日${hour}时`,
          fullWidth(`${year}年${month}月${day}日${hour}時`),
          `${year} 年 ${month} 月 ${day} 日 ${hour} 时`,
          `${year}年${month}月${day}日${hour}点`,
          `${yearInChinese}年${chineseNumber(month)}月${chineseNumber(day)}日${chineseNumber(hour)}时`,
          `${year}年${String(month).padStart(2, '0')}月${String(day).padStart(2, '0')}日${hour}时`,
          `${year}年${month}月${day}日${hour}時`,
        ];
        if (hour < 24) forms.push(`${year}-${month}-${day} ${String(hour).padStart(2, '0')}:00`);
        for (const form of forms) {
          const result = parseTime(form);
          expect(result.ok && result.value.kind === 'instant' && result.value.at, form).toBe(expected);
        }
      }),
      { numRuns: 150 },
    );
  });

  const timeish = fc.string({
    unit: fc.constantFrom(
      ...'0123456789０１２年月日号时時点分至到-—–~（）() 、截从自起后今昨早晚上下午零一二十廿两〇:/.'.split(
        '',
      ),
    ),
    maxLength: 40,
  });

  it('never throws, never yields an invalid instant, and answers the same twice', () => {
    fc.assert(
      fc.property(fc.oneof(timeish, fc.string({ maxLength: 30 })), (text) => {
        const result = parseTime(text, published20210113);
        expect(parseTime(text, published20210113)).toEqual(result);
        if (!result.ok) return;
        for (const instant of bounds(result.value)) {
          if (instant === null) continue;
          expect(toChinaInstant(instant)).toBe(instant);
          expect(Number.isFinite(millisFromInstant(instant))).toBe(true);
        }
        const [start, end] = bounds(result.value);
        if (end !== null && result.value.kind !== 'instant' && result.value.kind !== 'asOf') {
          expect(millisFromInstant(end)).toBeGreaterThan(millisFromInstant(start));
        }
      }),
      { numRuns: 400 },
    );
  });
});
