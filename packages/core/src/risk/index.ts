/**
 * Risk levels: the earliest downgrade of an area, its level at an instant, and timelines built from
 * extracted notices. zod-free.
 *
 * @module @fangkong/core/risk
 */
export type {
  AreaHistory,
  CaseRecord,
  DowngradeChain,
  DowngradeStep,
  RiskContradiction,
  RiskEvent,
  LevelAtResult,
  RiskPeriod,
  RiskQuery,
  ScreeningResult,
} from './types';
export type { LevelDefinition, RiskLevelId, RiskSchemeId } from './riskLevels';
export { levelDefinition, parseRiskLevel, RISK_LEVEL_IDS, RISK_LEVELS, RISK_SCHEME_IDS } from './riskLevels';
export type { RiskEventsFromRecords, RiskEventsFromRecordsOptions } from './riskEventsFromRecords';
export { earliestDowngrade } from './earliestDowngrade';
export { riskEventsFromRecords } from './riskEventsFromRecords';
export { riskLevelAt } from './riskLevelAt';
export { RiskTimeline, schemeOfEvent } from './RiskTimeline';
