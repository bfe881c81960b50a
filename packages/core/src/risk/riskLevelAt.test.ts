import { describe, expect, it } from 'vitest';
import { cn2020FebRiskAreas } from '../policy/packs/cn2020FebRiskAreas';
import { cnP9 } from '../policy/packs/cnP9';
import type { RiskSchemeId } from './riskLevels';
import type { PolicyPack } from '../policy/types';
import type { InstantInput } from '../time/instant';
import { riskLevelAt } from './riskLevelAt';
import type { AreaHistory } from './types';

const levelAt = (pack: PolicyPack, scheme: RiskSchemeId, area: AreaHistory, at: InstantInput) =>
  riskLevelAt({ pack, scheme, area, at });

describe('riskLevelAt', () => {
  const area: AreaHistory = {
    level: 'high',
    enteredAt: '2022-07-01T00:00:00+08:00',
    lastCaseAt: '2022-07-03T10:00:00+08:00',
    screenings: [{ at: '2022-07-10T09:00:00+08:00', negative: true }],
  };

  it.each([
    ['2022-07-10T23:59:59+08:00', 'high'],
    ['2022-07-11T00:00:00+08:00', 'medium'],
    ['2022-07-13T23:00:00+08:00', 'medium'],
    ['2022-07-14T00:00:00+08:00', 'low'],
  ])('follows the 9th protocol high → medium → low: at %s it is %s', (at, level) => {
    expect(levelAt(cnP9, 'riskArea', area, at).level).toBe(level);
  });

  it('gives the next downgrade and when the level began', () => {
    const result = levelAt(cnP9, 'riskArea', area, '2022-07-12T00:00:00+08:00');
    expect(result.since).toBe('2022-07-11T00:00:00+08:00');
    expect(result.next?.at).toBe('2022-07-14T00:00:00+08:00');
  });

  it.each([
    ['no case', [], 'low'],
    ['a recent case', [{ at: '2020-02-20T10:00:00+08:00', count: 3 }], 'medium'],
    [
      'more than 50 cases with a recent cluster',
      [
        { at: '2020-02-01T10:00:00+08:00', count: 50 },
        { at: '2020-02-20T10:00:00+08:00', count: 2, cluster: true },
      ],
      'high',
    ],
    [
      'more than 50 cases, none in 14 days',
      [{ at: '2020-02-01T10:00:00+08:00', count: 60, cluster: true }],
      'low',
    ],
  ])('classifies a county of 2020-02 with %s', (_label, cases, level) => {
    expect(
      levelAt(cn2020FebRiskAreas, 'riskArea', { level: 'low', cases }, '2020-02-25T12:00:00+08:00').level,
    ).toBe(level);
  });
});
