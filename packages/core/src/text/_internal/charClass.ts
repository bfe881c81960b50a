/** Character classes of the cleaner over UTF-16 code units, as cheap comparisons (no regular expressions). */
import { isAsciiDigit, isHan } from '../../_internal/chars';

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A character that makes up words: Han, ASCII letter or digit, or a low surrogate (of a Han). */
export function isWordChar(c: number): boolean {
  return isHan(c) || isAsciiDigit(c) || isAsciiLetter(c) || (c >= 0xdc00 && c <= 0xdfff);
}
