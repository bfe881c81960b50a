import { describe, expect, it } from 'vitest';
import { readSeed } from '../../test/shared';
import { extractBulletinIndexes } from './extractBulletinIndexes';

describe('extractBulletinIndexes on the seeds', () => {
  it('reads seed 003: ~70 titles from 2020-12-16 to 2021-01-13 with the year change', () => {
    const { records } = extractBulletinIndexes(readSeed('003'), { reference: '2021-01-14T17:19:00+08:00' });
    expect(records).toHaveLength(1);
    const entries = records[0]?.entries ?? [];
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(entries[0]).toMatchObject({ date: '2020-12-16', part: null, region: '大连' });
    expect(entries.at(-1)).toMatchObject({ date: '2021-01-13', part: 3 });
    const dates = entries.map((entry) => entry.date);
    expect(dates).not.toContain(null);
    expect([...dates].sort()).toEqual(dates);
    expect(entries.find((entry) => entry.date === '2020-12-22' && entry.part === '下午')).toBeDefined();
    expect(entries.filter((entry) => entry.date === '2021-01-03').map((entry) => entry.part)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    expect(records[0]?.warnings).toEqual([]);
  });

  it('reads seed 000 (digits stripped): every date null with a warning, parts kept', () => {
    const { records } = extractBulletinIndexes(readSeed('000'), { reference: '2021-01-20T19:13:00+08:00' });
    expect(records).toHaveLength(1);
    const entries = records[0]?.entries ?? [];
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(entries.every((entry) => entry.date === null && entry.year === null)).toBe(true);
    expect(entries.slice(3, 7).map((entry) => entry.part)).toEqual(['上午', '下午', 1, 2]);
    expect(entries.some((entry) => entry.part === 7)).toBe(true);
    expect(records[0]?.warnings.map((warning) => warning.code)).toContain('EMPTY_NUMBER_SLOT');
  });
});
