import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolved, texts } from '../../test/timeMatches';
import { findTimeExpressions } from './findTimeExpressions';
import { millisFromInstant, toChinaInstant } from './instant';

describe('findTimeExpressions in sentences', () => {
  it('dates a bare day by the nearest preceding date (截至11月22日24时 … 从23日零时起 → Nov 23 2021)', () => {
    const text = '截至11月22日24时，30个中风险地区已连续14天无新增。从23日零时起，调整为低风险地区。';
    const matches = findTimeExpressions(text, { reference: '2021-11-24T14:03:00+08:00' });
    expect(texts(matches)).toEqual(['截至11月22日24时', '从23日零时起']);
    expect(resolved(matches).map(({ value }) => value)).toMatchObject([
      { kind: 'asOf', at: '2021-11-23T00:00:00+08:00' },
      { kind: 'from', start: '2021-11-23T00:00:00+08:00', inferred: ['year', 'month'] },
    ]);
  });

  it('falls back on the context month when no date precedes the bare day', () => {
    const [match] = findTimeExpressions('从23日零时起，调整为低风险地区', {
      context: { year: 2021, month: 11 },
    });
    expect(match?.ok && match.value).toMatchObject({ kind: 'from', start: '2021-11-23T00:00:00+08:00' });
  });

  it('can be told not to carry a month forward', () => {
    const matches = findTimeExpressions('11月22日通报。从23日零时起调整', { carryContext: false });
    expect(matches[1]).toMatchObject({ ok: false, code: 'NEEDS_CONTEXT', text: '从23日零时起' });
  });

  it('gives spans into the original text, full-width digits and traditional script included', () => {
    const text = '據通報，１月１２日０—２４時，無新增。';
    const [match] = findTimeExpressions(text, { reference: '2021-01-13T18:00:00+08:00' });
    expect(match?.span).toEqual({ start: 4, end: 14 });
    expect(text.slice(match?.span.start, match?.span.end)).toBe('１月１２日０—２４時');
    expect(match?.ok && match.value).toMatchObject({
      kind: 'period',
      start: '2021-01-12T00:00:00+08:00',
      end: '2021-01-13T00:00:00+08:00',
    });
  });

  it('reads a list of days after a date (12月25日、26日 published Jan 14 2021)', () => {
    const matches = findTimeExpressions('2020年12月25日、26日，设立采样点', {
      reference: '2021-01-14T17:19:00+08:00',
    });
    expect(resolved(matches).map(({ value }) => value.kind === 'period' && value.start)).toEqual([
      '2020-12-25T00:00:00+08:00',
      '2020-12-26T00:00:00+08:00',
    ]);
  });

  it.each([
    ['连续7日社会面阳性感染者零增长'],
    ['进一步增强第一时间发现能力'],
    ['开通24小时心理援助热线'],
    ['市防指第16号令和大疫经指发〔2021〕23号'],
    ['5年前，那君和妻子一同加入'],
    ['“00后”志愿者，平均年龄19岁'],
    ['病例9—病例85，居住于浦东新区'],
    ['志愿者累计服务时长2300万小时'],
    ['同时，在节日时要少聚集'],
    ['© 2014-2024 上海东方报业有限公司，电话010-84883777'],
  ])('finds no time in %s', (text) => {
    expect(findTimeExpressions(text, { reference: '2021-01-13T18:00:00+08:00' })).toEqual([]);
  });

  it('keeps the 1月13日下午 of seed 002 later than its 1月12日 period', () => {
    const matches = resolved(
      findTimeExpressions('1月12日零时至24时，无新增。1月13日下午又有3例出院', {
        reference: '2021-01-13T18:00:00+08:00',
      }),
    );
    const [period, afternoon] = matches.map(({ value }) => value);
    expect(period?.kind === 'period' && afternoon?.kind === 'partOfDay').toBe(true);
    if (period?.kind !== 'period' || afternoon?.kind !== 'partOfDay') return;
    expect(millisFromInstant(afternoon.start)).toBeGreaterThanOrEqual(millisFromInstant(period.end));
  });
});

describe('findTimeExpressions on arbitrary text', () => {
  it('never throws on arbitrary text and returns ordered spans with valid instants', () => {
    const timeish = fc.string({
      unit: fc.constantFrom(
        ...'0123456789１２年月日号时時点分至-—（）() 、截从自起后今昨晚下午零一十廿。，\n'.split(''),
      ),
      maxLength: 80,
    });
    fc.assert(
      fc.property(fc.oneof(timeish, fc.string({ maxLength: 60 })), (text) => {
        const matches = findTimeExpressions(text, { reference: '2021-01-13T18:00:00+08:00' });
        expect(findTimeExpressions(text, { reference: '2021-01-13T18:00:00+08:00' })).toEqual(matches);
        let previousEnd = 0;
        for (const match of matches) {
          expect(match.span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.span.end).toBeGreaterThan(match.span.start);
          expect(text.slice(match.span.start, match.span.end)).toBe(match.text);
          previousEnd = match.span.end;
          if (!match.ok) continue;
          const value = match.value;
          const instants =
            value.kind === 'instant' || value.kind === 'asOf'
              ? [value.at]
              : value.kind === 'from'
                ? [value.start]
                : [value.start, value.end];
          for (const instant of instants) expect(toChinaInstant(instant)).toBe(instant);
        }
      }),
      { numRuns: 300 },
    );
  });
});
