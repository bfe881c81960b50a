/**
 * Character tests over UTF-16 code units, shared by every scanner of core: plain comparisons, no
 * regular expressions. Each name says which characters it takes.
 */

/**
 * A CJK ideograph: the unified block, extension A, the compatibility ideographs, or a high surrogate
 * of the supplementary ideograph planes (extensions B…H), so that a rare character counts as Han.
 */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd840 && code <= 0xd8bf)
  );
}

/** A CJK unified ideograph of the basic block or extension A only (what notices' names are made of). */
export function isCommonHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** An ASCII digit `0`–`9`. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** An Arabic digit, ASCII (`0`–`9`) or full-width (`０`–`９`). */
export function isArabicDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** Space within a line: space, tab, no-break space, ideographic space (not line breaks). */
export function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
}
