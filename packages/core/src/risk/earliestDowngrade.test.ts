import { describe, expect, it } from 'vitest';
import { cn2020FebRiskAreas } from '../policy/packs/cn2020FebRiskAreas';
import { cn2021CommunityRiskAreas } from '../policy/packs/cn2021CommunityRiskAreas';
import { cn2021ControlZones } from '../policy/packs/cn2021ControlZones';
import { cnP9 } from '../policy/packs/cnP9';
import { cnTenMeasures } from '../policy/packs/cnTenMeasures';
import { cnTwentyMeasures } from '../policy/packs/cnTwentyMeasures';
import { dalian2021Jan } from '../policy/packs/dalian2021Jan';
import { findRiskScheme } from '../policy/packsInForce';
import { earliestDowngrade } from './earliestDowngrade';

describe('earliestDowngrade: the checks of DOMAIN.md §8', () => {
  it('unseals the 金普新区 circle at 2021-01-16 00:00 counting "14+7" from 2020-12-25 00:00 (seed 002)', () => {
    const result = earliestDowngrade(dalian2021Jan, 'closedManagement', {
      level: 'sealed',
      lastCaseAt: '2020-12-25T00:00:00+08:00',
    });
    expect(result?.at).toBe('2021-01-16T00:00:00+08:00');
    expect(result?.lastDay).toBe('2021-01-15');
    expect(result?.to).toBe('open');
  });

  it('lets the floor win over the day count for a medium area whose last case was 2020-12-20 (seed 002)', () => {
    const result = earliestDowngrade(dalian2021Jan, 'riskArea', {
      level: 'medium',
      lastCaseAt: '2020-12-20T00:00:00+08:00',
      screenings: [{ at: '2021-01-05T09:00:00+08:00', negative: true }],
    });
    expect(result).toMatchObject({
      at: '2021-01-16T00:00:00+08:00',
      byDays: '2021-01-11T00:00:00+08:00',
      notBefore: '2021-01-16T00:00:00+08:00',
      decidedBy: 'floor',
      pendingConditions: [],
    });
    expect(result?.explanation.find((step) => step.step === 'floor')?.quote).toBe(
      '不得早于2021年1月16日零时',
    );
  });

  it('makes a medium area low from 2021-11-23 00:00 after its last case on 2021-11-08 (seed 001)', () => {
    const { pack, scheme } = findRiskScheme('riskArea', '2021-11-22T00:00:00+08:00', 'CN-LN-DL');
    expect(scheme?.id).toBe('riskArea');
    const result = earliestDowngrade(pack, 'riskArea', {
      level: 'medium',
      lastCaseAt: '2021-11-08T16:00:00+08:00',
    });
    expect(result?.at).toBe('2021-11-23T00:00:00+08:00');
    expect(result?.lastDay).toBe('2021-11-22');
    expect(result?.decidedBy).toBe('days');
  });
});

describe('earliestDowngrade: one worked case per risk scheme', () => {
  it.each([
    // 无确诊病例或连续14天无新增确诊病例
    [cn2020FebRiskAreas, 'riskArea', 'medium', '2020-03-01T10:00:00+08:00', '2020-03-16T00:00:00+08:00'],
    [
      cn2021CommunityRiskAreas,
      'riskArea',
      'medium',
      '2021-08-01T10:00:00+08:00',
      '2021-08-16T00:00:00+08:00',
    ],
    // 近14天区域内无新增病例
    [cn2021ControlZones, 'controlZone', 'sealed', '2022-03-01T10:00:00+08:00', '2022-03-16T00:00:00+08:00'],
    // 连续7天无新增感染者 … 降为中风险区
    [cnP9, 'riskArea', 'high', '2022-08-01T10:00:00+08:00', '2022-08-09T00:00:00+08:00'],
    // 高风险区连续5天未发现新增感染者，降为低风险区
    [cnTwentyMeasures, 'riskArea', 'high', '2022-11-20T10:00:00+08:00', '2022-11-26T00:00:00+08:00'],
    [cnTenMeasures, 'riskArea', 'high', '2022-12-10T10:00:00+08:00', '2022-12-16T00:00:00+08:00'],
  ] as const)('%#: %s from %s, last case %s → %s', (pack, scheme, level, lastCaseAt, expected) => {
    expect(earliestDowngrade(pack, scheme, { level, lastCaseAt })?.at).toBe(expected);
  });

  it("counts the 9th protocol's last 3 days from the day the area became medium", () => {
    const result = earliestDowngrade(cnP9, 'riskArea', {
      level: 'medium',
      enteredFrom: 'high',
      enteredAt: '2022-08-09T00:00:00+08:00',
      lastCaseAt: '2022-08-01T10:00:00+08:00',
    });
    expect(result?.at).toBe('2022-08-12T00:00:00+08:00');
    expect(result?.countedFromKind).toBe('levelEntered');
  });

  it('restarts the count at a later case', () => {
    const result = earliestDowngrade(cn2021CommunityRiskAreas, 'riskArea', {
      level: 'medium',
      cases: [
        { at: '2021-08-01T10:00:00+08:00' },
        { at: '2021-08-10T10:00:00+08:00' },
        { at: '2021-12-01T10:00:00+08:00' },
      ],
    });
    expect(result?.at).toBe('2021-08-25T00:00:00+08:00');
  });

  it('ignores cases among people already under control when the rule counts community cases only', () => {
    const result = earliestDowngrade(dalian2021Jan, 'closedManagement', {
      level: 'sealed',
      cases: [{ at: '2020-12-25T00:00:00+08:00' }, { at: '2021-01-05T00:00:00+08:00', community: false }],
    });
    expect(result?.at).toBe('2021-01-16T00:00:00+08:00');
  });

  it('keeps a screening condition pending without a result, and blocks on a positive one', () => {
    const area = { level: 'high', lastCaseAt: '2022-08-01T10:00:00+08:00' };
    expect(earliestDowngrade(cnP9, 'riskArea', area)?.pendingConditions).toHaveLength(1);
    const blocked = earliestDowngrade(cnP9, 'riskArea', {
      ...area,
      screenings: [{ at: '2022-08-08T10:00:00+08:00', negative: false }],
    });
    expect(blocked?.blockedBy).toMatch(/positive/);
  });

  it('returns null when no rule moves the level down', () => {
    expect(
      earliestDowngrade(cn2021CommunityRiskAreas, 'riskArea', {
        level: 'low',
        lastCaseAt: '2021-08-01T10:00:00+08:00',
      }),
    ).toBeNull();
  });

  it('asks for a case or an entry instant to count from', () => {
    expect(() => earliestDowngrade(cn2021CommunityRiskAreas, 'riskArea', { level: 'medium' })).toThrow(
      /enteredAt/,
    );
  });
});
