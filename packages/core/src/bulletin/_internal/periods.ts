import { CHINA_OFFSET, DAY } from '../../time/_internal/chinaDays';
import { type Instant, instantMillis } from '../../time/instant';
import { parseTimeUnchecked } from '../../time/parseTime';
import type { TimeMatch } from '../../time/types';

/** A period phrase found in the text (`1月12日零时至24时`, `2022年3月13日0—24时`, `年月日时至时`). */
export interface PeriodAnchor {
  start: number;
  end: number;
  raw: string;
  /** Resolved period, or null (digits missing, no year and no reference, impossible date). */
  period: { start: Instant; end: Instant } | null;
  /** Why the period is null. */
  problem: 'emptySlot' | 'noYear' | 'invalid' | null;
  /** True when the period spans more than one day (`2月26日0时至5月5日24时`): an as-of range, not a bulletin. */
  multiDay: boolean;
}

/** A dated period with hours (`…日0—24时`, `…日零时至24时`), resolved or not: `月`, `日`, a dash or 至, ending in 时. */
function isPeriodPhrase(raw: string): boolean {
  const last = raw.charCodeAt(raw.length - 1);
  const closing = last === 0xff09 || last === 0x29; // ） )
  const hourChar = raw[raw.length - (closing ? 2 : 1)];
  if (hourChar !== '时' && hourChar !== '時') return false;
  const month = raw.indexOf('月');
  const day = raw.indexOf('日', month + 1);
  if (month < 0 || day < 0) return false;
  for (let index = day + 1; index < raw.length; index++) {
    const char = raw[index];
    if (
      char === '至' ||
      char === '到' ||
      char === '-' ||
      char === '—' ||
      char === '–' ||
      char === '－' ||
      char === '~' ||
      char === '～'
    ) {
      return true;
    }
  }
  return false;
}

/** `8时至20日8时`, `22时至2月15日10时`: a start with only a clock time, its end with a date. */
const CLOCK_START_RE = /^(\d{1,2})[时時](?:至|到|[-—–－~～])(.+[时時])$/;

/**
 * A period whose start gives only a clock time takes its date from the end: the same day when the
 * start hour is before the end hour, else the day before (`22时至2月15日10时` → 2月14日22时).
 */
function clockStartPeriod(raw: string, reference: Instant | null): { start: Instant; end: Instant } | null {
  const match = CLOCK_START_RE.exec(raw);
  if (!match) return null;
  const parsed = parseTimeUnchecked(match[2]!, reference === null ? {} : { reference });
  if (!parsed.ok || parsed.value.kind !== 'instant') return null;
  const end = instantMillis(parsed.value.at);
  const hour = Number(match[1]);
  if (hour > 24) return null;
  // The end's China date, then the start hour on that date (or the day before).
  const endChina = new Date(end + CHINA_OFFSET);
  let start =
    Date.UTC(endChina.getUTCFullYear(), endChina.getUTCMonth(), endChina.getUTCDate(), hour) - CHINA_OFFSET;
  if (start >= end) start -= DAY;
  return { start: chinaInstant(start), end: parsed.value.at };
}

function chinaInstant(millis: number): Instant {
  return `${new Date(millis + CHINA_OFFSET).toISOString().slice(0, 19)}+08:00` as Instant;
}

/**
 * The bulletin periods among the time expressions of a text (from `findTimeExpressions`): resolved
 * hour periods (a period longer than a day is kept, `multiDay`), periods whose start is a clock time
 * only (dated from their end), and period phrases the time module could not resolve (stripped digits,
 * no year).
 */
export function findPeriodAnchors(
  times: readonly TimeMatch[],
  reference: Instant | null = null,
): PeriodAnchor[] {
  const anchors: PeriodAnchor[] = [];
  for (const match of times) {
    if (!match.ok && match.code === 'NEEDS_CONTEXT') {
      const period = clockStartPeriod(match.text, reference);
      if (period) {
        anchors.push({
          start: match.span.start,
          end: match.span.end,
          raw: match.text,
          period,
          problem: null,
          multiDay: instantMillis(period.end) - instantMillis(period.start) > DAY,
        });
        continue;
      }
    }
    if (match.ok) {
      const value = match.value;
      if (value.kind !== 'period' || value.precision !== 'hour' || !isPeriodPhrase(match.text)) continue;
      // Both are ISO strings with an offset from the time module: instantMillis reads them exactly.
      const length = instantMillis(value.end) - instantMillis(value.start);
      anchors.push({
        start: match.span.start,
        end: match.span.end,
        raw: match.text,
        period: { start: value.start, end: value.end },
        problem: null,
        multiDay: length > DAY,
      });
    } else if (isPeriodPhrase(match.text)) {
      anchors.push({
        start: match.span.start,
        end: match.span.end,
        raw: match.text,
        period: null,
        problem:
          match.code === 'MISSING_PARTS'
            ? 'emptySlot'
            : match.code === 'NEEDS_REFERENCE'
              ? 'noYear'
              : 'invalid',
        multiDay: false,
      });
    }
  }
  return anchors;
}

/** An as-of marker: `截至1月12日24时`, `1月13日下午`. */
export interface AsOfMarker {
  start: number;
  end: number;
  instant: Instant | null;
}

/**
 * Appends to `out` the as-of markers (`截至…` as-of instants, parts of day at their start) among the
 * time expressions that start in `[from, to)`, scanning `times` from index `cursor` (time matches are
 * in text order, so a caller walking the text forward passes back the returned cursor).
 */
export function asOfMarkersIn(
  times: readonly TimeMatch[],
  cursor: number,
  from: number,
  to: number,
  out: AsOfMarker[],
): number {
  let index = cursor;
  while (index < times.length && times[index]!.span.start < from) index++;
  for (; index < times.length && times[index]!.span.start < to; index++) {
    const match = times[index]!;
    if (!match.ok) continue;
    const value = match.value;
    if (value.kind === 'asOf') out.push({ start: match.span.start, end: match.span.end, instant: value.at });
    else if (value.kind === 'partOfDay' && match.text.includes('日')) {
      out.push({ start: match.span.start, end: match.span.end, instant: value.start });
    }
  }
  return index;
}
