import type { RiskLevelId, RiskSchemeId } from './riskLevels';
import type { ExplanationStep, PolicyPack } from '../policy/types';
import type { ChinaDate, Instant, InstantInput } from '../time/instant';
import type { Span } from '../types';

/** A positive case in an area. */
export interface CaseRecord {
  at: InstantInput;
  /** How many cases (default 1). */
  count?: number;
  /** Part of a cluster (聚集性疫情). */
  cluster?: boolean;
  /** Found in the community (default true); false for cases found among people already under control. */
  community?: boolean;
}

/** An area-wide screening round. */
export interface ScreeningResult {
  at: InstantInput;
  negative: boolean;
}

/** What is known of one area: its level, how it got there, and its cases. */
export interface AreaHistory {
  /** The level the area was put at (ignored by classified schemes). */
  level: RiskLevelId;
  /** When it entered `level`. */
  enteredAt?: InstantInput;
  /** The level it came down from, if it was downgraded into `level`. */
  enteredFrom?: RiskLevelId;
  /** The last case, when the full case list is not given. */
  lastCaseAt?: InstantInput;
  cases?: readonly CaseRecord[];
  screenings?: readonly ScreeningResult[];
}

/**
 * Where the risk rules come from and which area is asked about: the argument of
 * `earliestDowngrade` and `riskLevelAt`. Give `pack`, or `jurisdiction` (as `planQuarantine`).
 */
export interface RiskQuery {
  /** The pack whose rules apply. */
  pack?: PolicyPack;
  /** Or: a place (`CN-LN-DL`, `大连市`, `Dalian`, `210200`) whose packs in force are used. */
  jurisdiction?: string;
  /** With `jurisdiction`: the packs to look in (default: the built-in packs). */
  packs?: readonly PolicyPack[];
  /** With `jurisdiction`: the instant whose rules apply (default: the last case, else `area.enteredAt`). */
  rulesAt?: InstantInput;
  /** The scheme (default: the scheme of `area.level`: `medium` → `riskArea`, `low3` → `liaoningFiveTier`). */
  scheme?: RiskSchemeId;
  area: AreaHistory;
}

/** One step down: the earliest instant an area can move down one level, and why. */
export interface DowngradeStep {
  scheme: RiskSchemeId;
  fromLevel: RiskLevelId;
  toLevel: RiskLevelId;
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

/** Every step down from an area's level to the lowest level of its scheme, each with its reason. */
export interface DowngradeChain {
  /** The pack whose rules gave the chain. */
  packId: string;
  scheme: RiskSchemeId;
  /** The level the area starts at. */
  fromLevel: RiskLevelId;
  /** The scheme's lowest level. */
  lowestLevel: RiskLevelId;
  /** The steps in order: the first is the earliest downgrade, the last reaches `lowestLevel` unless the chain stops. */
  steps: DowngradeStep[];
  /** When the area reaches the lowest level (if every step's pending conditions hold); null when it does not by these rules. */
  lowestAt: Instant | null;
  /** Why the chain stops before the lowest level (a failed condition, no rule from a level). */
  stoppedBy?: string;
}

/** The level of an area at an instant, with the reasoning. */
export interface LevelAtResult {
  packId: string;
  scheme: RiskSchemeId;
  level: RiskLevelId;
  levelName: string;
  /** Since when (null when it follows from classification at the instant). */
  since: Instant | null;
  /** The next possible downgrade after the instant, if a rule gives one. */
  next: DowngradeStep | null;
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
  scheme?: RiskSchemeId;
  kind: 'riskChange' | 'unsealing' | 'sealing';
  /** The level from `effectiveAt` on (e.g. `low`; `open` for an unsealing, `sealed` for a sealing). */
  toLevel: RiskLevelId;
  /** The level the record says the area had before, when it says. */
  fromLevel?: RiskLevelId;
  effectiveAt: Instant;
  source?: { documentId?: string; span?: Span };
}

/** A problem found among the events of a timeline. */
export interface RiskContradiction {
  kind: 'conflictingLevels' | 'fromLevelMismatch';
  area: string;
  scheme: RiskSchemeId;
  at: Instant;
  message: string;
  events: RiskEvent[];
}

/** One stretch of an area's history: a level from an instant until the next change. */
export interface RiskPeriod {
  level: RiskLevelId;
  from: Instant;
  until: Instant | null;
  event: RiskEvent;
}
