import { parseNumeral } from '../../numbers/parseNumeral';
import { isArabicDigit, isCommonHan } from '../../_internal/chars';

/** A document number found in the cleaned text (offsets of the cleaned text). */
export interface FoundDocumentNumber {
  text: string;
  prefix: string;
  year: number;
  number: number;
  start: number;
  end: number;
}

/** Opening bracket char code → closing bracket. */
const BRACKETS = new Map<number, string>(
  [
    ['〔', '〕'],
    ['[', ']'],
    ['［', '］'],
    ['(', ')'],
    ['（', '）'],
    ['【', '】'],
    ['﹝', '﹞'],
  ].map(([open, close]) => [(open as string).charCodeAt(0), close as string]),
);
const MAX_PREFIX = 12;
/** 1 for an opening bracket of {@link BRACKETS}: one array read per character of the scan. */
const IS_OPEN = new Uint8Array(0x10000);
for (const open of BRACKETS.keys()) IS_OPEN[open] = 1;

/**
 * Finds document numbers `<prefix>〔<year>〕<n>号` in `[from, to)`: `大疫经指发〔2021〕23号`,
 * `辽政办发[2020]5号`, `（2022）1号`. Linear: it looks only at opening brackets.
 */
export function findDocumentNumbers(text: string, from: number, to: number): FoundDocumentNumber[] {
  const found: FoundDocumentNumber[] = [];
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (IS_OPEN[code] === 0) continue;
    const close = BRACKETS.get(code) as string;
    let cursor = i + 1;
    while (cursor < to && cursor - i <= 4 && isArabicDigit(text.charCodeAt(cursor))) cursor++;
    if (cursor - i !== 5 || text[cursor] !== close) continue;
    const year = parseNumeral(text.slice(i + 1, cursor));
    let numberEnd = cursor + 1;
    while (numberEnd < to && numberEnd - cursor <= 5 && isArabicDigit(text.charCodeAt(numberEnd)))
      numberEnd++;
    if (numberEnd === cursor + 1 || text[numberEnd] !== '号') continue;
    const number = parseNumeral(text.slice(cursor + 1, numberEnd));
    let start = i;
    while (start > from && i - start < MAX_PREFIX && isCommonHan(text.charCodeAt(start - 1))) start--;
    if (year === null || number === null) continue;
    found.push({
      text: text.slice(start, numberEnd + 1),
      prefix: text.slice(start, i),
      year,
      number,
      start,
      end: numberEnd + 1,
    });
    i = numberEnd;
  }
  return found;
}
