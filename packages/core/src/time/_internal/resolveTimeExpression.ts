import type { Warning } from '../../types';
import { MONTH_LOOKAHEAD_DAYS } from '../inferYear';
import { inferYearFrom } from './inferYearFrom';
import { epochDayOf } from './chinaCalendar';

import { PART_OF_DAY_HOURS } from '../partOfDayHours';
import { TIME_WARNING_MEANINGS, type TimeWarningCode } from '../timeWarningCodes';
import type { PartOfDay, TimeContext, TimeErrorCode, TimePart, TimePrecision, TimeValue } from '../types';
import { toChinaInstant } from '../instant';
import { shiftYmd, wallClockMillis, type Ymd } from './chinaCalendar';
import { type ExpressionNode, hasDate, hasEmptySlot, type PointNode, slotsOf } from './parseTimeExpression';

/** What resolution needs besides the expression. */
export interface ResolveEnv {
  reference: Ymd | null;
  lookaheadDays: number;
  context: TimeContext | undefined;
  /** The nearest preceding full date in the same text (scans only). */
  carry: Ymd | null;
}

export interface Unresolved {
  ok: false;
  code: TimeErrorCode;
  reason: string;
  missing: TimePart[];
}

export interface Resolved {
  ok: true;
  value: TimeValue;
  warnings: Warning[];
  /** The last full date the expression names (for carrying a month forward), if any. */
  lastDate: Ymd | null;
}

interface ResolvedPoint {
  ymd: Ymd;
  hasDay: boolean;
  start: number;
  /** Exclusive end; equal to start for an instant. */
  end: number;
  instant: boolean;
  precision: TimePrecision;
  part?: PartOfDay | undefined;
  inferred: TimePart[];
  relativeDays?: number | undefined;
}

const PRECISION_ORDER: TimePrecision[] = ['second', 'minute', 'hour', 'partOfDay', 'day', 'month', 'year'];

function fail(code: TimeErrorCode, reason: string, missing: TimePart[] = []): Unresolved {
  return { ok: false, code, reason, missing };
}

function warn(warnings: Warning[], code: TimeWarningCode, detail: string): void {
  warnings.push({ code, message: `${TIME_WARNING_MEANINGS[code]}: ${detail}` });
}

/** The date with day-of-month `day` nearest to `near` (previous, same or next month). */
function nearestWithDay(day: number, near: Ymd): Ymd | null {
  const nearNumber = epochDayOf(near.year, near.month, near.day) as number;
  let best: Ymd | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const months of [-1, 0, 1]) {
    const base = shiftYmd({ year: near.year, month: near.month, day: 1 }, { months });
    const candidate = epochDayOf(base.year, base.month, day);
    if (candidate === null) continue;
    const distance = Math.abs(candidate - nearNumber);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { year: base.year, month: base.month, day };
    }
  }
  return best;
}

/** Month and year of a bare day from the reference: the latest date at most MONTH_LOOKAHEAD_DAYS after it. */
function monthFromReference(day: number, reference: Ymd): Ymd | null {
  const limit = (epochDayOf(reference.year, reference.month, reference.day) as number) + MONTH_LOOKAHEAD_DAYS;
  for (let months = 1; months >= -12; months--) {
    const base = shiftYmd({ year: reference.year, month: reference.month, day: 1 }, { months });
    const candidate = epochDayOf(base.year, base.month, day);
    if (candidate !== null && candidate <= limit) return { year: base.year, month: base.month, day };
  }
  return null;
}

function describe(ymd: Ymd): string {
  return `${ymd.year}-${String(ymd.month).padStart(2, '0')}-${String(ymd.day).padStart(2, '0')}`;
}

/** Reads the hour of a clock time within a part of the day: 下午3时 → 15, 晚12时 → 24. */
function hourInPart(hour: number, part: PartOfDay | undefined): number {
  if (part === 'afternoon' || part === 'evening')
    return hour < 12 ? hour + 12 : hour === 12 && part === 'evening' ? 24 : hour;
  if (part === 'noon') return hour < 6 ? hour + 12 : hour;
  if (part === 'earlyMorning') return hour === 12 ? 0 : hour;
  return hour;
}

/** What a date resolves to: the calendar day, how precise, and which parts were inferred. */
type ResolvedDate =
  | { ok: true; ymd: Ymd; precision: TimePrecision; inferred: TimePart[]; relativeDays?: number }
  | Unresolved;

function resolveDate(
  point: PointNode,
  env: ResolveEnv,
  inherit: Ymd | null,
  warnings: Warning[],
): ResolvedDate {
  if (point.relativeDay !== undefined) return resolveRelativeDay(point.relativeDay, point, env, warnings);
  if (!hasDate(point)) return resolveUndated(env, inherit);
  const inferred: TimePart[] = [];
  const reference = env.reference;
  let year: number | undefined = point.year?.value ?? undefined;
  if (year === undefined && point.yearOffset !== undefined) {
    if (!reference) return fail('NEEDS_REFERENCE', '去年/今年/明年 needs a reference instant', ['year']);
    year = reference.year + point.yearOffset;
  }
  const month = point.month?.value ?? undefined;
  const day = point.day?.value ?? undefined;
  if (month !== undefined) return resolveMonthDate(month, day, year, env, inherit, inferred, warnings);
  if (day !== undefined) {
    if (year !== undefined) return fail('MISSING_PARTS', 'a year and a day without a month', ['month']);
    return resolveBareDay(day, env, inherit, inferred, warnings);
  }
  // a year alone: 2020年, 去年
  return { ok: true, ymd: { year: year as number, month: 1, day: 1 }, precision: 'year', inferred };
}

/** 今日, 昨日, 今早 from the reference, checked against a day stated in brackets. */
function resolveRelativeDay(
  relativeDay: number,
  point: PointNode,
  env: ResolveEnv,
  warnings: Warning[],
): ResolvedDate {
  const inferred: TimePart[] = [];
  const reference = env.reference;
  if (!reference) {
    return fail('NEEDS_REFERENCE', 'a relative day (今日, 昨日, 今早 …) needs a reference instant', ['day']);
  }
  let ymd = shiftYmd(reference, { days: relativeDay });
  const stated = point.checkDay?.value;
  if (stated !== undefined && stated !== null && stated !== ymd.day) {
    const nearest = nearestWithDay(stated, ymd);
    if (!nearest)
      return fail('INVALID_DATE', `day ${stated} in brackets exists in no month near ${describe(ymd)}`);
    warn(warnings, 'RELATIVE_DAY_MISMATCH', `${describe(ymd)} by the word, day ${stated} stated`);
    ymd = nearest;
  }
  return { ok: true, ymd, precision: 'day', inferred, relativeDays: relativeDay };
}

/** A clock time or part of the day with no date: the date it follows, or the context's. */
function resolveUndated(env: ResolveEnv, inherit: Ymd | null): ResolvedDate {
  const inferred: TimePart[] = [];
  if (inherit) return { ok: true, ymd: inherit, precision: 'day', inferred };
  const context = env.context;
  if (context?.year !== undefined && context.month !== undefined && context.day !== undefined) {
    inferred.push('year', 'month', 'day');
    return {
      ok: true,
      ymd: { year: context.year, month: context.month, day: context.day },
      precision: 'day',
      inferred,
    };
  }
  return fail('NEEDS_CONTEXT', 'a clock time or part of the day without a date needs a context date', [
    'day',
  ]);
}

/** A date with its month: the year as stated, carried over, inferred from the reference or the context. */
function resolveMonthDate(
  month: number,
  day: number | undefined,
  stated: number | undefined,
  env: ResolveEnv,
  inherit: Ymd | null,
  inferred: TimePart[],
  warnings: Warning[],
): ResolvedDate {
  const reference = env.reference;
  let year = stated;
  if (year === undefined) {
    if (inherit) {
      // 12月31日至1月2日: the end runs into the next year
      year = inherit.year + (month < inherit.month ? 1 : 0);
    } else if (reference) {
      const found = inferYearFrom(month, day ?? 1, reference, env.lookaheadDays);
      if (found === null)
        return fail('INVALID_DATE', `month ${month} day ${day ?? 1} does not exist in any year`);
      year = found;
      inferred.push('year');
    } else if (env.context?.year !== undefined) {
      year = env.context.year;
      inferred.push('year');
      warn(warnings, 'YEAR_FROM_CONTEXT', `year ${year}`);
    } else {
      return fail('NEEDS_REFERENCE', 'a date without a year needs a reference instant to infer the year', [
        'year',
      ]);
    }
  }
  if (day === undefined) {
    if (epochDayOf(year, month, 1) === null) return fail('INVALID_DATE', `month ${month} does not exist`);
    return { ok: true, ymd: { year, month, day: 1 }, precision: 'month', inferred };
  }
  if (epochDayOf(year, month, day) === null) {
    return fail('INVALID_DATE', `${year}年${month}月${day}日 does not exist`);
  }
  return { ok: true, ymd: { year, month, day }, precision: 'day', inferred };
}

/** A day without month or year: from the date before it, the carried month, the context or the reference. */
function resolveBareDay(
  day: number,
  env: ResolveEnv,
  inherit: Ymd | null,
  inferred: TimePart[],
  warnings: Warning[],
): ResolvedDate {
  const reference = env.reference;
  let ymd: Ymd | null = null;
  if (inherit) {
    ymd = { year: inherit.year, month: inherit.month, day };
    if (day < inherit.day) {
      const next = shiftYmd({ year: inherit.year, month: inherit.month, day: 1 }, { months: 1 });
      ymd = { year: next.year, month: next.month, day };
    }
    if (epochDayOf(ymd.year, ymd.month, day) === null)
      return fail('INVALID_DATE', `day ${day} does not exist in ${ymd.year}-${ymd.month}`);
    return { ok: true, ymd, precision: 'day', inferred };
  }
  if (env.carry) {
    ymd = nearestWithDay(day, env.carry);
    if (!ymd) return fail('INVALID_DATE', `day ${day} exists in no month near ${describe(env.carry)}`);
    inferred.push('year', 'month');
    return { ok: true, ymd, precision: 'day', inferred };
  }
  const context = env.context;
  if (context?.month !== undefined) {
    let contextYear = context.year;
    if (contextYear === undefined && reference) {
      contextYear = inferYearFrom(context.month, day, reference, env.lookaheadDays) ?? undefined;
    }
    if (contextYear === undefined) {
      return fail(
        'NEEDS_REFERENCE',
        'the context gives a month but no year, and there is no reference instant',
        ['year'],
      );
    }
    if (epochDayOf(contextYear, context.month, day) === null) {
      return fail('INVALID_DATE', `day ${day} does not exist in ${contextYear}-${context.month}`);
    }
    inferred.push('year', 'month');
    return { ok: true, ymd: { year: contextYear, month: context.month, day }, precision: 'day', inferred };
  }
  if (reference) {
    ymd = monthFromReference(day, reference);
    if (!ymd) return fail('INVALID_DATE', `day ${day} exists in no month before the reference`);
    inferred.push('year', 'month');
    warn(warnings, 'MONTH_FROM_REFERENCE', describe(ymd));
    return { ok: true, ymd, precision: 'day', inferred };
  }
  return fail('NEEDS_CONTEXT', 'a day without a month needs a context month or a reference instant', [
    'month',
  ]);
}

function resolvePoint(
  point: PointNode,
  env: ResolveEnv,
  inherit: Ymd | null,
  warnings: Warning[],
): ({ ok: true } & ResolvedPoint) | Unresolved {
  if (hasEmptySlot(point)) {
    const empty = slotsOf(point)
      .filter(([, slot]) => slot.value === null)
      .map(([unit]) => unit);
    return fail(
      'MISSING_PARTS',
      `the expression has no number in its ${empty.join(', ')} slot${empty.length > 1 ? 's' : ''} (digits missing from the text?)`,
      empty,
    );
  }
  const date = resolveDate(point, env, inherit, warnings);
  if (!date.ok) return date;
  const { ymd } = date;
  // Plain object literals of one shape (no spreads): this runs once per expression of a scan.
  const hasDay = date.precision === 'day';
  const relativeDays = date.relativeDays;
  const part = point.part;
  if (point.hour) {
    const hour = hourInPart(point.hour.value as number, point.part);
    const minute = point.minute?.value ?? (point.half ? 30 : 0);
    const second = point.second?.value ?? 0;
    const at = wallClockMillis(ymd.year, ymd.month, ymd.day, hour, minute as number, second as number);
    if (at === null) {
      return fail(
        'INVALID_DATE',
        `${describe(ymd)} ${hour}:${String(minute).padStart(2, '0')} is not a time of day`,
      );
    }
    const precision: TimePrecision = point.second ? 'second' : point.minute || point.half ? 'minute' : 'hour';
    return resolved(ymd, hasDay, date.inferred, relativeDays, part, at, at, true, precision);
  }
  const dayStart = wallClockMillis(ymd.year, ymd.month, ymd.day) as number;
  if (point.part) {
    const hours = PART_OF_DAY_HOURS[point.part];
    const start = wallClockMillis(ymd.year, ymd.month, ymd.day, hours.from) as number;
    const end = wallClockMillis(ymd.year, ymd.month, ymd.day, hours.to) as number;
    return resolved(ymd, hasDay, date.inferred, relativeDays, part, start, end, false, 'partOfDay');
  }
  if (date.precision === 'day') {
    const end = wallClockMillis(ymd.year, ymd.month, ymd.day, 24) as number;
    return resolved(ymd, hasDay, date.inferred, relativeDays, part, dayStart, end, false, 'day');
  }
  const next = shiftYmd(ymd, date.precision === 'month' ? { months: 1 } : { years: 1 });
  const end = wallClockMillis(next.year, next.month, next.day) as number;
  return resolved(ymd, hasDay, date.inferred, relativeDays, part, dayStart, end, false, date.precision);
}

function resolved(
  ymd: Ymd,
  hasDay: boolean,
  inferred: TimePart[],
  relativeDays: number | undefined,
  part: PartOfDay | undefined,
  start: number,
  end: number,
  instant: boolean,
  precision: TimePrecision,
): { ok: true } & ResolvedPoint {
  return { ok: true, ymd, hasDay, start, end, instant, precision, part, inferred, relativeDays };
}

/**
 * Adds what every value of a point carries, in this order: `inferred`, then `relativeDays` and
 * `partOfDay` when there are.
 */
function withCommon<T extends object>(value: T, point: ResolvedPoint, inferred: TimePart[]): T {
  const target = value as T & { inferred?: TimePart[]; relativeDays?: number; partOfDay?: PartOfDay };
  target.inferred = inferred;
  if (point.relativeDays !== undefined) target.relativeDays = point.relativeDays;
  if (point.part !== undefined) target.partOfDay = point.part;
  return value;
}

function finest(a: TimePrecision, b: TimePrecision): TimePrecision {
  return PRECISION_ORDER.indexOf(a) <= PRECISION_ORDER.indexOf(b) ? a : b;
}

/** Resolves a parsed expression to instants, or says why it cannot be. Never throws. */
export function resolveExpression(node: ExpressionNode, env: ResolveEnv): Resolved | Unresolved {
  const warnings: Warning[] = [];
  const first = resolvePoint(node.first, env, null, warnings);
  if (!first.ok) return first;
  if (node.second) {
    const second = resolvePoint(node.second, env, first.ymd, warnings);
    if (!second.ok) return second;
    let end = second.instant ? second.start : second.end;
    if (end <= first.start) {
      if (!hasDate(node.second) && second.instant) {
        const nextDay = shiftYmd(second.ymd, { days: 1 });
        const hour = hourInPart(node.second.hour?.value as number, node.second.part);
        end =
          wallClockMillis(nextDay.year, nextDay.month, nextDay.day, hour, node.second.minute?.value ?? 0) ??
          end;
        warn(warnings, 'OVERNIGHT_PERIOD', `ends ${toChinaInstant(end)}`);
      }
      if (end <= first.start) {
        return fail(
          'END_BEFORE_START',
          `the period ends (${toChinaInstant(end)}) no later than it starts (${toChinaInstant(first.start)})`,
        );
      }
    }
    // Most periods infer nothing: no set to build then.
    const inferred =
      first.inferred.length + second.inferred.length === 0
        ? []
        : [...new Set([...first.inferred, ...second.inferred])];
    const period: TimeValue = {
      kind: 'period',
      start: toChinaInstant(first.start),
      end: toChinaInstant(end),
      precision: finest(first.precision, second.precision),
      inferred,
    };
    return {
      ok: true,
      value: withCommon(period, first, inferred),
      warnings,
      lastDate: second.hasDay ? second.ymd : first.hasDay ? first.ymd : null,
    };
  }
  const lastDate = first.hasDay ? first.ymd : null;
  const precision = first.precision;
  let value: TimeValue;
  if (node.prefix === 'asOf' || node.suffix === 'asOf') {
    value = {
      kind: 'asOf',
      at: toChinaInstant(first.instant ? first.start : first.end),
      precision,
      inferred: [],
    };
  } else if (node.suffix === 'after') {
    value = {
      kind: 'from',
      start: toChinaInstant(first.instant ? first.start : first.end),
      precision,
      inferred: [],
    };
  } else if (node.prefix || node.suffix) {
    value = { kind: 'from', start: toChinaInstant(first.start), precision, inferred: [] };
  } else if (first.instant) {
    value = { kind: 'instant', at: toChinaInstant(first.start), precision, inferred: [] };
  } else if (first.part && first.precision === 'partOfDay') {
    // partOfDay is added by withCommon, after relativeDays (the order values have always had)
    value = {
      kind: 'partOfDay',
      start: toChinaInstant(first.start),
      end: toChinaInstant(first.end),
      precision,
      inferred: [],
    } as unknown as TimeValue;
  } else {
    value = {
      kind: 'period',
      start: toChinaInstant(first.start),
      end: toChinaInstant(first.end),
      precision,
      inferred: [],
    };
  }
  withCommon(value, first, first.inferred);
  return { ok: true, value, warnings, lastDate };
}
