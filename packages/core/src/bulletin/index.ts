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
export type { WarningCode } from './warningCodes';
export { WARNING_CODE_MEANINGS, WARNING_CODES } from './warningCodes';
export type { DailyBulletinExtraction, ExtractDailyBulletinsOptions } from './extractDailyBulletins';
export { extractDailyBulletins, extractDailyBulletinsWithWarnings } from './extractDailyBulletins';
export { findPublicationStamp } from './findPublicationStamp';
export { checkBulletin, checkBulletins } from './checkBulletin';
