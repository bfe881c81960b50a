/** Character classes over UTF-16 code units, as cheap comparisons (no regular expressions). */

/** A CJK ideograph (BMP blocks, or a surrogate of the supplementary ideograph planes). */
export function isHan(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd840 && c <= 0xd8bf) // high surrogates of planes 2-3 (extensions B…H)
  );
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A character that makes up words: Han, ASCII letter or digit, or a low surrogate (of a Han). */
export function isWordChar(c: number): boolean {
  return isHan(c) || isAsciiDigit(c) || isAsciiLetter(c) || (c >= 0xdc00 && c <= 0xdfff);
}

/** Horizontal white space after normalisation: space and tab. */
export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** Chinese/ASCII punctuation that ends a sentence or clause at the end of a line. */
export function isClauseEnd(c: number): boolean {
  return (
    c === 0x3002 || // 。
    c === 0xff1b || // ；
    c === 0x3b || // ;
    c === 0x21 ||
    c === 0x3f ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0x3a || // :
    c === 0xff1a ||
    c === 0x2c || // ,
    c === 0xff0c ||
    c === 0x3001 // 、
  );
}
