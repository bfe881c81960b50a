import { describe, expect, it } from 'vitest';
import { levelDefinition, parseRiskLevel, RISK_LEVEL_IDS, RISK_LEVELS, RISK_SCHEME_IDS } from './riskLevels';

describe('parseRiskLevel', () => {
  it.each([
    ['低风险', 'riskArea', 'low'],
    ['中风险地区', 'riskArea', 'medium'],
    ['高风险区', 'riskArea', 'high'],
    ['中风险县', 'riskArea', 'medium'],
    ['低风险三级', 'liaoningFiveTier', 'low3'],
    ['低风险二级', 'liaoningFiveTier', 'low2'],
    ['低风险一级', 'liaoningFiveTier', 'low1'],
    ['中风险二级', 'liaoningFiveTier', 'medium2'],
    ['中风险一级', 'liaoningFiveTier', 'medium1'],
    ['封控区', 'controlZone', 'sealed'],
    ['管控区', 'controlZone', 'controlled'],
    ['防范区', 'controlZone', 'precautionary'],
  ])('reads %s as %s/%s', (label, scheme, level) => {
    expect(parseRiskLevel(label)).toMatchObject({ scheme, level });
  });

  it.each(['风险', '中高风险地区', '封控', '低风险四级', ''])('does not read %j as a level', (label) => {
    expect(parseRiskLevel(label)).toBeNull();
  });

  it('ranks the five Liaoning tiers from 低风险三级 (lowest) to 中风险一级 (highest)', () => {
    const tiers = RISK_LEVELS.filter((level) => level.scheme === 'liaoningFiveTier');
    expect(tiers.map((level) => level.name)).toEqual([
      '低风险三级',
      '低风险二级',
      '低风险一级',
      '中风险二级',
      '中风险一级',
    ]);
    expect(tiers.map((level) => level.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives the definition of a level, in its scheme when two schemes share the id', () => {
    expect(levelDefinition('sealed')).toEqual({
      scheme: 'controlZone',
      level: 'sealed',
      rank: 4,
      name: '封控区',
    });
    expect(levelDefinition('sealed', 'closedManagement')?.name).toBe('封闭管控');
  });

  it('has the level ids and scheme ids of every definition, each once', () => {
    expect(new Set(RISK_LEVELS.map((item) => item.level))).toEqual(new Set(RISK_LEVEL_IDS));
    expect(new Set(RISK_LEVELS.map((item) => item.scheme))).toEqual(new Set(RISK_SCHEME_IDS));
  });
});
