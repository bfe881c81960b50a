import { DAY } from '../time/_internal/chinaDays';
import { FangkongError } from '../errors';
import { explainStep } from '../policy/_internal/explain';
import { toMillis } from '../time/_internal/toMillis';
import type { ClassificationCondition, ExplanationStep, PolicyPack, RiskScheme } from '../policy/types';
import { startOfChinaDay, toChinaInstant } from '../time/instant';
import type { Instant, InstantInput } from '../time/instant';
import { isInstant } from '../time/_internal/isInstant';
import { downgradeStep } from './_internal/downgradeStep';
import { resolveRiskRules } from './_internal/riskRules';
import type { AreaHistory, CaseRecord, DowngradeStep, LevelAtResult, RiskQuery } from './types';

/**
 * The level of an area at instant `at` under a scheme.
 *
 * - A scheme with `classification` rules (national 2020-02) classifies the area from its cases up
 *   to `at`: the first rule whose conditions all hold gives the level.
 * - Otherwise the area starts at its designated `level` (from `enteredAt`) and moves down the
 *   steps of {@link earliestDowngrade}'s chain that take effect by `at`. A step with a failed or
 *   pending condition is not applied (it is `next`).
 *
 * @param query the rules (`pack` or `jurisdiction`), `scheme`, `area` and the instant `at`
 * @throws FangkongError `INVALID_ARGUMENT` (a bad option, with its path), `NOT_FOUND`, `NO_POLICY_IN_FORCE`
 * @example
 * riskLevelAt({ pack: cnP9, at: '2022-07-20', area: { level: 'high', enteredAt: '2022-07-01T00:00:00+08:00',
 *   lastCaseAt: '2022-07-03T10:00:00+08:00', screenings: [{ at: '2022-07-10T09:00:00+08:00', negative: true }] } }).level;
 * // → 'low' (medium from 2022-07-11 00:00, low from 2022-07-14 00:00)
 */
export function riskLevelAt(query: RiskQuery & { at: InstantInput }): LevelAtResult {
  const { pack, scheme, area } = resolveRiskRules(query, 'riskLevelAt', { at: isInstant });
  const atMs = toMillis(query.at, 'query.at');
  const name = (id: string) => scheme.levels.find((level) => level.id === id)?.name ?? id;
  if (scheme.classification && scheme.classification.length > 0)
    return classify(pack, scheme, area, atMs, name);

  const explanation: ExplanationStep[] = [];
  let since: Instant | null =
    area.enteredAt !== undefined ? toChinaInstant(toMillis(area.enteredAt, 'query.area.enteredAt')) : null;
  if (since !== null && toMillis(since) > atMs) {
    throw new FangkongError(
      'INVALID_ARGUMENT',
      `query.at: the area entered "${area.level}" at ${since}, after ${toChinaInstant(atMs)}; expected an instant from area.enteredAt on`,
      { details: { path: 'query.at', expected: `an instant from ${since} on`, enteredAt: since } },
    );
  }
  explanation.push(
    explainStep(
      pack,
      'level',
      `Designated ${area.level} (${name(area.level)})${since ? ` from ${since}` : ''}.`,
      scheme.citations,
      `rules.riskSchemes[${scheme.id}]`,
      since ?? undefined,
    ),
  );
  let current: AreaHistory = area;
  let next: DowngradeStep | null = null;
  for (let step = 0; step <= scheme.levels.length; step++) {
    const downgrade = downgradeStep(pack, scheme, current);
    next = downgrade;
    if (!downgrade || downgrade.blockedBy || downgrade.pendingConditions.length > 0) break;
    if (toMillis(downgrade.at) > atMs) break;
    explanation.push(...downgrade.explanation);
    since = downgrade.at;
    current = {
      ...current,
      level: downgrade.toLevel,
      enteredAt: downgrade.at,
      enteredFrom: downgrade.fromLevel,
    };
    next = null;
  }
  return {
    packId: pack.id,
    scheme: scheme.id,
    level: current.level,
    levelName: name(current.level),
    since,
    next,
    explanation,
  };
}

function holds(condition: ClassificationCondition, cases: readonly CaseRecord[], atMs: number): boolean {
  const today = startOfChinaDay(atMs);
  const within = (days: number, item: CaseRecord) => {
    const day = startOfChinaDay(toMillis(item.at, 'case instant'));
    return day <= today && (today - day) / DAY < days;
  };
  switch (condition.kind) {
    case 'newCaseWithinDays':
      return cases.some((item) => within(condition.days, item));
    case 'noNewCaseWithinDays':
      return !cases.some((item) => within(condition.days, item));
    case 'clusterWithinDays':
      return cases.some((item) => item.cluster === true && within(condition.days, item));
    case 'noClusterWithinDays':
      return !cases.some((item) => item.cluster === true && within(condition.days, item));
    case 'cumulativeCasesAbove':
      return cases.reduce((sum, item) => sum + (item.count ?? 1), 0) > condition.count;
    case 'cumulativeCasesAtMost':
      return cases.reduce((sum, item) => sum + (item.count ?? 1), 0) <= condition.count;
  }
}

function describe(condition: ClassificationCondition): string {
  switch (condition.kind) {
    case 'newCaseWithinDays':
      return `a new case within ${condition.days} days`;
    case 'noNewCaseWithinDays':
      return `no new case within ${condition.days} days`;
    case 'clusterWithinDays':
      return `a cluster within ${condition.days} days`;
    case 'noClusterWithinDays':
      return `no cluster within ${condition.days} days`;
    case 'cumulativeCasesAbove':
      return `more than ${condition.count} cases in total`;
    case 'cumulativeCasesAtMost':
      return `at most ${condition.count} cases in total`;
  }
}

function classify(
  pack: PolicyPack,
  scheme: RiskScheme,
  area: AreaHistory,
  atMs: number,
  name: (id: string) => string,
): LevelAtResult {
  const cases = (area.cases ?? []).filter((item) => toMillis(item.at, 'query.area.cases[].at') <= atMs);
  const rules = scheme.classification ?? [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (rule.allOf.every((condition) => holds(condition, cases, atMs))) {
      const text = `At ${toChinaInstant(atMs)}: ${rule.allOf.map(describe).join(' and ') || 'always'} → ${rule.level} (${name(rule.level)}).`;
      return {
        packId: pack.id,
        scheme: scheme.id,
        level: rule.level,
        levelName: name(rule.level),
        since: null,
        next: null,
        explanation: [
          explainStep(
            pack,
            'level',
            text,
            rule.citations,
            `rules.riskSchemes[${scheme.id}].classification[${i}]`,
            toChinaInstant(atMs),
          ),
        ],
      };
    }
  }
  const lowest = scheme.levels[0]!;
  return {
    packId: pack.id,
    scheme: scheme.id,
    level: lowest.id,
    levelName: lowest.name,
    since: null,
    next: null,
    explanation: [
      explainStep(
        pack,
        'level',
        `No classification rule matched: the lowest level, ${lowest.id}.`,
        scheme.citations,
        `rules.riskSchemes[${scheme.id}]`,
      ),
    ],
  };
}
