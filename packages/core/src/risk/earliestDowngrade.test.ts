import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RiskSchemeId } from './riskLevels';
import { cn2020FebRiskAreas } from '../policy/packs/cn2020FebRiskAreas';
import { cn2021CommunityRiskAreas } from '../policy/packs/cn2021CommunityRiskAreas';
import { cn2021ControlZones } from '../policy/packs/cn2021ControlZones';
import { cnP9 } from '../policy/packs/cnP9';
import { cnTenMeasures } from '../policy/packs/cnTenMeasures';
import { cnTwentyMeasures } from '../policy/packs/cnTwentyMeasures';
import { dalian2021Jan } from '../policy/packs/dalian2021Jan';
import { findRiskScheme } from '../policy/policyPackInForce';
import type { PolicyPack } from '../policy/types';
import { startOfChinaDay, toChinaInstant } from '../time/instant';
import { earliestDowngrade } from './earliestDowngrade';
import { riskLevelAt } from './riskLevelAt';
import type { AreaHistory, DowngradeStep } from './types';

/** The first step of the chain: the earliest downgrade by one level, or null when there is none. */
function firstStep(pack: PolicyPack, scheme: RiskSchemeId, area: AreaHistory): DowngradeStep | null {
  return earliestDowngrade({ pack, scheme, area }).steps[0] ?? null;
}

describe('earliestDowngrade: the checks of DOMAIN.md §8', () => {
  it('unseals the 金普新区 circle at 2021-01-16 00:00 counting "14+7" from 2020-12-25 00:00 (seed 002)', () => {
    const result = firstStep(dalian2021Jan, 'closedManagement', {
      level: 'sealed',
      lastCaseAt: '2020-12-25T00:00:00+08:00',
    });
    expect(result?.at).toBe('2021-01-16T00:00:00+08:00');
    expect(result?.lastDay).toBe('2021-01-15');
    expect(result?.toLevel).toBe('open');
  });

  it('lets the floor win over the day count for a medium area whose last case was 2020-12-20 (seed 002)', () => {
    const result = firstStep(dalian2021Jan, 'riskArea', {
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
    const result = firstStep(pack, 'riskArea', {
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
    expect(firstStep(pack, scheme, { level, lastCaseAt })?.at).toBe(expected);
  });

  it("counts the 9th protocol's last 3 days from the day the area became medium", () => {
    const result = firstStep(cnP9, 'riskArea', {
      level: 'medium',
      enteredFrom: 'high',
      enteredAt: '2022-08-09T00:00:00+08:00',
      lastCaseAt: '2022-08-01T10:00:00+08:00',
    });
    expect(result?.at).toBe('2022-08-12T00:00:00+08:00');
    expect(result?.countedFromKind).toBe('levelEntered');
  });

  it('counts from the last case, however far after the earlier ones (it once stopped at 08-25)', () => {
    const result = firstStep(cn2021CommunityRiskAreas, 'riskArea', {
      level: 'medium',
      cases: [
        { at: '2021-08-01T10:00:00+08:00' },
        { at: '2021-08-10T10:00:00+08:00' },
        { at: '2021-12-01T10:00:00+08:00' },
      ],
    });
    expect(result?.at).toBe('2021-12-16T00:00:00+08:00');
    expect(result?.countedFrom).toBe('2021-12-01T10:00:00+08:00');
  });

  it('ignores cases among people already under control when the rule counts community cases only', () => {
    const result = firstStep(dalian2021Jan, 'closedManagement', {
      level: 'sealed',
      cases: [{ at: '2020-12-25T00:00:00+08:00' }, { at: '2021-01-05T00:00:00+08:00', community: false }],
    });
    expect(result?.at).toBe('2021-01-16T00:00:00+08:00');
  });

  it('keeps a screening condition pending without a result, and blocks on a positive one', () => {
    const area: AreaHistory = { level: 'high', lastCaseAt: '2022-08-01T10:00:00+08:00' };
    expect(firstStep(cnP9, 'riskArea', area)?.pendingConditions).toHaveLength(1);
    const blocked = firstStep(cnP9, 'riskArea', {
      ...area,
      screenings: [{ at: '2022-08-08T10:00:00+08:00', negative: false }],
    });
    expect(blocked?.blockedBy).toMatch(/positive/);
  });

  it('returns null when no rule moves the level down', () => {
    expect(
      firstStep(cn2021CommunityRiskAreas, 'riskArea', {
        level: 'low',
        lastCaseAt: '2021-08-01T10:00:00+08:00',
      }),
    ).toBeNull();
  });

  it('asks for a case or an entry instant to count from', () => {
    expect(() => firstStep(cn2021CommunityRiskAreas, 'riskArea', { level: 'medium' })).toThrow(/enteredAt/);
  });
});

describe('earliestDowngrade counts from the last case, not the first', () => {
  const area: AreaHistory = {
    level: 'medium',
    cases: [{ at: '2021-10-01T10:00:00+08:00' }, { at: '2021-11-08T10:00:00+08:00' }],
  };

  it('moves a medium area with cases on 10-01 and 11-08 to low on 11-23 under the 14-day rule', () => {
    const chain = earliestDowngrade({ pack: cn2021CommunityRiskAreas, area });
    expect(chain.steps.map((step) => [step.toLevel, step.at])).toEqual([
      ['low', '2021-11-23T00:00:00+08:00'],
    ]);
    const days = chain.steps[0]!.explanation.find((step) => step.step === 'days')!;
    expect(days.text).toContain('last case on 2021-11-08');
    expect(days.text).not.toContain('2021-10-01');
  });

  it('keeps the area medium on 11-10', () => {
    expect(riskLevelAt({ pack: cn2021CommunityRiskAreas, area, at: '2021-11-10' }).level).toBe('medium');
  });

  const DAY = 86_400_000;
  const caseAt = fc
    .integer({ min: Date.UTC(2021, 0, 1), max: Date.UTC(2022, 5, 1) })
    .map((ms) => toChinaInstant(ms - (ms % 60_000)));
  const rules = [
    { pack: cn2021CommunityRiskAreas, level: 'medium', days: 14 },
    { pack: cnTwentyMeasures, level: 'high', days: 5 },
    { pack: cnTenMeasures, level: 'high', days: 5 },
  ] as const;

  it('gives the same answer when an earlier case is added', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...rules),
        fc.array(caseAt, { minLength: 1, maxLength: 6 }),
        caseAt,
        (rule, times, extra) => {
          const cases = times.map((at) => ({ at }));
          const last = Math.max(...times.map((at) => Date.parse(at)));
          fc.pre(Date.parse(extra) <= last);
          const before = earliestDowngrade({ pack: rule.pack, area: { level: rule.level, cases } });
          const after = earliestDowngrade({
            pack: rule.pack,
            area: { level: rule.level, cases: [{ at: extra }, ...cases] },
          });
          expect(after.steps.map((step) => step.at)).toEqual(before.steps.map((step) => step.at));
          expect(after.lowestAt).toBe(before.lowestAt);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never answers before the day after the last case + N days', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...rules),
        fc.array(caseAt, { minLength: 1, maxLength: 6 }),
        (rule, times) => {
          const last = Math.max(...times.map((at) => Date.parse(at)));
          const chain = earliestDowngrade({
            pack: rule.pack,
            area: { level: rule.level, cases: times.map((at) => ({ at })) },
          });
          const first = chain.steps[0]!;
          expect(Date.parse(first.at)).toBeGreaterThanOrEqual(startOfChinaDay(last) + (rule.days + 1) * DAY);
          const dayBefore = toChinaInstant(Date.parse(first.at) - 1);
          expect(
            riskLevelAt({
              pack: rule.pack,
              area: { level: rule.level, cases: times.map((at) => ({ at })) },
              at: dayBefore,
            }).level,
          ).toBe(rule.level);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('earliestDowngrade gives the whole chain to the lowest level', () => {
  it('takes a 9th-protocol high area to medium on 08-09, then to low on 08-12 by the rule for areas that came down from high', () => {
    const chain = earliestDowngrade({
      pack: cnP9,
      area: { level: 'high', lastCaseAt: '2022-08-01T10:00:00+08:00' },
    });
    expect(chain).toMatchObject({
      packId: 'cn-p9-2022-06',
      scheme: 'riskArea',
      fromLevel: 'high',
      lowestLevel: 'low',
    });
    expect(chain.steps.map((step) => [step.fromLevel, step.toLevel, step.at, step.ruleIndex])).toEqual([
      ['high', 'medium', '2022-08-09T00:00:00+08:00', 0],
      ['medium', 'low', '2022-08-12T00:00:00+08:00', 1],
    ]);
    expect(chain.lowestAt).toBe('2022-08-12T00:00:00+08:00');
    for (const step of chain.steps) expect(step.explanation.some((item) => item.quote)).toBe(true);
  });

  it('says so when a medium area is taken as put there directly, since a chained rule exists', () => {
    const chain = earliestDowngrade({
      pack: cnP9,
      area: { level: 'medium', lastCaseAt: '2022-08-01T10:00:00+08:00' },
    });
    expect(chain.steps[0]!.ruleIndex).toBe(2);
    expect(chain.steps[0]!.explanation.map((step) => step.text).join(' ')).toContain('area.enteredFrom');
  });

  it('stops at a step a positive screening blocks, and says why', () => {
    const chain = earliestDowngrade({
      pack: cnP9,
      area: {
        level: 'high',
        lastCaseAt: '2022-08-01T10:00:00+08:00',
        screenings: [{ at: '2022-08-08T10:00:00+08:00', negative: false }],
      },
    });
    expect(chain.steps).toHaveLength(1);
    expect(chain.lowestAt).toBeNull();
    expect(chain.stoppedBy).toContain('positive');
  });

  it('gives no step for an area already at the lowest level', () => {
    const chain = earliestDowngrade({ pack: cnP9, area: { level: 'low', lastCaseAt: '2022-08-01' } });
    expect(chain.steps).toEqual([]);
    expect(chain.lowestAt).toBeNull();
  });
});

describe('earliestDowngrade finds its rules by jurisdiction, as planQuarantine does', () => {
  it.each(['CN-LN-DL', '大连市', '大连', 'Dalian', '210200', '210213031001'])(
    'finds the 2021 community rules for a medium area of %s with its last case on 2021-11-08',
    (jurisdiction) => {
      const chain = earliestDowngrade({ jurisdiction, area: { level: 'medium', lastCaseAt: '2021-11-08' } });
      expect(chain.packId).toBe('cn-2021-community-risk-areas');
      expect(chain.lowestAt).toBe('2021-11-23T00:00:00+08:00');
    },
  );

  it('uses the rules in force at rulesAt when given (Dalian "14+7", announced 2021-01-13)', () => {
    const chain = earliestDowngrade({
      jurisdiction: 'CN-LN-DL',
      rulesAt: '2021-01-14',
      area: { level: 'medium', lastCaseAt: '2020-12-20' },
    });
    expect(chain.packId).toBe('dl-2021-01');
    expect(chain.steps[0]).toMatchObject({ at: '2021-01-16T00:00:00+08:00', decidedBy: 'floor' });
  });

  it.each([
    [
      'a misspelt level',
      'INVALID_ARGUMENT',
      'query.area.level',
      { pack: cnP9, area: { level: 'mediun', lastCaseAt: '2022-08-01' } },
    ],
    [
      'a level the scheme lacks',
      'NOT_FOUND',
      'query.area.level',
      { pack: cnP9, area: { level: 'low3', lastCaseAt: '2022-08-01' } },
    ],
    [
      'an unknown jurisdiction',
      'INVALID_ARGUMENT',
      'jurisdiction',
      { jurisdiction: 'Atlantis', area: { level: 'medium', lastCaseAt: '2021-11-08' } },
    ],
    [
      'a bare CN-',
      'INVALID_ARGUMENT',
      'jurisdiction',
      { jurisdiction: 'CN-', area: { level: 'medium', lastCaseAt: '2021-11-08' } },
    ],
    [
      'no pack and no jurisdiction',
      'INVALID_ARGUMENT',
      'query',
      { area: { level: 'medium', lastCaseAt: '2021-11-08' } },
    ],
    [
      'an offset of +99:99',
      'INVALID_ARGUMENT',
      'query.area.lastCaseAt',
      { pack: cnP9, area: { level: 'high', lastCaseAt: '2022-08-01T10:00:00+99:99' } },
    ],
  ])('refuses %s with %s at %s', (_label, code, path, query) => {
    expect(() => earliestDowngrade(query as never)).toThrow(
      expect.objectContaining({ code, details: expect.objectContaining({ path }) }),
    );
  });
});
