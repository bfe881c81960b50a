import { downgradeStep } from './_internal/downgradeStep';
import { resolveRiskRules } from './_internal/riskRules';
import type { AreaHistory, DowngradeChain, DowngradeStep, RiskQuery } from './types';

/**
 * Every downgrade of an area, step by step down to the scheme's lowest level, each with the rule
 * that gives it and which constraint won (the day count or the rule's floor).
 * See docs/policy-authoring.md#counting-days.
 *
 * @param query the rules (`pack` or `jurisdiction`), the `scheme` (default: the first of the pack)
 *   and the `area`: its level and its case history
 * @throws FangkongError `INVALID_ARGUMENT` (a bad option, with its path), `NOT_FOUND` (a scheme or
 *   level the rules do not have), `NO_POLICY_IN_FORCE`
 * @example
 * // Dalian, 2021-11: a medium area whose last case was on 2021-11-08, 14-day rule
 * earliestDowngrade({ jurisdiction: '大连市', area: { level: 'medium', lastCaseAt: '2021-11-08' } }).lowestAt;
 * // → '2021-11-23T00:00:00+08:00'
 * // 9th protocol: high → medium after 7 days, then → low after 3 more days and a negative screening
 * earliestDowngrade({ pack: cnP9, area: { level: 'high', lastCaseAt: '2022-08-01T10:00:00+08:00' } })
 *   .steps.map((step) => [step.toLevel, step.at]);
 * // → [['medium', '2022-08-09T00:00:00+08:00'], ['low', '2022-08-12T00:00:00+08:00']]
 */
export function earliestDowngrade(query: RiskQuery): DowngradeChain {
  const { pack, scheme, area } = resolveRiskRules(query, 'earliestDowngrade');
  const lowestLevel = scheme.levels[0]!.id;
  const steps: DowngradeStep[] = [];
  let current: AreaHistory = area;
  let stoppedBy: string | undefined;
  for (let guard = 0; guard < scheme.levels.length && current.level !== lowestLevel; guard++) {
    const step = downgradeStep(pack, scheme, current);
    if (step === null) {
      stoppedBy = `no rule of scheme "${scheme.id}" moves an area down from "${current.level}"`;
      break;
    }
    steps.push(step);
    if (step.blockedBy !== undefined) {
      stoppedBy = step.blockedBy;
      break;
    }
    current = { ...current, level: step.toLevel, enteredAt: step.at, enteredFrom: step.fromLevel };
  }
  const last = steps.at(-1);
  const reached = last !== undefined && stoppedBy === undefined && last.toLevel === lowestLevel;
  const chain: DowngradeChain = {
    packId: pack.id,
    scheme: scheme.id,
    fromLevel: area.level,
    lowestLevel,
    steps,
    lowestAt: reached ? last.at : null,
  };
  if (stoppedBy !== undefined) chain.stoppedBy = stoppedBy;
  return chain;
}
