import type { Instant } from '../../time/instant';
import { digitsValue, inferYear, type LooseDate, safeInstant } from './dates';

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

// Bounded, no nested quantifiers: a date, an optional bracket, a start hour, a dash or 至, an optional
// second date, an end hour. Empty digit groups are allowed so that stripped digits are still found.
const PERIOD_RE =
  /(?:([0-9０-９]{4}|)年)?([0-9０-９]{1,2}|)月([0-9０-９]{1,2}|)日[（(]?(零|[0-9０-９]{1,2}|)[时時点]?(?:至|到|[-—–－~～])(?:(?:([0-9０-９]{4})年)?([0-9０-９]{1,2})月)?(?:([0-9０-９]{1,2})日)?([0-9０-９]{1,2}|)[时時][）)]?/g;

const DAY_MS = 86_400_000;

/**
 * Finds every period phrase of a cleaned text, resolving years with the reference date.
 */
export function findPeriodAnchors(
  text: string,
  reference: { year: number; month: number; day: number } | null,
): PeriodAnchor[] {
  const anchors: PeriodAnchor[] = [];
  PERIOD_RE.lastIndex = 0;
  for (let match = PERIOD_RE.exec(text); match; match = PERIOD_RE.exec(text)) {
    const [
      raw,
      yearText,
      monthText,
      dayText,
      startHourText,
      endYearText,
      endMonthText,
      endDayText,
      endHourText,
    ] = match;
    const startIndex = match.index;
    const month = digitsValue(monthText);
    const day = digitsValue(dayText);
    const startHour =
      startHourText === '零' || startHourText === '' || startHourText === undefined
        ? 0
        : digitsValue(startHourText);
    const endHour = digitsValue(endHourText);
    const empty =
      monthText === '' || dayText === '' || endHourText === '' || yearText === '' || Number.isNaN(startHour);
    let period: PeriodAnchor['period'] = null;
    let problem: PeriodAnchor['problem'] = null;
    let multiDay = false;
    if (empty) {
      problem = 'emptySlot';
    } else {
      const date: LooseDate = { year: yearText ? digitsValue(yearText) : null, month, day };
      const year = date.year ?? (reference ? inferYear(month, day, reference) : null);
      if (year === null) {
        problem = 'noYear';
      } else {
        let endYear = endYearText ? digitsValue(endYearText) : year;
        const endMonth = endMonthText ? digitsValue(endMonthText) : month;
        const endDay = endDayText ? digitsValue(endDayText) : day;
        if (!endYearText && (endMonth < month || (endMonth === month && endDay < day))) endYear = year + 1;
        const start = safeInstant(year, month, day, startHour);
        const end = safeInstant(endYear, endMonth, endDay, endHour);
        if (start && end && Date.parse(end) > Date.parse(start)) {
          period = { start, end };
          multiDay = Date.parse(end) - Date.parse(start) > DAY_MS;
        } else {
          problem = 'invalid';
        }
      }
    }
    anchors.push({ start: startIndex, end: startIndex + raw.length, raw, period, problem, multiDay });
  }
  return anchors;
}

/** An as-of marker: `截至1月12日24时`, `1月13日下午`. */
export interface AsOfMarker {
  start: number;
  end: number;
  instant: Instant | null;
}

const AS_OF_RE =
  /截至(?:([0-9０-９]{4})年)?(?:([0-9０-９]{1,2})月)?([0-9０-９]{1,2})日(?:([0-9０-９]{1,2})[时時])?|(?:([0-9０-９]{4})年)?(?:([0-9０-９]{1,2})月)?([0-9０-９]{1,2})日(上午|中午|下午|晚上|晚间|傍晚|晚|凌晨|早上|今早)/g;

/** Hour at which a part of the day starts (the as-of of a figure given "that afternoon"). */
const PART_OF_DAY_HOUR: Record<string, number> = {
  凌晨: 0,
  早上: 6,
  今早: 6,
  上午: 6,
  中午: 12,
  下午: 12,
  傍晚: 18,
  晚: 18,
  晚上: 18,
  晚间: 18,
};

/**
 * Finds as-of markers in a cleaned text. Month and year default to those of `context`.
 */
export function findAsOfMarkers(
  text: string,
  from: number,
  to: number,
  context: { year: number; month: number } | null,
  reference: { year: number; month: number; day: number } | null,
): AsOfMarker[] {
  const markers: AsOfMarker[] = [];
  const slice = text.slice(from, to);
  AS_OF_RE.lastIndex = 0;
  for (let match = AS_OF_RE.exec(slice); match; match = AS_OF_RE.exec(slice)) {
    const part = match[8];
    const yearText = part ? match[5] : match[1];
    const monthText = part ? match[6] : match[2];
    const day = digitsValue(part ? match[7] : match[3]);
    const hour = part ? PART_OF_DAY_HOUR[part]! : match[4] ? digitsValue(match[4]) : 24;
    const month = monthText ? digitsValue(monthText) : (context?.month ?? Number.NaN);
    let year = yearText ? digitsValue(yearText) : Number.NaN;
    if (Number.isNaN(year) && !Number.isNaN(month)) {
      year = reference ? inferYear(month, day, reference) : (context?.year ?? Number.NaN);
    }
    const instant = Number.isNaN(year) || Number.isNaN(month) ? null : safeInstant(year, month, day, hour);
    markers.push({ start: from + match.index, end: from + match.index + match[0].length, instant });
  }
  return markers;
}
