import { describe, expect, it } from 'vitest';
import { readSeed } from '../../test/shared';
import { extractRiskChanges } from './extractRiskChanges';

const REF = '2021-11-24T14:03:00+08:00';

describe('extractRiskChanges on the seeds', () => {
  it('reads seed 001: 30 medium areas to low from 2021-11-23 00:00 after 14 days', () => {
    const { records } = extractRiskChanges(readSeed('001'), { reference: REF });
    expect(records).toHaveLength(1);
    const change = records[0];
    expect(change).toMatchObject({
      declaredCount: 30,
      listedCount: 1,
      exampleList: true,
      effectiveAt: '2021-11-23T00:00:00+08:00',
      asOf: '2021-11-23T00:00:00+08:00',
      warnings: [],
    });
    expect(change?.areas[0]?.fullName).toBe('庄河市城关街道海洋村刘亮屯');
    expect(change?.fromLevel).toMatchObject({ scheme: 'riskArea', level: 'medium', label: '中风险地区' });
    expect(change?.toLevel).toMatchObject({ scheme: 'riskArea', level: 'low', label: '低风险地区' });
    expect(change?.condition?.days).toBe(14);
    expect(change?.condition?.text.startsWith('连续14天无新增')).toBe(true);
  });

  it('reads seed 004: 13 areas of 大连市 classified into the five Liaoning tiers', () => {
    const { records } = extractRiskChanges(readSeed('004'));
    expect(records).toHaveLength(1);
    const change = records[0];
    expect(change?.toLevel).toBeNull();
    expect(change?.classifiedInto.map((level) => level.level)).toEqual([
      'low3',
      'low2',
      'low1',
      'medium2',
      'medium1',
    ]);
    expect(change?.classifiedInto.map((level) => level.scheme)).toEqual(Array(5).fill('liaoningFiveTier'));
    expect(change?.classifiedInto[0]?.label).toBe('低风险三级');
    expect(change).toMatchObject({ declaredCount: 13, listedCount: 0, warnings: [] });
    expect(change?.within?.fullName).toBe('大连市');
  });

  it('finds no change in seed 002, whose risk sentences are rules', () => {
    expect(extractRiskChanges(readSeed('002'), { reference: '2021-01-14T08:00:00+08:00' }).records).toEqual(
      [],
    );
  });
});
