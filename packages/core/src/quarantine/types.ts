import type { AnchorKind, DayZeroConvention, ExplanationStep, PhaseKind, PolicyPack } from '../policy/types';
import type { ChinaDate, Instant, InstantInput } from '../time/instant';

/** A nucleic-acid test result of the person under quarantine. */
export interface TestResult {
  at: Instant;
  result: 'negative' | 'positive';
}

/** Something that happened and changes the plan. */
export type QuarantineEvent =
  /** A new positive case found in the same facility: the clock restarts from that day (where the rule says so). */
  | { kind: 'caseInFacility'; at: Instant }
  /** The person was identified (e.g. as a close contact) only at `at`: only the missing days are served. */
  | { kind: 'identified'; at: Instant };

/** What to plan. Give `pack`, or `jurisdiction` (the pack in force at the anchor is used). */
export interface QuarantinePlanInput {
  /** Id of the quarantine category, e.g. `closeContact`. */
  category: string;
  /** The anchor instant: last exposure, arrival, … as the category says. */
  anchor: InstantInput;
  pack?: PolicyPack;
  /** e.g. `CN-LN-DL`; used when `pack` is not given. */
  jurisdiction?: string;
  /** Packs to look in with `jurisdiction` (default: the built-in packs). */
  packs?: readonly PolicyPack[];
  /**
   * With `jurisdiction`: the instant whose rules apply (default: the anchor). Rules are sometimes
   * announced after the anchor for people already in quarantine: Dalian's "14+7" of 2021-01-13
   * counts from closures begun on 2020-12-25.
   */
  rulesAt?: InstantInput;
  tests?: readonly TestResult[];
  events?: readonly QuarantineEvent[];
}

/** A test day of a plan. */
export interface PlannedTest {
  /** Day of the phase (1 = its first day). */
  phaseDay: number;
  /** Day counted from the anchor under the category's convention. */
  day: number;
  date: ChinaDate;
}

/** One phase of a plan, with its instants. */
export interface PlannedPhase {
  kind: PhaseKind;
  label?: string;
  days: number;
  /** First and last day numbers counted from the anchor. */
  firstDay: number;
  lastDay: number;
  /** Start: the anchor for the first phase, else the end of the previous phase. */
  start: Instant;
  /** 24:00 of the last day. */
  end: Instant;
  tests: PlannedTest[];
  /** The phase was over before the person was identified: not served. */
  skipped?: boolean;
  /** The person joined this phase late, at this instant (identified late). */
  servedFrom?: Instant;
}

/** A release condition that is not a date, and whether it is met by the test results given. */
export interface PlanCondition {
  text: string;
  negativeTestsRequired?: number;
  negativeTestsSeen?: number;
  /** `null` when no test result was given. */
  met: boolean | null;
}

/** A quarantine plan: phases, test days, release, and the reasoning. */
export interface QuarantinePlan {
  packId: string;
  category: string;
  categoryName: string;
  anchorKind: AnchorKind;
  dayZero: DayZeroConvention;
  /** The anchor given. */
  anchor: Instant;
  /** What the days are counted from after restarts (equals `anchor` without one). */
  countedFrom: Instant;
  phases: PlannedPhase[];
  /** 00:00 after the last day; equals the anchor when no quarantine is required. */
  release: Instant;
  conditions: PlanCondition[];
  /** `notRequired` (the pack abolished quarantine), `positive` (a positive test), `awaitingTests`, `scheduled`. */
  outcome: 'scheduled' | 'awaitingTests' | 'positive' | 'notRequired';
  explanation: ExplanationStep[];
}

/** Where a person stands in a plan at an instant. */
export interface QuarantineStatus {
  state: 'beforeAnchor' | 'inQuarantine' | 'released';
  /** Day counted from the plan's `countedFrom`, under its convention. */
  day: number;
  phaseIndex: number | null;
  phaseKind: PhaseKind | null;
  /** Day of the current phase (1 = its first day). */
  dayOfPhase: number | null;
  /** Whole days after today until release (0 on the last day). */
  daysLeft: number;
  /** A test is scheduled on the day of `at`. */
  testToday: boolean;
  release: Instant;
}
