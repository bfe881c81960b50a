import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities } from './findQuantities';
import { parseNumeral } from './parseNumeral';
import { numeralsOf, quantityView as view } from '../../test/quantityView';
import type { QuantityRole } from './types';

describe('findQuantities', () => {
  it.each<[string, string[]]>([
    // counts with counters, in every script
    ['新增确诊病例3例', ['3例 → 3 count 例']],
    ['累计2841例*', ['2841例* → 2841 count 例 (footnote *)']],
    ['累计2841*例', ['2841*例 → 2841 count 例 (footnote *)']],
    ['全员核酸检测63.5万人', ['63.5万人 → 635000 count 人']],
    ['服务时长1.66亿小时', ['1.66亿小时 → 166000000 count 小时']],
    ['时长2300万小时', ['2300万小时 → 23000000 count 小时']],
    ['共计62名患者', ['62名 → 62 count 名']],
    ['１２例', ['１２例 → 12 count 例']],
    ['隔离酒店7家', ['7家 → 7 count 家']],
    ['困难家庭10户', ['10户 → 10 count 户']],
    ['床位679张', ['679张 → 679 count 张']],
    ['购入8万支疫苗', ['8万支 → 80000 count 支']],
    ['第5轮全员核酸检测', ['第5轮 → 5 ordinal 轮']],
    ['连续3次发布', ['3次 → 3 count 次']],
    ['已连续14天无新增', ['14天 → 14 count 天']],
    ['连续7日零增长', ['7日 → 7 count 日']],
    ['十条服务措施', ['十条 → 10 count 条']],
    ['两个允许', ['两个 → 2 count 个']],
    ['在院治疗 6 人', ['6 人 → 6 count 人']],
    ['第八十次新闻发布会', ['第八十次 → 80 ordinal 次']],
    ['第七十三次', ['第七十三次 → 73 ordinal 次']],
    ['一百零五例', ['一百零五例 → 105 count 例']],
    ['壹佰贰拾人', ['壹佰贰拾人 → 120 count 人']],
    ['复工率73.0%', ['73.0% → 73 count %']],
    // qualifiers
    ['成立300余个采集组', ['300余个 → 300 count 个 (over)']],
    ['350多箱鸡蛋', ['350多箱 → 350 count 箱 (over)']],
    ['约1500公里', ['1500公里 → 1500 count 公里 (about)']],
    ['近3000万元', ['3000万元 → 30000000 count 元 (under)']],
    ['八成以上', ['八成 → 8 count 成 (over)']],
    ['最近3天', ['3天 → 3 count 天']],
    // dates and times are not counts
    ['1月12日0时至24时', ['1月 → 1 date 月', '12日 → 12 date 日', '0时至24时 → 0..24 time 时']],
    [
      '2021年1月12日零时',
      ['2021年 → 2021 date 年', '1月 → 1 date 月', '12日 → 12 date 日', '零时 → 0 time 时'],
    ],
    ['二〇二一年一月十二日', ['二〇二一年 → 2021 date 年', '一月 → 1 date 月', '十二日 → 12 date 日']],
    ['廿三日', ['廿三日 → 23 date 日']],
    ['从23日零时起', ['23日 → 23 date 日', '零时 → 0 time 时']],
    ['12月25日、26日', ['12月 → 12 date 月', '25日 → 25 date 日', '26日 → 26 date 日']],
    ['2020 年 1 月 27 日', ['2020 年 → 2020 date 年', '1 月 → 1 date 月', '27 日 → 27 date 日']],
    ['12時至24時', ['12時至24時 → 12..24 time 時']],
    ['2021/1/20 19:13', ['2021 → 2021 date', '1 → 1 date', '20 → 20 date', '19 → 19 time', '13 → 13 time']],
    ['2021-11-24 14:03', ['2021 → 2021 date', '11 → 11 date', '24 → 24 date', '14 → 14 time', '03 → 3 time']],
    ['19时13分', ['19时 → 19 time 时', '13分 → 13 time 分']],
    ['下午3点', ['3点 → 3 time 点']],
    ['54岁', ['54岁 → 54 count 岁']],
    ['5年前', ['5年 → 5 count 年']],
    // ranges
    ['病例44至48', ['44至48 → 44..48 count']],
    ['病例1—病例575', ['1—病例575 → 1..575 count']],
    ['44-48', ['44-48 → 44..48 count']],
    ['3至5天', ['3至5天 → 3..5 count 天']],
    ['1至2月', ['1至2月 → 1..2 date 月']],
    ['三四天', ['三四天 → 3..4 count 天 (about)']],
    ['五六十人', ['五六十人 → 50..60 count 人 (about)']],
    // codes
    ['请与010-84883777联系', ['010 → 10 code', '84883777 → 84883777 code']],
    ['沪B2-2017116', ['2 → 2 code', '2017116 → 2017116 code']],
    ['〔2021〕23号', ['2021 → 2021 date', '23号 → 23 code 号']],
    // words with numeral characters are not numbers
    ['统一部署，一是坚持，两委，十分重要，百姓，万众，千万不要', []],
    ['一次性手套', []],
    ['进一步压实，下一步工作', []],
    ['第一时间发布', ['第一 → 1 ordinal']],
    ['预约一批', ['一批 → 1 count 批']],
    ['十三五规划', []],
  ])('reads %s', (text, expected) => {
    expect(findQuantities(text).map(view)).toEqual(expected);
  });

  it('reports spans as half-open UTF-16 offsets into the given text', () => {
    const text = '目前在院治疗6人(其中确诊病例4人,无症状感染者2人)';
    const found = findQuantities(text);
    expect(
      found.map((quantity) => [quantity.span, quantity.kind === 'number' && quantity.numeral.span]),
    ).toEqual([
      [
        { start: 6, end: 8 },
        { start: 6, end: 7 },
      ],
      [
        { start: 15, end: 17 },
        { start: 15, end: 16 },
      ],
      [
        { start: 24, end: 26 },
        { start: 24, end: 25 },
      ],
    ]);
    for (const quantity of found)
      expect(text.slice(quantity.span.start, quantity.span.end)).toBe(quantity.raw);
  });

  it('joins lists with 、 only when asked', () => {
    expect(findQuantities('密接1、2、3号楼').map(view)).toEqual([
      '1 → 1 count',
      '2 → 2 count',
      '3号 → 3 code 号',
    ]);
    expect(findQuantities('病例1、2', { lists: true }).map(view)).toEqual(['1、2 → 1,2 count']);
    expect(findQuantities('第6号、第7号令', { lists: true }).map(view)).toEqual([
      '第6号、第7号 → 6,7 ordinal 号',
    ]);
    // different counters are different things, not one list
    expect(findQuantities('3例、2人', { lists: true }).map(view)).toEqual([
      '3例 → 3 count 例',
      '2人 → 2 count 人',
    ]);
  });

  it('leaves ranges apart when asked', () => {
    expect(findQuantities('病例44至48', { ranges: false }).map(view)).toEqual([
      '44 → 44 count',
      '48 → 48 count',
    ]);
  });

  it('keeps only counts with the wanted counters when asked, leaving dates and times out', () => {
    const text = '1月12日0时至24时，新增3例，累计51例，出院3人，连续8天';
    expect(findQuantities(text, { roles: ['count'], counters: ['例', '人'] }).map(view)).toEqual([
      '3例 → 3 count 例',
      '51例 → 51 count 例',
      '3人 → 3 count 人',
    ]);
    expect(findQuantities('1.2万常住外国人，3家', { requireCounter: true }).map(view)).toEqual([
      '3家 → 3 count 家',
    ]);
  });

  it('recognises extra counters given in the options', () => {
    expect(findQuantities('接种疫苗3剂次、5人份').map(view)).toEqual([
      '3剂次 → 3 count 剂次',
      '5人份 → 5 count 人份',
    ]);
    expect(findQuantities('发放口罩1.4万枚，手套350副', { counters: ['枚'] }).map(view)).toEqual([
      '1.4万枚 → 14000 count 枚',
    ]);
    expect(findQuantities('运送3趟', { counters: ['趟'] }).map(view)).toEqual(['3趟 → 3 count 趟']);
  });

  it('reports single Chinese digits standing alone only when asked', () => {
    expect(findQuantities('两委', { bareChineseDigits: true }).map(view)).toEqual(['两 → 2 count']);
  });

  it('never throws and reports only numerals it reads back to the same value', () => {
    const pieces = fc.constantFrom(
      ...'0123456789０１.,、至-—一二两三十百千万亿零〇廿第例人天日月年时点分余多*约近:/ 病例'.split(''),
    );
    const texts = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: pieces, maxLength: 60 }));
    fc.assert(
      fc.property(texts, (text) => {
        for (const quantity of findQuantities(text, { lists: true, bareChineseDigits: true })) {
          expect(text.slice(quantity.span.start, quantity.span.end)).toBe(quantity.raw);
          for (const numeral of numeralsOf(quantity)) {
            expect(text.slice(numeral.span.start, numeral.span.end)).toBe(numeral.raw);
            expect(numeral.span.start).toBeGreaterThanOrEqual(quantity.span.start);
            expect(numeral.span.end).toBeLessThanOrEqual(quantity.span.end);
            // a fused range (三四天) is the only numeral that is not one value
            if (!(quantity.kind === 'range' && quantity.from.span.start === quantity.to.span.start)) {
              expect(parseNumeral(numeral.raw)).toBe(numeral.value);
            }
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('never reports a value whose digits are not in the text once the Arabic digits are stripped', () => {
    const bulletin = fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 100_000 }).map(String),
        fc.constantFrom(
          '例',
          '人',
          '新增',
          '累计',
          '第八十次',
          '两个',
          '十一',
          '年',
          '月',
          '日',
          '时',
          '至',
          '、',
          '在院治疗',
          '.',
          '万',
          '*',
        ),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(bulletin, (parts) => {
        const text = parts.join('').replace(/[0-9]/g, '');
        for (const quantity of findQuantities(text, { lists: true })) {
          for (const numeral of numeralsOf(quantity)) {
            expect(numeral.raw).not.toMatch(/[0-9]/);
            expect(parseNumeral(numeral.raw)).toBe(numeral.value);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it.each<[QuantityRole, string]>([
    ['date', '1月12日'],
    ['time', '24时'],
  ])('does not count a %s (%s) when asked for counts with counters', (_role, text) => {
    expect(findQuantities(text, { roles: ['count'], counters: ['日', '时', '月'] })).toEqual([]);
  });
});
