import { expectText } from '../_internal/args';
import type { Instant } from '../time/instant';
import { parseTime } from '../time/parseTime';
import { isExistingDate } from '../time/_internal/chinaZone';

const STAMP_RE = /(\d{4})([/-])(\d{1,2})([/-])(\d{1,2})(\s{0,3})(\d{1,2}):(\d{2})/y;
/** Where a STAMP_RE match's colon can be, counted from the match start (`2021/1/20 1:13` … `2021-01-20   19:13`). */
const STAMP_COLON_MIN = 9;
const STAMP_COLON_MAX = 15;

/**
 * The publication instant a document states (`2021/1/20 19:13`, `2022-03-14 07:53`), or null.
 *
 * @example
 * findPublicationStamp('连续天无新增\n2021/1/20 19:13\n…'); // → '2021-01-20T19:13:00+08:00'
 */
export function findPublicationStamp(text: string): Instant | null {
  expectText(text, 'text');
  if (text === lastStampText) return lastStamp;
  const match = firstStampMatch(text);
  let stamp: Instant | null = null;
  if (match) {
    stamp = stampFromParts(match);
    if (stamp === null) {
      const parsed = parseTime(match[0]);
      stamp = parsed.ok && parsed.value.kind === 'instant' ? parsed.value.at : null;
    }
  }
  lastStampText = text;
  lastStamp = stamp;
  return stamp;
}

/** China's clocks have kept +08:00 all year since its last summer time ended, in 1991. */
const FIRST_YEAR_WITHOUT_SUMMER_TIME = 1992;

const twoDigits = (value: number): string => (value < 10 ? `0${value}` : String(value));

/** The gap `parseTime` surely reads between a stamp's date and its time: one to three spaces. */
const PLAIN_GAP = /^ {1,3}$/;

/**
 * The instant of a stamp written straight from its parts, as `parseTime` writes it, in the plain
 * case: one separator (`/` or `-`) throughout, spaces before the time, an existing date and time
 * in a year of a constant +08:00. Null for anything else (`parseTime` then reads it, and refuses
 * some: no gap, a line break). `parseTime` was 5% of the time of a short bulletin.
 */
function stampFromParts(match: RegExpExecArray): Instant | null {
  if (match[2] !== match[4] || !PLAIN_GAP.test(match[6]!)) return null;
  const year = Number(match[1]);
  const month = Number(match[3]);
  const day = Number(match[5]);
  const hour = Number(match[7]);
  const minute = Number(match[8]);
  if (year < FIRST_YEAR_WITHOUT_SUMMER_TIME || hour > 23 || minute > 59) return null;
  if (!isExistingDate(year, month, day)) return null;
  return `${year}-${twoDigits(month)}-${twoDigits(day)}T${twoDigits(hour)}:${twoDigits(minute)}:00+08:00`;
}

/** The last text {@link findPublicationStamp} read and its answer (a document is asked twice). */
let lastStampText: string | null = null;
let lastStamp: Instant | null = null;

/**
 * The leftmost STAMP_RE match of the text, trying the regex only at the few starts each ASCII
 * colon allows (in increasing order, each start once), instead of at every position.
 */
function firstStampMatch(text: string): RegExpExecArray | null {
  let tried = -1;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    for (
      let start = Math.max(colon - STAMP_COLON_MAX, tried + 1);
      start <= colon - STAMP_COLON_MIN;
      start++
    ) {
      STAMP_RE.lastIndex = start;
      const match = STAMP_RE.exec(text);
      if (match) return match;
    }
    tried = Math.max(tried, colon - STAMP_COLON_MIN);
  }
  return null;
}
