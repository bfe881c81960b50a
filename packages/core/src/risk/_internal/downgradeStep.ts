import { HOUR } from '../../time/_internal/chinaDays';
import { FangkongError } from '../../errors';
import { explainStep } from '../../policy/_internal/explain';
import { toMillis } from '../../time/_internal/toMillis';
import type { DowngradeRule, ExplanationStep, PolicyPack, RiskScheme } from '../../policy/types';
import { startOfDayNMillis } from '../../time/dayCount';
import { chinaDateOf, toChinaInstant } from '../../time/instant';
import type { AreaHistory, DowngradeStep } from '../types';

function pickRule(scheme: RiskScheme, area: AreaHistory): number {
  let generic = -1;
  for (let i = 0; i < scheme.downgrades.length; i++) {
    const rule = scheme.downgrades[i]!;
    if (rule.fromLevel !== area.level) continue;
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
    for (let i = 0; i < area.cases.length; i++) {
      const item = area.cases[i]!;
      if (rule.communityCasesOnly && item.community === false) continue;
      times.push(toMillis(item.at, `area.cases[${i}].at`));
    }
  }
  if (area.lastCaseAt !== undefined) times.push(toMillis(area.lastCaseAt, 'area.lastCaseAt'));
  return times.sort((a, b) => a - b);
}

/** How the days of a step are counted: from which instant, of which kind, with which day 0. */
interface CountAnchor {
  anchorMs: number;
  kind: 'lastCase' | 'levelEntered';
  convention: DowngradeRule['dayZero'];
}

/** Where the rules of one step are, and the explanation its parts add to. */
interface StepContext {
  pack: PolicyPack;
  rule: DowngradeRule;
  /** The rule's path inside the pack, e.g. `rules.riskSchemes[national].downgrades[1]`. */
  base: string;
  explanation: ExplanationStep[];
}

/**
 * One step down from the area's level, or null when no rule of the scheme moves it down.
 * The area is checked by the caller.
 */
export function downgradeStep(pack: PolicyPack, scheme: RiskScheme, area: AreaHistory): DowngradeStep | null {
  const ruleIndex = pickRule(scheme, area);
  if (ruleIndex === -1) return null;
  const rule = scheme.downgrades[ruleIndex]!;
  const context: StepContext = {
    pack,
    rule,
    base: `rules.riskSchemes[${scheme.id}].downgrades[${ruleIndex}]`,
    explanation: [],
  };
  explainRule(context, scheme, area);
  const anchor = countAnchor(context, area);
  const { byDaysMs, lastDayMs } = dayCount(context, anchor);
  const { atMs, decidedBy } = applyFloor(context, byDaysMs);
  const { blockedBy, pendingConditions } = screening(context, area, anchor);

  const at = toChinaInstant(atMs);
  context.explanation.push(
    explainStep(
      pack,
      'level',
      blockedBy
        ? `No downgrade by this rule: ${blockedBy}.`
        : `Earliest ${rule.fromLevel} → ${rule.toLevel}: ${at}${pendingConditions.length > 0 ? ' (if the pending conditions hold)' : ''}.`,
      rule.citations,
      context.base,
      at,
    ),
  );
  const result: DowngradeStep = {
    scheme: scheme.id,
    fromLevel: rule.fromLevel,
    toLevel: rule.toLevel,
    at,
    ruleIndex,
    countedFrom: toChinaInstant(anchor.anchorMs),
    countedFromKind: anchor.kind,
    lastDay: chinaDateOf(lastDayMs),
    byDays: toChinaInstant(byDaysMs),
    decidedBy,
    pendingConditions,
    explanation: context.explanation,
  };
  if (rule.notBefore !== undefined) result.notBefore = toChinaInstant(toMillis(rule.notBefore));
  if (blockedBy !== undefined) result.blockedBy = blockedBy;
  return result;
}

/** The rule applied, and a note when an area put at its level directly may follow another rule. */
function explainRule(
  { pack, rule, base, explanation }: StepContext,
  scheme: RiskScheme,
  area: AreaHistory,
): void {
  const levelName = (id: string) => scheme.levels.find((level) => level.id === id)?.name ?? id;
  explanation.push(
    explainStep(
      pack,
      'rule',
      `Scheme "${scheme.id}" of pack ${pack.id}: ${rule.fromLevel} → ${rule.toLevel} (${levelName(rule.fromLevel)} → ${levelName(
        rule.toLevel,
      )}) after ${rule.daysWithoutNewCase} whole days without a new ${rule.communityCasesOnly ? 'community ' : ''}case.`,
      rule.citations,
      base,
    ),
  );
  if (area.enteredFrom !== undefined) return;
  const chained = scheme.downgrades.find(
    (other) => other.fromLevel === area.level && other.onlyIfEnteredFrom !== undefined,
  );
  if (chained === undefined) return;
  explanation.push(
    explainStep(
      pack,
      'rule',
      `The area is taken as put at "${area.level}" directly: an area that came down from "${chained.onlyIfEnteredFrom}" follows another rule (give area.enteredFrom, or ask from its higher level for the whole chain).`,
      chained.citations,
      base,
    ),
  );
}

/**
 * The instant the days count from: the LAST case (every earlier case is followed by it, so only it
 * decides the count), or the instant the area entered its level when the rule says so or no case
 * is given.
 */
function countAnchor({ pack, rule, base, explanation }: StepContext, area: AreaHistory): CountAnchor {
  const cases = caseTimes(area, rule);
  const lastCaseMs = cases.length > 0 ? cases[cases.length - 1]! : null;
  const enteredMs = area.enteredAt !== undefined ? toMillis(area.enteredAt, 'area.enteredAt') : null;
  if (rule.countFrom === 'levelEntered') {
    if (enteredMs === null) {
      throw new FangkongError(
        'INVALID_ARGUMENT',
        `area.enteredAt: rule ${base} counts from the instant the area entered "${rule.fromLevel}"; expected area.enteredAt`,
        {
          details: { path: 'area.enteredAt', expected: 'the instant the area entered its level', rule: base },
        },
      );
    }
    // A case after the area entered its level restarts the count from that case's day, which is
    // day 0 whatever the rule's convention for entering.
    if (lastCaseMs !== null && lastCaseMs >= enteredMs)
      return { anchorMs: lastCaseMs, kind: 'lastCase', convention: 'anchorDayIsZero' };
    return { anchorMs: enteredMs, kind: 'levelEntered', convention: rule.dayZero };
  }
  if (lastCaseMs !== null) return { anchorMs: lastCaseMs, kind: 'lastCase', convention: rule.dayZero };
  if (enteredMs !== null) {
    explanation.push(
      explainStep(
        pack,
        'days',
        'No case was given: the days are counted from the instant the area entered its level.',
        undefined,
        base,
      ),
    );
    return { anchorMs: enteredMs, kind: 'levelEntered', convention: rule.dayZero };
  }
  throw new FangkongError(
    'INVALID_ARGUMENT',
    "area: earliestDowngrade needs the area's cases (area.cases or area.lastCaseAt) or the instant it entered its level (area.enteredAt)",
    { details: { path: 'area', expected: 'area.cases, area.lastCaseAt or area.enteredAt' } },
  );
}

/** The instant the day count alone allows, and the last day of the count. */
function dayCount(
  { pack, rule, base, explanation }: StepContext,
  { anchorMs, kind, convention }: CountAnchor,
): { byDaysMs: number; lastDayMs: number } {
  const byDaysMs = effectiveMillis(anchorMs, rule, convention);
  const lastDayMs = startOfDayNMillis(anchorMs, rule.daysWithoutNewCase, convention);
  explanation.push(
    explainStep(
      pack,
      'days',
      `Counted from the ${kind === 'lastCase' ? 'last case' : 'entry into the level'} on ${chinaDateOf(anchorMs)} (day ${
        convention === 'anchorDayIsOne' ? 1 : 0
      }): day ${rule.daysWithoutNewCase} is ${chinaDateOf(lastDayMs)}, so the day count allows ${toChinaInstant(byDaysMs)}.`,
      rule.citations,
      base,
      toChinaInstant(byDaysMs),
    ),
  );
  return { byDaysMs, lastDayMs };
}

/** The later of the day count and the rule's floor (`notBefore`), and which one decided. */
function applyFloor(
  { pack, rule, base, explanation }: StepContext,
  byDaysMs: number,
): { atMs: number; decidedBy: 'days' | 'floor' } {
  if (rule.notBefore === undefined) return { atMs: byDaysMs, decidedBy: 'days' };
  const floorMs = toMillis(rule.notBefore, 'rule.notBefore');
  const floorWins = floorMs > byDaysMs;
  explanation.push(
    explainStep(
      pack,
      'floor',
      floorWins
        ? `The rule's floor ${toChinaInstant(floorMs)} is later than the day count: the floor wins.`
        : `The rule's floor ${toChinaInstant(floorMs)} is not later than the day count: the day count wins.`,
      rule.citations.length > 1 ? rule.citations.slice(-2) : rule.citations,
      `${base}.notBefore`,
      toChinaInstant(floorMs),
    ),
  );
  return floorWins ? { atMs: floorMs, decidedBy: 'floor' } : { atMs: byDaysMs, decidedBy: 'days' };
}

/**
 * The rule's area-wide screening: a positive result in its window blocks the step; no result
 * leaves it as a pending condition.
 */
function screening(
  { pack, rule, base, explanation }: StepContext,
  area: AreaHistory,
  { anchorMs, convention }: CountAnchor,
): { blockedBy: string | undefined; pendingConditions: string[] } {
  const pendingConditions: string[] = [];
  if (!rule.screening) return { blockedBy: undefined, pendingConditions };
  const fromMs = startOfDayNMillis(anchorMs, rule.screening.fromDay, convention);
  const toMs = startOfDayNMillis(anchorMs, rule.screening.toDay + 1, convention);
  const inWindow = (area.screenings ?? []).filter((item) => {
    const ms = toMillis(item.at, 'area.screenings[].at');
    return ms >= fromMs && ms < toMs;
  });
  const window = `days ${rule.screening.fromDay}-${rule.screening.toDay} (${chinaDateOf(fromMs)} to ${chinaDateOf(toMs - 1)})`;
  let blockedBy: string | undefined;
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
  return { blockedBy, pendingConditions };
}

function effectiveMillis(
  anchorMs: number,
  rule: DowngradeRule,
  convention: DowngradeRule['dayZero'],
): number {
  return startOfDayNMillis(anchorMs, rule.daysWithoutNewCase + 1, convention) + rule.effectiveHour * HOUR;
}
