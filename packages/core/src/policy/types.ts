/**
 * The vocabulary of policy packs as plain TypeScript: what quarantine and risk computations (and the
 * browser widget) use. The zod schemas in `schemas.ts` validate untrusted packs; a test keeps
 * `z.infer<typeof PolicyPackSchema>` and {@link PolicyPack} equal.
 */
import type { RiskLevelId, RiskSchemeId } from '../risk/riskLevels';
import type { DayZeroConvention } from '../time/dayCount';
import type { Instant } from '../time/instant';

export type { DayZeroConvention, RiskLevelId, RiskSchemeId };

/** The kinds of phase a quarantine plan is made of. */
export type PhaseKind =
  /** 集中隔离医学观察: centralized quarantine in a facility. */
  | 'centralized'
  /** 居家隔离医学观察: home quarantine, no going out. */
  | 'homeQuarantine'
  /** 居家健康监测: home health monitoring. */
  | 'homeMonitoring'
  /** 日常健康监测: daily health monitoring. */
  | 'dailyMonitoring';

/** What the days of a quarantine are counted from. */
export type AnchorKind =
  /** 末次暴露: the last unprotected contact with a case (close contacts). */
  | 'lastExposure'
  /** 抵达 / 入境: arrival in the city or the country (inbound travellers). */
  | 'arrival'
  /** 离开风险区: leaving a risk area (travellers from risk areas). */
  | 'leftRiskArea'
  /** 进入隔离点: entering the quarantine facility (or starting home quarantine). */
  | 'enteredFacility'
  /** 出院: discharge from hospital (recovered patients). */
  | 'discharge'
  /** 检测阳性: the positive test of an infected person isolating (2022-12 ten measures). */
  | 'positiveTest';

/** Where a rule comes from: a document, its date and the key wording quoted from it. */
export interface Citation {
  /** Referenced by rules (`citations: ['p8-close-contact']`), unique inside its pack. */
  id: string;
  /** The document's name, e.g. `新型冠状病毒肺炎防控方案（第八版）`. */
  document: string;
  /** Date of the document (`YYYY-MM-DD`), as published. */
  date: string;
  /** The short wording the rule rests on, quoted in the document's language. */
  quote: string;
  /** Where the quote was read (URL or a description of a secondary source). */
  source?: string;
}

/** One typed segment of a quarantine. */
export interface PhaseRule {
  kind: PhaseKind;
  /** Whole days the phase lasts. */
  days: number;
  /** Days of the phase (1 = its first day) with a nucleic-acid test. Empty when the text names none. */
  testDays: number[];
  /** The phase's name in the source, e.g. `集中隔离医学观察`. */
  label?: string;
  /** Ids of the pack's citations this phase rests on. */
  citations: string[];
}

/** A condition of release that is not a date, e.g. "4 negative tests". */
export interface ReleaseCondition {
  /** Negative tests needed before release (counted over the whole plan). */
  negativeTests?: number;
  /** The condition in the source's words. */
  text: string;
  citations: string[];
}

/** The rules for one category of people, e.g. close contacts under the 8th protocol. */
export interface QuarantineCategory {
  /** Stable id, e.g. `closeContact`, `inbound`, `discharged`. */
  id: string;
  /** The category's name in the source, e.g. `密切接触者`. */
  name: string;
  anchor: AnchorKind;
  dayZero: DayZeroConvention;
  /** Contiguous phases, in order. */
  phases: PhaseRule[];
  release?: ReleaseCondition;
  /** A new case found in the facility restarts the centralized phase from that day. */
  restartOnCaseInFacility?: boolean;
  /** A contact identified late serves only the days still missing (缺几天补几天). */
  topUpWhenIdentifiedLate?: boolean;
  citations: string[];
  notes?: string;
}

/** A risk level of a scheme. */
export interface SchemeLevel {
  /** One of the {@link RiskLevelId}s, e.g. `low`, `medium`, `high`, `low3`, `sealed`. */
  id: RiskLevelId;
  /** Name in the source, e.g. `中风险`. */
  name: string;
}

/** An area-wide screening required before a downgrade, on days `fromDay`…`toDay` of the count. */
export interface ScreeningCondition {
  fromDay: number;
  toDay: number;
  /** The condition in the source's words. */
  text: string;
}

/** How an area moves down one level. */
export interface DowngradeRule {
  fromLevel: RiskLevelId;
  toLevel: RiskLevelId;
  /** Whole days without a new case, counted from the day of the last case (or of entering `fromLevel`). */
  daysWithoutNewCase: number;
  /** What the days count from: the last case (default) or the instant the area entered `fromLevel`. */
  countFrom?: 'lastCase' | 'levelEntered';
  /** Only for areas that came down into `fromLevel` from this level (e.g. 9th protocol: high → medium → low). */
  onlyIfEnteredFrom?: RiskLevelId;
  /** Only cases in the community count; cases found among people already under control do not. */
  communityCasesOnly?: boolean;
  screening?: ScreeningCondition;
  /** Never before this instant (Dalian 2021-01: `不得早于2021年1月16日零时`). */
  notBefore?: Instant;
  /** Hour of the day (China) at which the downgrade takes effect; 0 = 00:00 of the next day. */
  effectiveHour: number;
  dayZero: DayZeroConvention;
  citations: string[];
}

/** A condition of a classification rule, tested on an area's case history at an instant. */
export type ClassificationCondition =
  | { kind: 'newCaseWithinDays'; days: number }
  | { kind: 'noNewCaseWithinDays'; days: number }
  | { kind: 'cumulativeCasesAbove'; count: number }
  | { kind: 'cumulativeCasesAtMost'; count: number }
  | { kind: 'clusterWithinDays'; days: number }
  | { kind: 'noClusterWithinDays'; days: number };

/** "An area whose history meets all these conditions is at `level`." Rules are tried in order. */
export interface ClassificationRule {
  level: RiskLevelId;
  allOf: ClassificationCondition[];
  citations: string[];
}

/** A risk scheme: ordered levels, how areas are classified and how they move down. */
export interface RiskScheme {
  /** One of the {@link RiskSchemeId}s: `riskArea`, `liaoningFiveTier`, `controlZone`, `closedManagement`. */
  id: RiskSchemeId;
  name: string;
  /** What one area is: `county`, `community`, `building`, … */
  unit: string;
  /** Levels from the lowest to the highest risk. */
  levels: SchemeLevel[];
  /** Where set, the level follows from the case history (first matching rule). */
  classification?: ClassificationRule[];
  downgrades: DowngradeRule[];
  citations: string[];
  notes?: string;
}

/** The rules of a pack. */
export interface PolicyRules {
  quarantine: QuarantineCategory[];
  riskSchemes: RiskScheme[];
  /** The pack abolishes quarantine: lookups stop here and plans have no phase. */
  noQuarantine?: boolean;
  /** The pack abolishes risk areas: lookups stop here. */
  noRiskAreas?: boolean;
}

/** A set of rules in force in one jurisdiction during one period, with its sources. */
export interface PolicyPack {
  /** The JSON Schema an editor validates the file with (ignored by fangkong). */
  $schema?: string;
  /** Unique id, e.g. `cn-p8-2021-05`. */
  id: string;
  title: string;
  /**
   * Dash-separated path from the country down: `CN`, `CN-LN` (Liaoning), `CN-LN-DL` (Dalian). A pack
   * applies to its jurisdiction and everything under it; the most specific pack wins.
   */
  jurisdiction: string;
  /** In force from `from` (inclusive) until `until` (exclusive; null = still in force). */
  effective: { from: Instant; until: Instant | null };
  citations: Citation[];
  rules: PolicyRules;
  notes?: string;
}

/** One step of the reasoning behind a computed date, with the rule and the wording it rests on. */
export interface ExplanationStep {
  /** What the step does: `rule`, `anchor`, `restart`, `identified`, `phase`, `tests`, `release`, `condition`, `days`, `floor`, `screening`, `level`, … */
  step: string;
  /** The instant the step yields or starts from, when it has one. */
  instant?: Instant;
  /** The pack the rule comes from. */
  packId: string;
  /** Where in the pack, e.g. `rules.quarantine[closeContact].phases[0]`. */
  rule?: string;
  /** The citation the step rests on, and its quoted wording (Chinese) and document. */
  citationId?: string;
  document?: string;
  quote?: string;
  /** The step in plain English. */
  text: string;
}
