import { describe, expect, it } from 'vitest';
import { parseRiskLevel, RISK_LEVELS, riskLevelDefinition } from './riskLevels';

describe('parseRiskLevel', () => {
  it.each([
    ['低风险', 'national', 'low'],
    ['中风险地区', 'national', 'medium'],
    ['高风险区', 'national', 'high'],
    ['中风险县', 'national', 'medium'],
    ['低风险三级', 'liaoning2020', 'low3'],
    ['低风险二级', 'liaoning2020', 'low2'],
    ['低风险一级', 'liaoning2020', 'low1'],
    ['中风险二级', 'liaoning2020', 'medium2'],
    ['中风险一级', 'liaoning2020', 'medium1'],
    ['封控区', 'zones', 'sealed'],
    ['管控区', 'zones', 'controlled'],
    ['防范区', 'zones', 'precautionary'],
  ])('reads %s as %s/%s', (label, scheme, code) => {
    expect(parseRiskLevel(label)).toMatchObject({ scheme, code });
  });

  it.each(['风险', '中高风险地区', '封控', '低风险四级', ''])('does not read %j as a level', (label) => {
    expect(parseRiskLevel(label)).toBeNull();
  });

  it('ranks the five Liaoning tiers from 低风险三级 (lowest) to 中风险一级 (highest)', () => {
    const tiers = RISK_LEVELS.filter((level) => level.scheme === 'liaoning2020');
    expect(tiers.map((level) => level.name)).toEqual([
      '低风险三级',
      '低风险二级',
      '低风险一级',
      '中风险二级',
      '中风险一级',
    ]);
    expect(tiers.map((level) => level.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives the definition of a code', () => {
    expect(riskLevelDefinition('sealed')).toEqual({
      code: 'sealed',
      scheme: 'zones',
      rank: 3,
      name: '封控区',
    });
  });
});
