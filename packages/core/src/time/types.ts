import type { Span, Warning } from '../types';
import type { Instant, InstantInput } from './instant';

/**
 * How finely a time expression pins time down, finest first. `partOfDay` sits between `hour` and
 * `day`: `1月13日下午` is more than a day and less than an hour.
 */
export type TimePrecision = 'second' | 'minute' | 'hour' | 'partOfDay' | 'day' | 'month' | 'year';

/**
 * A named part of a day. The hours each covers are in {@link PART_OF_DAY_HOURS}.
 * - `earlyMorning` 凌晨 · `morning` 上午 早上 早晨 清晨 早 今早 今晨 · `noon` 中午 ·
 *   `afternoon` 下午 · `evening` 晚 晚上 晚间 傍晚 夜间 夜里 今晚 昨晚
 */
export type PartOfDay = 'earlyMorning' | 'morning' | 'noon' | 'afternoon' | 'evening';

/** A part of a date or time that an expression can state, infer or leave empty. */
export type TimePart = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

/** The date of the document around an expression: what `23日零时起` or `12时至24时` lack. */
export interface TimeContext {
  year?: number;
  month?: number;
  day?: number;
}

/** Options of `parseTime` and `findTimeExpressions`. */
export interface ParseTimeOptions {
  /**
   * When the text was published (an {@link Instant} with an offset, or epoch milliseconds). Years
   * left out (`12月25日`), relative days (`昨日`, `今天(23日)`) and 去年 are resolved against it.
   * Without it such expressions come back unresolved with `NEEDS_REFERENCE`.
   */
  reference?: InstantInput;
  /**
   * The date of the surrounding document. `month` (and `year`) date a bare day (`23日零时起`);
   * a full `year`/`month`/`day` dates a bare clock time or part of a day (`12时至24时`, `上午`).
   */
  context?: TimeContext;
  /**
   * How far after the reference an inferred date may fall, in days (default
   * {@link YEAR_LOOKAHEAD_DAYS}, 31): `12月25日` published 2021-01-13 is 2020-12-25, `1月20日`
   * published 2020-12-30 is 2021-01-20.
   */
  yearLookaheadDays?: number;
}

/** Options of `findTimeExpressions`. */
export interface FindTimeExpressionsOptions extends ParseTimeOptions {
  /**
   * Whether a bare day (`从23日零时起`) takes its month from the nearest preceding date in the
   * same text (default `true`). `context` is used when no date precedes it.
   */
  carryContext?: boolean;
}

interface TimeValueBase {
  /** How finely the expression pins time down. */
  precision: TimePrecision;
  /** Parts that the text left out and that were filled in (year from the reference, month from context …). */
  inferred: TimePart[];
  /** For 今日/昨日/前日/明日 …: the offset in days from the reference's China date. */
  relativeDays?: number;
  /** When the expression names a part of the day (`下午`, `今早`). */
  partOfDay?: PartOfDay;
}

/** One moment: `2021/1/20 19:13`, `1月16日零时`, `24时` (= next day 00:00). */
export interface InstantTimeValue extends TimeValueBase {
  kind: 'instant';
  at: Instant;
}

/**
 * A half-open interval `[start, end)`: `1月12日零时至24时`, `0-24时`, a whole day `1月12日`, a whole
 * month `12月`, a whole year `2020年`, `23日至24日15时`.
 */
export interface PeriodTimeValue extends TimeValueBase {
  kind: 'period';
  start: Instant;
  end: Instant;
}

/** A part of a day as a half-open interval: `1月13日下午`, `今早`, `晚`. */
export interface PartOfDayTimeValue extends TimeValueBase {
  kind: 'partOfDay';
  partOfDay: PartOfDay;
  start: Instant;
  end: Instant;
}

/**
 * A figure's as-of moment: `截至11月22日24时` (→ 2021-11-23T00:00). `截至1月10日` is the end of
 * that day.
 */
export interface AsOfTimeValue extends TimeValueBase {
  kind: 'asOf';
  at: Instant;
}

/**
 * An open-ended start: `从23日零时起`, `自1月6日起`, `2021年1月16日零时后`, `以…零时为起始点`,
 * `12月27日至今`. `X日后` (a whole day) starts at the end of that day.
 */
export interface FromTimeValue extends TimeValueBase {
  kind: 'from';
  start: Instant;
}

/** What a time expression means, resolved to instants in China Standard Time. */
export type TimeValue =
  | InstantTimeValue
  | PeriodTimeValue
  | PartOfDayTimeValue
  | AsOfTimeValue
  | FromTimeValue;

/** The kind of a {@link TimeValue}. */
export type TimeValueKind = TimeValue['kind'];

/**
 * Why a time expression could not be resolved.
 * - `EMPTY_INPUT`: nothing but white space.
 * - `NOT_A_TIME`: the text does not start with a time expression.
 * - `TRAILING_TEXT`: a time expression is followed by other text (parseTime reads ONE expression).
 * - `MISSING_PARTS`: the expression has slots with no number in them (`年月日时至时`, digits stripped).
 * - `NEEDS_REFERENCE`: a year or relative day must be inferred and no reference instant was given.
 * - `NEEDS_CONTEXT`: a bare day or clock time (`23日`, `12时至24时`) has no month/date to go with.
 * - `INVALID_DATE`: the date or time does not exist (`2月30日`, `25时`, `24时30分`).
 * - `END_BEFORE_START`: a period ends before it starts.
 */
export type TimeErrorCode =
  | 'EMPTY_INPUT'
  | 'NOT_A_TIME'
  | 'TRAILING_TEXT'
  | 'MISSING_PARTS'
  | 'NEEDS_REFERENCE'
  | 'NEEDS_CONTEXT'
  | 'INVALID_DATE'
  | 'END_BEFORE_START';

/** A time expression read and resolved. */
export interface TimeParseSuccess {
  ok: true;
  value: TimeValue;
  /** Where the expression is in the caller's text. */
  span: Span;
  /** The expression as written (the caller's text at `span`). */
  text: string;
  /** Oddities met on the way (codes in `TIME_WARNING_CODES`). */
  warnings: Warning[];
}

/** A time expression that could not be read or resolved, and why. Never thrown. */
export interface TimeParseFailure {
  ok: false;
  code: TimeErrorCode;
  /** What failed and what was expected, in English. */
  reason: string;
  /** Where the (unresolved) expression is in the caller's text. */
  span: Span;
  text: string;
  /** For `MISSING_PARTS`: the slots that are empty; otherwise the parts that could not be inferred. */
  missing: TimePart[];
}

/** The result of reading one time expression. */
export type TimeParseResult = TimeParseSuccess | TimeParseFailure;

/** A time expression found in running text by `findTimeExpressions`: resolved or not, with its span. */
export type TimeMatch = TimeParseResult;
