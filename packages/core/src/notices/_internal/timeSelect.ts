import type { TimeMatch } from '../../time/types';
import { type NoticeDocument, timesIn } from './document';

/** A time the text gives for something, resolved or not (cleaned-text offsets). */
export interface SelectedTime {
  /** The instant, or null when the expression could not be resolved. */
  instant: string | null;
  start: number;
  end: number;
  text: string;
  /** Why it is unresolved (the time domain's code and reason), when it is. */
  failure: { code: string; reason: string } | null;
}

/** The expression starts something: `从23日零时起`, `自1月16日零时`, `年月日时起`. */
function isStart(doc: NoticeDocument, match: TimeMatch): boolean {
  if (match.ok && match.value.kind === 'from') return true;
  const first = match.text[0];
  const next = doc.text[match.span.end];
  return first === '自' || first === '从' || match.text.endsWith('起') || next === '起' || next === '后';
}

function selected(match: TimeMatch, instant: string | null): SelectedTime {
  return {
    instant,
    start: match.span.start,
    end: match.span.end,
    text: match.text,
    failure: match.ok ? null : { code: match.code, reason: match.reason },
  };
}

/**
 * When something takes effect, from the time expressions in `[start, end)`: the first one that
 * starts something (`从…起`, `自…`), resolved to its start instant, or unresolved with the
 * reason (digits stripped, no reference). Null when the range states no such time.
 */
export function effectiveTime(doc: NoticeDocument, start: number, end: number): SelectedTime | null {
  for (const match of timesIn(doc, start, end)) {
    if (!isStart(doc, match)) continue;
    if (!match.ok) return selected(match, null);
    const value = match.value;
    if (value.kind === 'from' || value.kind === 'instant' || value.kind === 'asOf') {
      return selected(match, value.kind === 'from' ? value.start : value.at);
    }
    return selected(match, value.start);
  }
  return null;
}

/** The first `截至…` (as-of) instant in `[start, end)`, or null. */
export function asOfTime(doc: NoticeDocument, start: number, end: number): SelectedTime | null {
  for (const match of timesIn(doc, start, end)) {
    if (match.ok && match.value.kind === 'asOf') return selected(match, match.value.at);
  }
  return null;
}
