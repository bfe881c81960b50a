import type { ExplanationStep, PolicyPack, QuarantineCategory } from '../../policy/types';
import type { Instant } from '../../time/instant';

/**
 * The wording of a plan's explanation, prepared once per (pack, category): every part that does not
 * depend on the anchor, the events or the tests is a ready string, and each call only fills in the
 * dates. Packs are read as immutable data (as everywhere in fangkong): a pack or category changed in
 * place after it was first planned with keeps its first wording, so build a new object instead.
 */

/** The citation a step rests on, resolved once. */
interface Cite {
  citationId: string;
  document: string;
  quote: string;
}

const PHASE_NAMES: Record<string, string> = {
  centralized: 'centralized quarantine',
  homeQuarantine: 'home quarantine',
  homeMonitoring: 'home health monitoring',
  dailyMonitoring: 'daily health monitoring',
};

const ANCHOR_NAMES: Record<string, string> = {
  lastExposure: 'last exposure',
  arrival: 'arrival',
  leftRiskArea: 'leaving the risk area',
  enteredFacility: 'start of the quarantine',
  discharge: 'discharge',
  positiveTest: 'the positive test',
};

interface PhaseWording {
  /** `Phase 1: 14 days centralized quarantine, days 1-14 (` */
  head: string;
  /** `), ending at 24:00 of day 14; tests on days 1, 4 of the phase (` or `…; the rule names no test days.` */
  tail: string;
  hasTests: boolean;
  rule: string;
  cite: Cite | null;
}

export interface PlanWording {
  packId: string;
  base: string;
  /** The `rule` step, complete: copied into each plan. */
  ruleStep: ExplanationStep;
  /** `Days are counted from the last exposure on ` */
  anchorHead: string;
  /** `, which is day 0 (day 1 is the next day).` */
  anchorTail: string;
  anchorRule: string;
  cite: Cite | null;
  restartHead: string;
  restartRule: string;
  restartCite: Cite | null;
  identifiedRule: string;
  identifiedCite: Cite | null;
  phases: PhaseWording[];
  releaseText: string;
  releaseRule: string;
  conditionRule: string;
  conditionCite: Cite | null;
}

function findCite(pack: PolicyPack, ids: readonly string[] | undefined): Cite | null {
  const id = ids?.[0];
  if (id === undefined) return null;
  for (const citation of pack.citations) {
    if (citation.id === id)
      return { citationId: citation.id, document: citation.document, quote: citation.quote };
  }
  return null;
}

/**
 * One explanation step; the same keys in the same order as `explainStep` of the policy folder.
 */
export function makeStep(
  packId: string,
  step: string,
  text: string,
  cite: Cite | null,
  rule?: string,
  instant?: Instant,
): ExplanationStep {
  const result: ExplanationStep = { step, packId, text };
  if (instant !== undefined) result.instant = instant;
  if (rule !== undefined) result.rule = rule;
  if (cite !== null) {
    result.citationId = cite.citationId;
    result.document = cite.document;
    result.quote = cite.quote;
  }
  return result;
}

/** A copy of a ready step (plans never share objects). */
export function copyStep(step: ExplanationStep): ExplanationStep {
  const result: ExplanationStep = { step: step.step, packId: step.packId, text: step.text };
  if (step.instant !== undefined) result.instant = step.instant;
  if (step.rule !== undefined) result.rule = step.rule;
  if (step.citationId !== undefined) result.citationId = step.citationId;
  if (step.document !== undefined) result.document = step.document;
  if (step.quote !== undefined) result.quote = step.quote;
  return result;
}

const cache = new WeakMap<PolicyPack, WeakMap<QuarantineCategory, PlanWording>>();

/** The prepared wording of `category` in `pack`. */
export function planWording(pack: PolicyPack, category: QuarantineCategory): PlanWording {
  let byCategory = cache.get(pack);
  if (byCategory === undefined) {
    byCategory = new WeakMap();
    cache.set(pack, byCategory);
  }
  let wording = byCategory.get(category);
  if (wording === undefined) {
    wording = prepare(pack, category);
    byCategory.set(category, wording);
  }
  return wording;
}

function prepare(pack: PolicyPack, category: QuarantineCategory): PlanWording {
  const base = `rules.quarantine[${category.id}]`;
  const zero = category.dayZero === 'anchorDayIsOne' ? 1 : 0;
  const summary = category.phases.map((phase) => `${phase.days} days ${PHASE_NAMES[phase.kind]}`).join(' + ');
  const cite = findCite(pack, category.citations);
  const phases: PhaseWording[] = [];
  let offset = 0;
  for (let i = 0; i < category.phases.length; i++) {
    const rule = category.phases[i]!;
    const lastDay = offset + rule.days;
    const hasTests = rule.testDays.length > 0;
    phases.push({
      head: `Phase ${i + 1}: ${rule.days} days ${PHASE_NAMES[rule.kind]}, days ${offset + 1}-${lastDay} (`,
      tail: `), ending at 24:00 of day ${lastDay}${
        hasTests
          ? `; tests on days ${rule.testDays.join(', ')} of the phase (`
          : '; the rule names no test days.'
      }`,
      hasTests,
      rule: `${base}.phases[${i}]`,
      cite: findCite(pack, rule.citations),
    });
    offset = lastDay;
  }
  return {
    packId: pack.id,
    base,
    ruleStep: makeStep(
      pack.id,
      'rule',
      `Pack ${pack.id}, category "${category.id}" (${category.name}): ${summary}.`,
      cite,
      base,
    ),
    anchorHead: `Days are counted from the ${ANCHOR_NAMES[category.anchor]} on `,
    anchorTail: `, which is day ${zero}${zero === 0 ? ' (day 1 is the next day)' : ''}.`,
    anchorRule: `${base}.dayZero`,
    cite,
    restartHead: 'A new case in the facility on ',
    restartRule: `${base}.restartOnCaseInFacility`,
    restartCite: findCite(
      pack,
      category.citations.length > 1 ? category.citations.slice(1) : category.citations,
    ),
    identifiedRule: `${base}.topUpWhenIdentifiedLate`,
    identifiedCite: findCite(pack, category.citations.length > 0 ? category.citations.slice(-1) : undefined),
    phases,
    releaseText: `Release at 00:00 of day ${offset + 1}, right after the last day (day ${offset}) ends.`,
    releaseRule: base,
    conditionRule: `${base}.release`,
    conditionCite: category.release ? findCite(pack, category.release.citations) : null,
  };
}
