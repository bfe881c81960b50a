/**
 * The zod side of core (`@fangkong/core/schemas`): every schema, the validators built on them and
 * the generated JSON Schemas. Kept apart so that computation-only bundles never pull zod in.
 *
 * @module @fangkong/core/schemas
 */
export { InstantSchema, SpanSchema, WarningSchema } from './sharedSchemas';
export {
  PartOfDaySchema,
  TimeErrorCodeSchema,
  TimeParseResultSchema,
  TimePartSchema,
  TimePrecisionSchema,
  TimeValueSchema,
} from './time/schemas';
export {
  AnchorKindSchema,
  CitationSchema,
  ClassificationConditionSchema,
  ClassificationRuleSchema,
  DayZeroConventionSchema,
  DowngradeRuleSchema,
  PhaseKindSchema,
  PhaseRuleSchema,
  PolicyPackSchema,
  PolicyRulesSchema,
  QuarantineCategorySchema,
  ReleaseConditionSchema,
  SchemeLevelSchema,
  RiskSchemeSchema,
  ScreeningConditionSchema,
} from './policy/schemas';
export { loadPolicyPack } from './policy/loadPolicyPack';
export { POLICY_PACK_SCHEMA_ID, policyPackJsonSchema } from './policy/policyPackJsonSchema';
export {
  BreakdownEntrySchema,
  BreakdownFiguresSchema,
  BreakdownMeasureSchema,
  DailyBulletinSchema,
  FigureSchema,
  PeriodSchema,
  RemovedSpanSchema,
  SplitFigureSchema,
  StreakFigureSchema,
} from './bulletin/schemas';
export {
  ExtractedRecordSchema,
  ExtractionResultSchema,
} from './extract/schemas';
export {
  BulletinIndexEntrySchema,
  BulletinIndexSchema,
  ChinaDateSchema,
  DocumentNumberSchema,
  IssuerSchema,
  NoticeAreaSchema,
  NoticeRecordSchema,
  PressConferenceSchema,
  RiskChangeSchema,
  RiskConditionSchema,
  WrittenLevelSchema,
  SpeakerRoleSchema,
  SpeakerSchema,
  UnsealingSchema,
} from './notices/schemas';
