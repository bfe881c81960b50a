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
  WrittenLevel,
  Speaker,
  SpeakerRole,
  Unsealing,
} from './schemas';
export type { NoticeOptions, NoticeExtraction } from './types';
export type { AreaResolver } from '../areas/resolveAreaCode';
export type { AreaCode } from '../areas/resolveAreaCode';
export { resolveAreaCode } from '../areas/resolveAreaCode';
export { extractBulletinIndexes } from './extractBulletinIndexes';
export { extractNotices } from './extractNotices';
export { extractPressConferences } from './extractPressConferences';
export { extractRiskChanges } from './extractRiskChanges';
export { extractUnsealings } from './extractUnsealings';
