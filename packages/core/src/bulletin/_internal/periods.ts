import type { Instant } from '../../time/instant';
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

const DAY_MS = 86_400_000;

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

/**
 * The bulletin periods among the time expressions of a text (from `findTimeExpressions`): resolved
 * hour periods, and period phrases the time module could not resolve (stripped digits, no year).
 */
export function findPeriodAnchors(times: readonly TimeMatch[]): PeriodAnchor[] {
  const anchors: PeriodAnchor[] = [];
  for (const match of times) {
    if (match.ok) {
      const value = match.value;
      if (value.kind !== 'period' || value.precision !== 'hour' || !isPeriodPhrase(match.text)) continue;
      // Both are ISO strings with an offset from the time module: Date.parse reads them exactly.
      const length = Date.parse(value.end) - Date.parse(value.start);
      anchors.push({
        start: match.span.start,
        end: match.span.end,
        raw: match.text,
        period: { start: value.start, end: value.end },
        problem: null,
        multiDay: length > DAY_MS,
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
