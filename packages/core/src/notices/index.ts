export type { RiskLevelCode, RiskLevelDefinition, RiskLabelScheme } from './riskLevels';
export {
  parseRiskLevel,
  RISK_LEVEL_CODES,
  RISK_LEVELS,
  RISK_LABEL_SCHEMES,
  riskLevelDefinition,
} from './riskLevels';
export type {
  BulletinIndex,
  BulletinIndexEntry,
  DocumentNumber,
  Issuer,
  NoticeArea,
  NoticeRecord,
  PressConference,
  RiskChange,
  RiskCondition,
  WrittenRiskLevel,
  Speaker,
  SpeakerRole,
  Unsealing,
} from './schemas';
export type { AreaResolver, NoticeContext, NoticeExtraction } from './types';
export type { AreaCode } from './resolveAreaCode';
export { resolveAreaCode } from './resolveAreaCode';
export { extractBulletinIndexes } from './extractBulletinIndexes';
export { extractNotices } from './extractNotices';
export { extractPressConferences } from './extractPressConferences';
export { extractRiskChanges } from './extractRiskChanges';
export { extractUnsealings } from './extractUnsealings';
