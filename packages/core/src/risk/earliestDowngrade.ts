import { FangkongError } from '../errors';
import { explainStep } from '../policy/_internal/explain';
import { toMillis } from '../time/_internal/toMillis';
import type { DowngradeRule, ExplanationStep, PolicyPack, RiskScheme } from '../policy/types';
import { formatChinaDate, formatChinaMillis, startOfDayNMillis } from '../time/dayCount';
import type { AreaHistory, DowngradeResult } from './types';

const HOUR = 3_600_000;

/** Finds a scheme in a pack, or throws `NOT_FOUND` naming the schemes it has. */
export function schemeOf(pack: PolicyPack, schemeId: string): RiskScheme {
  const scheme = pack.rules.riskSchemes.find((item) => item.id === schemeId);
  if (!scheme) {
    throw new FangkongError(
      'NOT_FOUND',
      `Pack "${pack.id}" has no risk scheme "${schemeId}"; it has: ${
        pack.rules.riskSchemes.map((item) => item.id).join(', ') || '(none)'
      }`,
      { details: { packId: pack.id, schemeId } },
    );
  }
  return scheme;
}

function pickRule(scheme: RiskScheme, area: AreaHistory): number {
  let generic = -1;
  for (let i = 0; i < scheme.downgrades.length; i++) {
    const rule = scheme.downgrades[i]!;
    if (rule.from !== area.level) continue;
    if (rule.onlyIfEnteredFrom !== undefined) {
      if (rule.onlyIfEnteredFrom === area.enteredFrom) return i;
    } else if (generic === -1) generic = i;
  }
  return generic;
}

/** Relevant case instants, ascending. */
function caseTimes(area: AreaHistory, rule: DowngradeRule): number[] {
  const times: number[] = [];
  if (area.cases) {
    for (const item of area.cases) {
      if (rule.communityCasesOnly && item.community === false) continue;
      times.push(toMillis(item.at, 'case instant'));
    }
  }
  if (area.lastCaseAt !== undefined) times.push(toMillis(area.lastCaseAt, 'lastCaseAt'));
  return times.sort((a, b) => a - b);
}

/**
 * The earliest instant an area can move down one level under a scheme, with the rule that gives
 * it and which constraint won (the day count or the rule's floor). Returns null when no rule of the
 * scheme moves an area down from its level.
 *
 * Days are whole days in China. With the last case on day 0, N days without a new case end at
 * 24:00 of day N; the downgrade takes effect at the rule's hour (usually 00:00) of day N + 1, and
 * never before the rule's `notBefore`.
 *
 * @param pack the pack holding the scheme (for citations)
 * @param schemeId e.g. `riskArea`
 * @param area the area's level and case history
 * @throws FangkongError `NOT_FOUND` (scheme), `INVALID_ARGUMENT` (no case and no `enteredAt` to count from)
 * @example
 * // seed 001: a medium area whose last case was on 2021-11-08, 14-day rule
 * earliestDowngrade(cn2021CommunityRiskAreas, 'riskArea', { level: 'medium', lastCaseAt: '2021-11-08T00:00:00+08:00' })?.at;
 * // → '2021-11-23T00:00:00+08:00'
 * // seed 002: last community case 2020-12-20, Dalian "14+7" with its floor
 * earliestDowngrade(dalian2021Jan, 'riskArea', { level: 'medium', lastCaseAt: '2020-12-20T00:00:00+08:00' });
 * // → { at: '2021-01-16T00:00:00+08:00', byDays: '2021-01-11T00:00:00+08:00', decidedBy: 'floor', … }
 */
export function earliestDowngrade(
  pack: PolicyPack,
  schemeId: string,
  area: AreaHistory,
): DowngradeResult | null {
  const scheme = schemeOf(pack, schemeId);
  const ruleIndex = pickRule(scheme, area);
  if (ruleIndex === -1) return null;
  const rule = scheme.downgrades[ruleIndex]!;
  const base = `rules.riskSchemes[${scheme.id}].downgrades[${ruleIndex}]`;
  const levelName = (id: string) => scheme.levels.find((level) => level.id === id)?.name ?? id;
  const explanation: ExplanationStep[] = [
    explainStep(
      pack,
      'rule',
      `Scheme "${scheme.id}" of pack ${pack.id}: ${rule.from} → ${rule.to} (${levelName(rule.from)} → ${levelName(
        rule.to,
      )}) after ${rule.daysWithoutNewCase} whole days without a new ${rule.communityCasesOnly ? 'community ' : ''}case.`,
      rule.citations,
      base,
    ),
  ];

  const cases = caseTimes(area, rule);
  const enteredMs = area.enteredAt !== undefined ? toMillis(area.enteredAt, 'enteredAt') : null;
  let anchorMs: number;
  let kind: 'lastCase' | 'levelEntered';
  let convention = rule.dayZero;
  if (rule.countFrom === 'levelEntered') {
    if (enteredMs === null) {
      throw new FangkongError(
        'INVALID_ARGUMENT',
        `Rule ${base} counts from the instant the area entered "${rule.from}": give area.enteredAt`,
        { details: { rule: base } },
      );
    }
    anchorMs = enteredMs;
    kind = 'levelEntered';
  } else if (enteredMs !== null && cases.length > 0 && cases[0]! <= enteredMs) {
    // The last case before the area entered its level; later cases are picked up below.
    let prior = cases[0]!;
    for (const time of cases) if (time <= enteredMs) prior = time;
    anchorMs = prior;
    kind = 'lastCase';
  } else if (enteredMs === null && cases.length > 0) {
    anchorMs = cases[0]!;
    kind = 'lastCase';
  } else if (enteredMs !== null) {
    anchorMs = enteredMs;
    kind = 'levelEntered';
    explanation.push(
      explainStep(
        pack,
        'days',
        'No case before the area entered its level was given: the days are counted from that entry.',
        undefined,
        base,
      ),
    );
  } else {
    throw new FangkongError(
      'INVALID_ARGUMENT',
      "earliestDowngrade needs the area's cases (cases or lastCaseAt) or the instant it entered its level (enteredAt)",
      { details: { expected: 'cases, lastCaseAt or enteredAt' } },
    );
  }

  // A case before the count ends restarts it from that case's day; repeat until no case interrupts.
  let byDaysMs = effectiveMillis(anchorMs, rule, convention);
  for (let guard = 0; guard < cases.length + 1; guard++) {
    let interrupting = -1;
    for (const time of cases)
      if (time >= anchorMs && time < byDaysMs && (kind === 'levelEntered' || time > anchorMs))
        interrupting = time;
    if (interrupting === -1 || interrupting === anchorMs) break;
    anchorMs = interrupting;
    if (kind === 'levelEntered') {
      // Counting from a case, its own day is day 0 whatever the rule's convention for entering.
      convention = 'anchorDayIsZero';
      kind = 'lastCase';
    }
    byDaysMs = effectiveMillis(anchorMs, rule, convention);
  }
  const lastDayMs = startOfDayNMillis(anchorMs, rule.daysWithoutNewCase, convention);
  explanation.push(
    explainStep(
      pack,
      'days',
      `Counted from the ${kind === 'lastCase' ? 'last case' : 'entry into the level'} on ${formatChinaDate(anchorMs)} (day ${
        convention === 'anchorDayIsOne' ? 1 : 0
      }): day ${rule.daysWithoutNewCase} is ${formatChinaDate(lastDayMs)}, so the day count allows ${formatChinaMillis(byDaysMs)}.`,
      rule.citations,
      base,
      formatChinaMillis(byDaysMs),
    ),
  );

  let atMs = byDaysMs;
  let decidedBy: 'days' | 'floor' = 'days';
  if (rule.notBefore !== undefined) {
    const floorMs = toMillis(rule.notBefore, 'notBefore');
    if (floorMs > byDaysMs) {
      atMs = floorMs;
      decidedBy = 'floor';
    }
    explanation.push(
      explainStep(
        pack,
        'floor',
        decidedBy === 'floor'
          ? `The rule's floor ${formatChinaMillis(floorMs)} is later than the day count: the floor wins.`
          : `The rule's floor ${formatChinaMillis(floorMs)} is not later than the day count: the day count wins.`,
        rule.citations.length > 1 ? rule.citations.slice(-2) : rule.citations,
        `${base}.notBefore`,
        formatChinaMillis(floorMs),
      ),
    );
  }

  const pendingConditions: string[] = [];
  let blockedBy: string | undefined;
  if (rule.screening) {
    const fromMs = startOfDayNMillis(anchorMs, rule.screening.fromDay, convention);
    const toMs = startOfDayNMillis(anchorMs, rule.screening.toDay + 1, convention);
    const inWindow = (area.screenings ?? []).filter((item) => {
      const ms = toMillis(item.at, 'screening instant');
      return ms >= fromMs && ms < toMs;
    });
    const window = `days ${rule.screening.fromDay}-${rule.screening.toDay} (${formatChinaDate(fromMs)} to ${formatChinaDate(toMs - 1)})`;
    let text: string;
    if (inWindow.some((item) => !item.negative)) {
      blockedBy = `a positive area-wide screening in ${window}`;
      text = `A screening in ${window} was not all negative: this rule does not allow the downgrade.`;
    } else if (inWindow.length > 0) {
      text = `The area-wide screening in ${window} was negative.`;
    } else {
      pendingConditions.push(rule.screening.text);
      text = `Also needs a negative area-wide screening in ${window}; no result was given.`;
    }
    explanation.push(explainStep(pack, 'screening', text, rule.citations, `${base}.screening`));
  }

  const at = formatChinaMillis(atMs);
  explanation.push(
    explainStep(
      pack,
      'level',
      blockedBy
        ? `No downgrade by this rule: ${blockedBy}.`
        : `Earliest ${rule.from} → ${rule.to}: ${at}${pendingConditions.length > 0 ? ' (if the pending conditions hold)' : ''}.`,
      rule.citations,
      base,
      at,
    ),
  );
  const result: DowngradeResult = {
    schemeId: scheme.id,
    from: rule.from,
    to: rule.to,
    at,
    ruleIndex,
    countedFrom: formatChinaMillis(anchorMs),
    countedFromKind: kind,
    lastDay: formatChinaDate(lastDayMs),
    byDays: formatChinaMillis(byDaysMs),
    decidedBy,
    pendingConditions,
    explanation,
  };
  if (rule.notBefore !== undefined) result.notBefore = formatChinaMillis(toMillis(rule.notBefore));
  if (blockedBy !== undefined) result.blockedBy = blockedBy;
  return result;
}

function effectiveMillis(
  anchorMs: number,
  rule: DowngradeRule,
  convention: DowngradeRule['dayZero'],
): number {
  return startOfDayNMillis(anchorMs, rule.daysWithoutNewCase + 1, convention) + rule.effectiveHour * HOUR;
}
