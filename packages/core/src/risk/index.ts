export type {
  AreaHistory,
  CaseRecord,
  DowngradeResult,
  RiskContradiction,
  RiskEvent,
  RiskLevelResult,
  RiskPeriod,
  ScreeningResult,
} from './types';
export { earliestDowngrade } from './earliestDowngrade';
export { riskLevelAt } from './riskLevelAt';
export { RiskTimeline, schemeOfEvent } from './RiskTimeline';
