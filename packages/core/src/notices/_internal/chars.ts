/** Character classes the notices scanners share. Plain functions over char codes: no regex. */
import { isInlineSpace } from '../../_internal/chars';

const CJK_NUMERAL = new Set('〇零一二两三四五六七八九十百');
const CJK_NUMERAL_CODE = new Uint8Array(0x10000);
for (const char of CJK_NUMERAL) CJK_NUMERAL_CODE[char.charCodeAt(0)] = 1;

/** A Chinese digit or 十/百, as used in ordinals (`七十三`) and parts (`(四)`). */
export function isCjkNumeral(char: string | undefined): boolean {
  return char !== undefined && CJK_NUMERAL.has(char);
}

/** {@link isCjkNumeral} of a char code (no one-character string needed). */
export function isCjkNumeralCode(code: number): boolean {
  return CJK_NUMERAL_CODE[code] === 1;
}

/** Whitespace including line breaks. */
export function isSpace(code: number): boolean {
  return isInlineSpace(code) || code === 0x0a || code === 0x0d;
}

/**
 * `text.indexOf(word, from)` limited to matches starting before `to`: scans at most the window,
 * so repeated calls on small windows of a huge text stay linear overall.
 */
export function indexWithin(text: string, word: string, from: number, to: number): number {
  const end = Math.min(text.length, to + word.length - 1);
  if (from >= end) return -1;
  const at = text.slice(from, end).indexOf(word);
  return at < 0 ? -1 : from + at;
}
