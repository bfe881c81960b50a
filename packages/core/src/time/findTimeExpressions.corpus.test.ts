import { describe, expect, it } from 'vitest';
import { listShared, readSeed, readShared } from '../../test/shared';
import { resolved, texts } from '../../test/timeMatches';
import { findTimeExpressions } from './findTimeExpressions';

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
