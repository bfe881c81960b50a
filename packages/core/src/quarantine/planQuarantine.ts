import { DAY, FIXED_OFFSET_FROM } from '../time/_internal/chinaDays';
import { arrayOf, isString, objectOf, oneOf, optional } from '../_internal/args';
import { isInstant } from '../time/_internal/isInstant';
import { isPackLike } from '../policy/_internal/isPackLike';
import { FangkongError } from '../errors';
import { explainStep } from '../policy/_internal/explain';
import { canonicalInstant } from '../policy/_internal/canonicalInstant';
import { toMillis } from '../time/_internal/toMillis';
import { findQuarantineCategory } from '../policy/policyPackInForce';
import type { ExplanationStep, PolicyPack, QuarantineCategory } from '../policy/types';
import { startOfDayNMillis } from '../time/dayCount';
import { firstDayNumber } from '../time/_internal/dayZero';
import { startOfChinaDay, chinaDateOf, toChinaInstant } from '../time/instant';
import { type PlanWording, copyStep, makeStep, planWording } from './_internal/planWording';
import type {
  PlanCondition,
  PlannedPhase,
  PlannedTest,
  QuarantineEvent,
  QuarantinePlan,
  QuarantinePlanInput,
  TestResult,
} from './types';

const checkInput = objectOf({
  category: isString,
  anchor: isInstant,
  pack: optional(isPackLike),
  jurisdiction: optional(isString),
  packs: optional(arrayOf(isPackLike)),
  rulesAt: optional(isInstant),
  tests: optional(arrayOf(objectOf({ at: isInstant, result: oneOf(['negative', 'positive']) }))),
  events: optional(arrayOf(objectOf({ kind: oneOf(['caseInFacility', 'identified']), at: isInstant }))),
});

function resolve(input: QuarantinePlanInput): { pack: PolicyPack; category: QuarantineCategory | null } {
  if (input.pack) {
    for (const category of input.pack.rules.quarantine)
      if (category.id === input.category) return { pack: input.pack, category };
    if (input.pack.rules.noQuarantine) return { pack: input.pack, category: null };
    const known = input.pack.rules.quarantine.map((item) => item.id).join(', ') || '(none)';
    throw new FangkongError(
      'NOT_FOUND',
      `input.category: pack "${input.pack.id}" has no quarantine category "${input.category}"; it has: ${known}`,
      {
        details: {
          path: 'input.category',
          expected: `one of ${known}`,
          packId: input.pack.id,
          category: input.category,
        },
      },
    );
  }
  if (input.jurisdiction === undefined) {
    throw new FangkongError(
      'INVALID_ARGUMENT',
      'input: planQuarantine needs either input.pack or input.jurisdiction',
      {
        details: { path: 'input', expected: 'input.pack or input.jurisdiction' },
      },
    );
  }
  const found = findQuarantineCategory(
    input.category,
    input.rulesAt ?? input.anchor,
    input.jurisdiction,
    input.packs,
  );
  return found;
}

/**
 * Plans a quarantine: its phases with instants, test days, release instant, the conditions of
 * release, and each step of the computation with the wording it rests on.
 *
 * Days are whole days in China: under `anchorDayIsZero` the anchor's day is day 0, a phase of N
 * days ends at 24:00 of its last day and release is 00:00 of the next day.
 *
 * Packs are read as immutable: the wording of the explanation is prepared once per pack and
 * category, and each plan fills in only its dates. Change a pack by building a new object.
 *
 * @param input category, anchor, and `pack` or `jurisdiction`; optionally test results and events
 * @returns the plan (never throws for late or odd events: they are explained)
 * @throws FangkongError `NOT_FOUND` (no such category), `NO_POLICY_IN_FORCE`, `INVALID_ARGUMENT` (bad instant)
 * @example
 * const plan = planQuarantine({ jurisdiction: 'CN', category: 'closeContact', anchor: '2021-06-01T15:00:00+08:00' });
 * plan.packId; // → 'cn-p8-2021-05'
 * plan.phases.map((phase) => [phase.kind, phase.end]);
 * // → [['centralized', '2021-06-16T00:00:00+08:00'], ['homeMonitoring', '2021-06-23T00:00:00+08:00']]
 * plan.phases[0].tests.map((test) => test.date); // → ['2021-06-02', '2021-06-05', '2021-06-08', '2021-06-15']
 * plan.release; // → '2021-06-23T00:00:00+08:00'
 */
export function planQuarantine(input: QuarantinePlanInput): QuarantinePlan {
  checkInput(input, 'input');
  const anchorMs = toMillis(input.anchor, 'input.anchor');
  const anchor = canonicalInstant(input.anchor, anchorMs);
  const { pack, category } = resolve(input);
  if (category === null) return notRequired(input, pack, anchor);

  const wording = planWording(pack, category);
  const explanation: ExplanationStep[] = [
    copyStep(wording.ruleStep),
    makeStep(
      wording.packId,
      'anchor',
      wording.anchorHead + chinaDateOf(anchorMs) + wording.anchorTail,
      wording.cite,
      wording.anchorRule,
      anchor,
    ),
  ];
  const events = sortedEvents(input.events);
  const countedFromMs = restartedCount(events, category, wording, anchorMs, explanation);
  const countedFrom = countedFromMs === anchorMs ? anchor : toChinaInstant(countedFromMs);
  const { phases, phaseEnds, releaseMs } = plannedPhases(
    category,
    wording,
    countedFromMs,
    countedFrom,
    explanation,
  );
  const release = phases.at(-1)?.end ?? countedFrom;
  explanation.push(
    makeStep(wording.packId, 'release', wording.releaseText, wording.cite, wording.releaseRule, release),
  );
  const identified = events.find((event) => event.kind === 'identified');
  if (identified)
    applyIdentification(identified, category, wording, countedFromMs, phases, phaseEnds, explanation);
  const { conditions, outcome } = checkTests(
    input.tests,
    category,
    wording,
    countedFromMs,
    releaseMs,
    explanation,
  );
  return {
    packId: pack.id,
    category: category.id,
    categoryName: category.name,
    anchorKind: category.anchor,
    dayZero: category.dayZero,
    anchor,
    countedFrom,
    phases,
    release,
    conditions,
    outcome,
    explanation,
  };
}

/**
 * The instant the plan counts from: the anchor, or the last case in the facility during the
 * centralized phase when the rule restarts the clock on one. Each event is explained.
 */
function restartedCount(
  events: readonly QuarantineEvent[],
  category: QuarantineCategory,
  wording: PlanWording,
  anchorMs: number,
  explanation: ExplanationStep[],
): number {
  let countedFromMs = anchorMs;
  for (const event of events) {
    if (event.kind !== 'caseInFacility') continue;
    const eventMs = toMillis(event.at, 'input.events[].at');
    const at = toChinaInstant(eventMs);
    const window = centralizedWindow(category, countedFromMs);
    if (eventMs < countedFromMs || window === null || eventMs >= window.end || eventMs < window.start) {
      const text = `A case in the facility on ${at} is outside the centralized phase: it changes nothing.`;
      explanation.push(makeStep(wording.packId, 'event', text, null, wording.base, at));
    } else if (!category.restartOnCaseInFacility) {
      const text = `A case in the facility on ${at}: this rule does not say the clock restarts, so the plan is unchanged.`;
      explanation.push(makeStep(wording.packId, 'event', text, null, wording.base, at));
    } else {
      countedFromMs = eventMs;
      const text = `${wording.restartHead}${chinaDateOf(eventMs)}: the whole plan restarts with that day as day ${firstDayNumber(category.dayZero)}.`;
      explanation.push(
        makeStep(wording.packId, 'restart', text, wording.restartCite, wording.restartRule, at),
      );
    }
  }
  return countedFromMs;
}

/** The phases one after the other from `countedFromMs`, each with its test days, explained. */
function plannedPhases(
  category: QuarantineCategory,
  wording: PlanWording,
  countedFromMs: number,
  countedFrom: string,
  explanation: ExplanationStep[],
): { phases: PlannedPhase[]; phaseEnds: number[]; releaseMs: number } {
  const convention = category.dayZero;
  const dayStart = startOfChinaDay(countedFromMs);
  const phases: PlannedPhase[] = [];
  const phaseEnds: number[] = [];
  let offset = 0;
  let startMs = countedFromMs;
  let start = countedFrom;
  for (let i = 0; i < category.phases.length; i++) {
    const rule = category.phases[i]!;
    const phaseWording = wording.phases[i]!;
    const lastDay = offset + rule.days;
    const endMs = dayMillis(dayStart, lastDay + 1, convention);
    const tests: PlannedTest[] = [];
    let testDates = '';
    for (const phaseDay of rule.testDays) {
      const date = chinaDateOf(dayMillis(dayStart, offset + phaseDay, convention));
      tests.push({ phaseDay, day: offset + phaseDay, date });
      testDates = testDates === '' ? date : `${testDates}, ${date}`;
    }
    const phase: PlannedPhase = {
      kind: rule.kind,
      days: rule.days,
      firstDay: offset + 1,
      lastDay,
      start,
      end: toChinaInstant(endMs),
      tests,
    };
    if (rule.label !== undefined) phase.label = rule.label;
    phases.push(phase);
    phaseEnds.push(endMs);
    const dates = `${phaseWording.head}${chinaDateOf(dayMillis(dayStart, offset + 1, convention))} to ${chinaDateOf(
      dayMillis(dayStart, lastDay, convention),
    )}${phaseWording.tail}`;
    explanation.push(
      makeStep(
        wording.packId,
        'phase',
        phaseWording.hasTests ? `${dates}${testDates}).` : dates,
        phaseWording.cite,
        phaseWording.rule,
        phase.end,
      ),
    );
    offset = lastDay;
    startMs = endMs;
    start = phase.end;
  }
  return { phases, phaseEnds, releaseMs: startMs };
}

/** 00:00 (China) of day `n` counted from the day starting at `dayStart`. */
function dayMillis(dayStart: number, n: number, convention: QuarantineCategory['dayZero']): number {
  if (dayStart >= FIXED_OFFSET_FROM) return dayStart + (n - (convention === 'anchorDayIsOne' ? 1 : 0)) * DAY;
  return startOfDayNMillis(dayStart, n, convention);
}

function notRequired(input: QuarantinePlanInput, pack: PolicyPack, anchor: string): QuarantinePlan {
  return {
    packId: pack.id,
    category: input.category,
    categoryName: input.category,
    anchorKind: 'lastExposure',
    dayZero: 'anchorDayIsZero',
    anchor,
    countedFrom: anchor,
    phases: [],
    release: anchor,
    conditions: [],
    outcome: 'notRequired',
    explanation: [
      explainStep(
        pack,
        'rule',
        `Pack ${pack.id} abolished quarantine: no phase, release at the anchor.`,
        pack.citations.length > 0 ? [pack.citations[0]!.id] : undefined,
        'rules.noQuarantine',
        anchor,
      ),
    ],
  };
}

function sortedEvents(events: readonly QuarantineEvent[] | undefined): QuarantineEvent[] {
  if (!events || events.length === 0) return [];
  return events
    .map((event) => ({ event, ms: toMillis(event.at, 'input.events[].at') }))
    .sort((a, b) => a.ms - b.ms)
    .map((item) => item.event);
}

/** [start, end) of the leading run of centralized phases when counting from `fromMs`, or null. */
function centralizedWindow(
  category: QuarantineCategory,
  fromMs: number,
): { start: number; end: number } | null {
  let offset = 0;
  let start: number | null = null;
  let end: number | null = null;
  for (const phase of category.phases) {
    const phaseStart = offset === 0 ? fromMs : startOfDayNMillis(fromMs, offset + 1, category.dayZero);
    offset += phase.days;
    if (phase.kind === 'centralized') {
      if (start === null) start = phaseStart;
      end = startOfDayNMillis(fromMs, offset + 1, category.dayZero);
    } else if (start !== null) break;
  }
  return start === null || end === null ? null : { start, end };
}

function applyIdentification(
  event: QuarantineEvent,
  category: QuarantineCategory,
  wording: PlanWording,
  countedFromMs: number,
  phases: PlannedPhase[],
  phaseEnds: number[],
  explanation: ExplanationStep[],
): void {
  const atMs = toMillis(event.at, 'input.events[].at');
  const at = toChinaInstant(atMs);
  if (atMs <= countedFromMs) return;
  if (!category.topUpWhenIdentifiedLate) {
    explanation.push(
      makeStep(
        wording.packId,
        'identified',
        `Identified on ${chinaDateOf(atMs)}: this rule does not say how late identification counts, so the plan is unchanged.`,
        null,
        wording.base,
        at,
      ),
    );
    return;
  }
  let current = -1;
  for (let i = 0; i < phases.length; i++) {
    if (phaseEnds[i]! <= atMs) phases[i]!.skipped = true;
    else if (current === -1) {
      current = i;
      phases[i]!.servedFrom = at;
    }
  }
  explanation.push(
    makeStep(
      wording.packId,
      'identified',
      current === -1
        ? `Identified on ${chinaDateOf(atMs)}, after the whole period had passed: nothing is left to serve.`
        : `Identified on ${chinaDateOf(atMs)}: only the missing days are served, from phase ${current + 1}; the release instant does not move.`,
      wording.identifiedCite,
      wording.identifiedRule,
      at,
    ),
  );
}

function checkTests(
  tests: readonly TestResult[] | undefined,
  category: QuarantineCategory,
  wording: PlanWording,
  fromMs: number,
  releaseMs: number,
  explanation: ExplanationStep[],
): { conditions: PlanCondition[]; outcome: QuarantinePlan['outcome'] } {
  let negatives = 0;
  let positiveAt: number | null = null;
  for (const test of tests ?? []) {
    const ms = toMillis(test.at, 'input.tests[].at');
    if (ms < fromMs || ms > releaseMs) continue;
    if (test.result === 'positive') positiveAt = positiveAt === null ? ms : Math.min(positiveAt, ms);
    else negatives++;
  }
  const conditions: PlanCondition[] = [];
  let outcome: QuarantinePlan['outcome'] = 'scheduled';
  const release = category.release;
  if (release) {
    const condition: PlanCondition = { text: release.text, met: null };
    if (release.negativeTests !== undefined) {
      condition.negativeTestsRequired = release.negativeTests;
      if (tests && tests.length > 0) {
        condition.negativeTestsSeen = negatives;
        condition.met = negatives >= release.negativeTests;
        if (!condition.met) outcome = 'awaitingTests';
      }
    }
    conditions.push(condition);
    explanation.push(
      makeStep(
        wording.packId,
        'condition',
        release.negativeTests !== undefined
          ? `Release also needs ${release.negativeTests} negative test${release.negativeTests > 1 ? 's' : ''}${
              condition.met === null ? ' (no result given)' : `: ${negatives} seen`
            }.`
          : `Release also needs: ${release.text}.`,
        wording.conditionCite,
        wording.conditionRule,
      ),
    );
  }
  if (positiveAt !== null) {
    outcome = 'positive';
    explanation.push(
      makeStep(
        wording.packId,
        'tests',
        `A positive test on ${toChinaInstant(positiveAt)}: the person is now handled as a case, not released by this plan.`,
        null,
        wording.base,
        toChinaInstant(positiveAt),
      ),
    );
  }
  return { conditions, outcome };
}
