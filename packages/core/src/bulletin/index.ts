export type {
  BreakdownEntry,
  BreakdownFigures,
  BreakdownMeasure,
  DailyBulletin,
  Figure,
  Period,
  SplitFigure,
  StreakFigure,
} from './schemas';
export type { ExtractedRecord, ExtractionResult } from './extractionResultSchema';
export type { WarningCode } from './warningCodes';
export { WARNING_CODE_MEANINGS, WARNING_CODES } from './warningCodes';
export type { ExtractDailyBulletinsOptions } from './extractDailyBulletins';
export { extractDailyBulletins, findPublicationStamp } from './extractDailyBulletins';
export type { ExtractRecordsOptions } from './extractRecords';
export { extractRecords } from './extractRecords';
export { checkBulletin, checkBulletins } from './checkBulletin';
