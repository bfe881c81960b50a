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
export type { RiskEventsFromRecords, RiskEventsFromRecordsOptions } from './riskEventsFromRecords';
export { earliestDowngrade } from './earliestDowngrade';
export { riskEventsFromRecords } from './riskEventsFromRecords';
export { riskLevelAt } from './riskLevelAt';
export { RiskTimeline, schemeOfEvent } from './RiskTimeline';
