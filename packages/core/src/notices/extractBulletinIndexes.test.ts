import { describe, expect, it } from 'vitest';
import { extractBulletinIndexes } from './extractBulletinIndexes';

const TITLE = '大连疫情防控情况通报';

describe('extractBulletinIndexes', () => {
  it.each([
    [
      `12月22日${TITLE}(上午)12月22日${TITLE}(下午)`,
      [
        ['2020-12-22', '上午'],
        ['2020-12-22', '下午'],
      ],
    ],
    [
      `1月3日${TITLE}(一)1月3日${TITLE}（七）`,
      [
        ['2021-01-03', 1],
        ['2021-01-03', 7],
      ],
    ],
    [
      `12月30日${TITLE}12月31日${TITLE}(三)1月1日${TITLE}`,
      [
        ['2020-12-30', null],
        ['2020-12-31', 3],
        ['2021-01-01', null],
      ],
    ],
    [
      `2020年\n12月31日${TITLE}2021年\n\n1月1日${TITLE}(二)`,
      [
        ['2020-12-31', null],
        ['2021-01-01', 2],
      ],
    ],
    [
      `１２月１６日${TITLE}１２月１８日${TITLE}（二）`,
      [
        ['2020-12-16', null],
        ['2020-12-18', 2],
      ],
    ],
  ])('reads the dates and parts of %j', (text, expected) => {
    const { records } = extractBulletinIndexes(text, { reference: '2021-01-14T17:19:00+08:00' });
    expect(records).toHaveLength(1);
    expect(records[0]?.entries.map((entry) => [entry.date, entry.part])).toEqual(expected);
  });

  it('advances the year when the month goes from 12 back to 1 without a year heading', () => {
    const text = `12月31日${TITLE}1月1日${TITLE}1月2日${TITLE}`;
    const { records } = extractBulletinIndexes(text, { reference: '2021-01-03T10:00:00+08:00' });
    expect(records[0]?.entries.map((entry) => entry.date)).toEqual([
      '2020-12-31',
      '2021-01-01',
      '2021-01-02',
    ]);
  });

  it('lets an explicit year heading win over the reference', () => {
    const text = `2019年12月30日${TITLE}12月31日${TITLE}`;
    const { records } = extractBulletinIndexes(text, { reference: '2021-01-03T10:00:00+08:00' });
    expect(records[0]?.entries.map((entry) => entry.year)).toEqual([2019, 2019]);
  });

  it('leaves years null with YEAR_UNKNOWN when there is no heading and no reference', () => {
    const { records } = extractBulletinIndexes(`12月22日${TITLE}12月23日${TITLE}`);
    expect(records[0]?.entries.map((entry) => [entry.month, entry.day, entry.date])).toEqual([
      [12, 22, null],
      [12, 23, null],
    ]);
    expect(records[0]?.warnings.map((warning) => warning.code)).toEqual(['YEAR_UNKNOWN']);
  });

  it('never invents a date for titles whose digits are stripped, and still reads bare parts', () => {
    const text = `年月日${TITLE}上午月日${TITLE}下午月日${TITLE}一月日${TITLE}二`;
    const { records } = extractBulletinIndexes(text, { reference: '2021-01-20T19:13:00+08:00' });
    const entries = records[0]?.entries ?? [];
    expect(entries.map((entry) => entry.part)).toEqual(['上午', '下午', 1, 2]);
    expect(entries.every((entry) => entry.date === null && entry.month === null && entry.day === null)).toBe(
      true,
    );
    expect(records[0]?.warnings.map((warning) => warning.code)).toContain('EMPTY_NUMBER_SLOT');
  });

  it('does not make an index of a single title in running text', () => {
    expect(extractBulletinIndexes(`详见1月13日${TITLE}。`, {}).records).toEqual([]);
  });

  it('maps spans through toOriginalSpan', () => {
    const text = `12月22日${TITLE}12月23日${TITLE}`;
    const shifted = extractBulletinIndexes(text, {
      reference: '2021-01-14T00:00:00+08:00',
      toOriginalSpan: (span) => ({ start: span.start + 100, end: span.end + 100 }),
    });
    expect(shifted.records[0]?.span).toEqual({ start: 100, end: 100 + text.length });
    expect(shifted.records[0]?.entries[1]?.span.start).toBe(100 + text.indexOf('12月23日'));
  });
});

describe('the title words of a bulletin index', () => {
  it.each(['疫情通报', '疫情防控通报', '疫情情况通报', '疫情防控情况通报'])(
    'reads titles ending in %s',
    (words) => {
      const { records } = extractBulletinIndexes(`12月30日大连${words}12月31日大连${words}(三)`, {
        reference: '2021-01-14T17:19:00+08:00',
      });
      expect(records[0]?.entries.map((entry) => [entry.title, entry.date, entry.part])).toEqual([
        [`12月30日大连${words}`, '2020-12-30', null],
        [`12月31日大连${words}(三)`, '2020-12-31', 3],
      ]);
    },
  );

  it('skips 疫情 that opens no title words and reads the titles after it', () => {
    const { records } = extractBulletinIndexes('疫情防控要求。12月30日大连疫情通报12月31日大连疫情通报', {
      reference: '2021-01-14T17:19:00+08:00',
    });
    expect(records[0]?.entries.map((entry) => entry.date)).toEqual(['2020-12-30', '2020-12-31']);
  });
});
