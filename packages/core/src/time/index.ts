/**
 * Instants in China Standard Time, `parseTime` and `findTimeExpressions` for Chinese time
 * expressions, and day counting. zod-free.
 *
 * @module @fangkong/core/time
 */
export type { ChinaDate, Instant, InstantInput } from './instant';
export {
  CHINA_ZONE,
  chinaDateOf,
  chinaInstant,
  chinaMillis,
  millisFromInstant,
  startOfChinaDay,
  toChinaInstant,
} from './instant';
export type {
  AsOfTimeValue,
  FindTimeExpressionsOptions,
  FromTimeValue,
  InstantTimeValue,
  ParseTimeOptions,
  PartOfDay,
  PartOfDayTimeValue,
  PeriodTimeValue,
  TimeContext,
  TimeErrorCode,
  TimeMatch,
  TimeParseFailure,
  TimeParseResult,
  TimeParseSuccess,
  TimePart,
  TimePrecision,
  TimeValue,
  TimeValueKind,
} from './types';
export type { TimeWarningCode } from './timeWarningCodes';
export { TIME_WARNING_CODES, TIME_WARNING_MEANINGS } from './timeWarningCodes';
export { findTimeExpressions } from './findTimeExpressions';
export { inferYear, MONTH_LOOKAHEAD_DAYS, YEAR_LOOKAHEAD_DAYS } from './inferYear';
export { PART_OF_DAY_HOURS } from './partOfDayHours';
export { parseTime } from './parseTime';
export type { DayZeroConvention } from './dayCount';
export {
  dateOfDayN,
  dayNumberAt,
  endOfDayN,
  endOfDayNMillis,
  startOfDayN,
  startOfDayNMillis,
} from './dayCount';
