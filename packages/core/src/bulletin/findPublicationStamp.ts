import { expectText } from '../_internal/args';
import type { Instant } from '../time/instant';
import { parseTime } from '../time/parseTime';

const STAMP_RE = /(\d{4})[/-](\d{1,2})[/-](\d{1,2})\s{0,3}(\d{1,2}):(\d{2})/y;
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
    const parsed = parseTime(match[0]);
    stamp = parsed.ok && parsed.value.kind === 'instant' ? parsed.value.at : null;
  }
  lastStampText = text;
  lastStamp = stamp;
  return stamp;
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
