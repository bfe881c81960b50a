import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listShared, readSeed, readShared } from '../../test/shared';
import { findTimeExpressions } from './findTimeExpressions';
import { millisFromInstant, toChinaInstant } from './instant';
import type { TimeMatch, TimeValue } from './types';

function resolved(matches: TimeMatch[]): Array<{ text: string; value: TimeValue }> {
  return matches.flatMap((match) => (match.ok ? [{ text: match.text, value: match.value }] : []));
}

function texts(matches: TimeMatch[]): string[] {
  return matches.map((match) => match.text);
}

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

describe('findTimeExpressions on the seeds', () => {
  it('finds both daily periods and the anchor and release instants in seed 002 (published Jan 13 2021)', () => {
    const matches = findTimeExpressions(readSeed('002'), { reference: '2021-01-13T18:00:00+08:00' });
    const values = resolved(matches);
    const periodOf = (start: string) =>
      values.find(
        ({ value }) => value.kind === 'period' && value.precision === 'hour' && value.start === start,
      );
    expect(periodOf('2021-01-12T00:00:00+08:00')?.value).toMatchObject({ end: '2021-01-13T00:00:00+08:00' });
    expect(periodOf('2021-01-13T00:00:00+08:00')?.value).toMatchObject({ end: '2021-01-14T00:00:00+08:00' });
    expect(values.filter(({ text }) => text === '2021年1月12日零时至24时')).toHaveLength(1);
    expect(values.find(({ text }) => text.includes('为起始点'))?.value).toMatchObject({
      kind: 'from',
      start: '2020-12-25T00:00:00+08:00',
    });
    expect(values.find(({ text }) => text === '2021年1月16日零时后')?.value).toMatchObject({
      kind: 'from',
      start: '2021-01-16T00:00:00+08:00',
    });
    expect(values.filter(({ text }) => text === '1月13日下午').map(({ value }) => value)).toMatchObject([
      { kind: 'partOfDay', start: '2021-01-13T12:00:00+08:00', end: '2021-01-13T18:00:00+08:00' },
      { kind: 'partOfDay' },
      { kind: 'partOfDay' },
    ]);
    expect(matches.every((match) => match.ok)).toBe(true);
  });

  it('finds the as-of and the downgrade instant in seed 001', () => {
    const values = resolved(findTimeExpressions(readSeed('001'), { reference: '2021-11-24T14:03:00+08:00' }));
    expect(values.find(({ text }) => text === '2021-11-24 14:03')?.value).toMatchObject({
      kind: 'instant',
      at: '2021-11-24T14:03:00+08:00',
    });
    expect(values.find(({ value }) => value.kind === 'asOf')?.value).toMatchObject({
      at: '2021-11-23T00:00:00+08:00',
    });
    expect(values.find(({ value }) => value.kind === 'from')?.value).toMatchObject({
      start: '2021-11-23T00:00:00+08:00',
    });
  });

  it('returns the digit-stripped dates of seed 000 unresolved and invents none', () => {
    const matches = findTimeExpressions(readSeed('000'), { reference: '2021-01-20T19:13:00+08:00' });
    const dated = resolved(matches);
    // the only date left with its digits is the publication line
    expect(dated.map(({ text }) => text)).toEqual(['2021/1/20 19:13']);
    const unresolved = matches.filter((match) => !match.ok);
    expect(unresolved.length).toBeGreaterThan(10);
    expect(unresolved.every((match) => !match.ok && match.code === 'MISSING_PARTS')).toBe(true);
    expect(texts(unresolved)).toEqual(
      expect.arrayContaining(['年月日下午', '年月日时至时', '自年月日时起', '日时起']),
    );
  });

  it('dates the bulletin index of seed 003 across the year change (published Jan 14 2021)', () => {
    const values = resolved(findTimeExpressions(readSeed('003'), { reference: '2021-01-14T17:19:00+08:00' }));
    const starts = values
      .filter(({ value }) => value.kind === 'period' && value.precision === 'day')
      .map(({ value }) => (value.kind === 'period' ? value.start.slice(0, 10) : ''));
    expect(starts).toContain('2020-12-16');
    expect(starts).toContain('2020-12-31');
    expect(starts).toContain('2021-01-01');
    expect(starts).toContain('2021-01-13');
    expect(starts.some((date) => date > '2021-01-14')).toBe(false);
  });

  it('dates the as-of phrases of seed 004 (published Feb 24 2020) at the end of their day', () => {
    const values = resolved(findTimeExpressions(readSeed('004'), { reference: '2020-02-24T12:00:00+08:00' }));
    expect(
      values
        .filter(({ value }) => value.kind === 'asOf')
        .map(({ value }) => value.kind === 'asOf' && value.at),
    ).toEqual(['2020-02-22T00:00:00+08:00', '2020-02-24T00:00:00+08:00', '2020-02-24T00:00:00+08:00']);
  });
});

describe('findTimeExpressions on the corpora', () => {
  const shanghai = 'corpora/Stockard-Shanghai-COVID-2022/data/raw/number';
  it.each(listShared(shanghai))('finds the data day of Shanghai bulletin %s as a 0-24h period', (file) => {
    const day = `${file.slice(0, 4)}-${file.slice(4, 6)}-${file.slice(6, 8)}`;
    const published = new Date(
      Date.UTC(Number(file.slice(0, 4)), Number(file.slice(4, 6)) - 1, Number(file.slice(6, 8)) + 1),
    );
    const reference = `${published.toISOString().slice(0, 10)}T09:00:00+08:00`;
    const matches = findTimeExpressions(readShared(`${shanghai}/${file}`), { reference });
    const periods = resolved(matches).filter(
      ({ value }) => value.kind === 'period' && value.precision === 'hour',
    );
    expect(periods.length).toBeGreaterThan(0);
    expect(periods[0]?.value).toMatchObject({ start: `${day}T00:00:00+08:00` });
    expect(matches.filter((match) => !match.ok)).toEqual([]);
  });
});

describe('findTimeExpressions on adversarial input', () => {
  const SIZE = 100_000;
  it.each([
    ['1月', '1月'],
    ['年', '年'],
    ['digits', '1234567890'],
    ['Chinese numerals', '一二三十'],
    ['dashes', '1-'],
    ['ranges', '1时至'],
    ['brackets', '(1'],
    ['empty slots', '月日时至'],
    ['lists', '1日、'],
    ['full periods', '1月12日0-24时，'],
    ['one run of separators', '1.'],
    ['one run of weak units', '点分号'],
    ['one run of relative days', '前天明日今'],
    ['a run of cues in other text', '病例1例，重点'],
  ])('scans 100 KB of %s in linear time', (_name, unit) => {
    const text = unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
    const started = performance.now();
    const matches = findTimeExpressions(text, { reference: '2021-01-13T18:00:00+08:00' });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(5_000);
    for (const match of matches) expect(match.span.end).toBeLessThanOrEqual(text.length);
  });

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
