import type { ExplanationStep } from '../policy/types';
import type { ChinaDate, Instant } from '../time/instant';
import type { Span } from '../types';

/** A positive case in an area. */
export interface CaseRecord {
  at: Instant;
  /** How many cases (default 1). */
  count?: number;
  /** Part of a cluster (聚集性疫情). */
  cluster?: boolean;
  /** Found in the community (default true); false for cases found among people already under control. */
  community?: boolean;
}

/** An area-wide screening round. */
export interface ScreeningResult {
  at: Instant;
  negative: boolean;
}

/** What is known of one area: its level, how it got there, and its cases. */
export interface AreaHistory {
  /** The level the area was put at (ignored by classified schemes). */
  level: string;
  /** When it entered `level`. */
  enteredAt?: Instant;
  /** The level it came down from, if it was downgraded into `level`. */
  enteredFrom?: string;
  /** The last case, when the full case list is not given. */
  lastCaseAt?: Instant;
  cases?: readonly CaseRecord[];
  screenings?: readonly ScreeningResult[];
}

/** The earliest instant an area can move down one level, and why. */
export interface DowngradeResult {
  schemeId: string;
  from: string;
  to: string;
  /** The instant the downgrade can take effect. */
  at: Instant;
  /** Index of the rule in the scheme's `downgrades`. */
  ruleIndex: number;
  /** What the days were counted from. */
  countedFrom: Instant;
  countedFromKind: 'lastCase' | 'levelEntered';
  /** The last whole day of the count. */
  lastDay: ChinaDate;
  /** The instant the day count alone gives. */
  byDays: Instant;
  /** The rule's floor, when it has one. */
  notBefore?: Instant;
  /** Which constraint set `at`: the day count or the floor. */
  decidedBy: 'days' | 'floor';
  /** Conditions not yet known to hold (e.g. a screening with no result given). */
  pendingConditions: string[];
  /** Set when a condition failed (e.g. a positive screening): the downgrade does not happen by this rule. */
  blockedBy?: string;
  explanation: ExplanationStep[];
}

/** The level of an area at an instant, with the reasoning. */
export interface RiskLevelResult {
  schemeId: string;
  level: string;
  levelName: string;
  /** Since when (null when it follows from classification at the instant). */
  since: Instant | null;
  /** The next possible downgrade after the instant, if a rule gives one. */
  next: DowngradeResult | null;
  explanation: ExplanationStep[];
}

/**
 * One change of an area's level, as the risk timeline takes it. The lead adapts the extraction's
 * RiskChange / Unsealing records to this shape.
 */
export interface RiskEvent {
  /** The area's name as written (normalised by the caller). */
  area: string;
  /** Official division code; when present it identifies the area instead of the name. */
  code?: string;
  /** Scheme the levels belong to; default `riskArea` for risk changes, `closedManagement` for (un)sealing. */
  scheme?: string;
  kind: 'riskChange' | 'unsealing' | 'sealing';
  /** The level from `effectiveAt` on (e.g. `low`; `open` for an unsealing, `sealed` for a sealing). */
  toLevel: string;
  /** The level the record says the area had before, when it says. */
  fromLevel?: string;
  effectiveAt: Instant;
  source?: { documentId?: string; span?: Span };
}

/** A problem found among the events of a timeline. */
export interface RiskContradiction {
  kind: 'conflictingLevels' | 'fromLevelMismatch';
  area: string;
  scheme: string;
  at: Instant;
  message: string;
  events: RiskEvent[];
}

/** One stretch of an area's history: a level from an instant until the next change. */
export interface RiskPeriod {
  level: string;
  from: Instant;
  until: Instant | null;
  event: RiskEvent;
}
