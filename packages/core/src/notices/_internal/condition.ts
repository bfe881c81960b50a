import { parseNumeral } from '../../numbers/parseNumeral';
import { isArabicDigit } from '../../_internal/chars';
import { indexWithin, isCjkNumeral } from './chars';

/** A stated condition (cleaned-text offsets). */
export interface FoundCondition {
  days: number | null;
  /** The day slot is there but has no number in it (`连续天无新增`). */
  emptySlot: boolean;
  text: string;
  start: number;
  end: number;
}

const NEGATIONS = ['无', '零', '未', '没有'];
const CLAUSE_ENDS = new Set(['，', ',', '。', '；', ';', '\n', '！', '!']);
const MAX_TEXT = 40;

/**
 * The first `连续N天无新增…` / `连续N日零增长` in `[from, to)`: the consecutive days a change
 * rests on. The text runs to the end of its clause.
 */
export function findCondition(text: string, from: number, to: number): FoundCondition | null {
  for (let i = indexWithin(text, '连续', from, to); i >= 0; i = indexWithin(text, '连续', i + 2, to)) {
    let cursor = i + 2;
    while (cursor < to && (isArabicDigit(text.charCodeAt(cursor)) || isCjkNumeral(text[cursor]))) cursor++;
    const unit = text[cursor];
    if (unit !== '天' && unit !== '日') continue;
    const digits = text.slice(i + 2, cursor);
    const after = cursor + 1;
    // 无新增 may follow at once or after a qualifier (`连续7日社会面阳性感染者零增长`).
    let negated = false;
    for (let j = after; j < Math.min(to, after + 12) && !CLAUSE_ENDS.has(text[j] as string); j++) {
      if (NEGATIONS.some((word) => text.startsWith(word, j))) {
        negated = true;
        break;
      }
    }
    if (!negated) continue;
    let end = after;
    while (end < to && end - i < MAX_TEXT && !CLAUSE_ENDS.has(text[end] as string)) end++;
    return {
      days: digits === '' ? null : parseNumeral(digits),
      emptySlot: digits === '',
      text: text.slice(i, end),
      start: i,
      end,
    };
  }
  return null;
}
