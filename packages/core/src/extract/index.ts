/**
 * `@fangkong/core/extract`: documents in, records out (cleaning, daily bulletins, notices), zod-free.
 *
 * @module @fangkong/core/extract
 */
export type {
  BreakdownEntry,
  BreakdownFigures,
  BreakdownMeasure,
  DailyBulletin,
  DailyBulletinExtraction,
  ExtractDailyBulletinsOptions,
  Figure,
  Period,
  SplitFigure,
  StreakFigure,
  WarningCode,
} from '../bulletin/index';
export type { ExtractedRecord, ExtractionResult } from './schemas';
export type { ExtractRecordsOptions } from './extractRecords';
export {
  checkBulletin,
  checkBulletins,
  extractDailyBulletins,
  extractDailyBulletinsWithWarnings,
  findPublicationStamp,
  WARNING_CODE_MEANINGS,
  WARNING_CODES,
} from '../bulletin/index';
export { extractRecords } from './extractRecords';
export type {
  AreaCode,
  AreaResolver,
  BulletinIndex,
  BulletinIndexEntry,
  DocumentNumber,
  Issuer,
  NoticeArea,
  NoticeOptions,
  NoticeExtraction,
  NoticeRecord,
  PressConference,
  RiskChange,
  RiskCondition,
  Speaker,
  SpeakerRole,
  Unsealing,
  WrittenLevel,
} from '../notices/index';
export type { LevelDefinition, RiskLevelId, RiskSchemeId } from '../risk/riskLevels';
export {
  extractBulletinIndexes,
  extractNotices,
  extractPressConferences,
  extractRiskChanges,
  extractUnsealings,
  resolveAreaCode,
} from '../notices/index';
export {
  levelDefinition,
  parseRiskLevel,
  RISK_LEVEL_IDS,
  RISK_LEVELS,
  RISK_SCHEME_IDS,
} from '../risk/riskLevels';
export type {
  CleanedText,
  CleanedTextData,
  CleanTextOptions,
  OriginalOffsetMap,
  RemovalKind,
  RemovedSpan,
  TextFormat,
} from '../text/index';
export { cleanText } from '../text/index';
