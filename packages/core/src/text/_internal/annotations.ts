/** Pinyin in brackets (`(shí)`, `(zhì)`, `(shi2)`), after the (already folded) `(`. */
export const PINYIN_RE = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ]{1,7}[1-5]?\)/y;

/**
 * Whether code unit `c` may open pinyin (after the bracket): an ASCII lower-case letter, or a unit
 * from `à` (U+00E0) to `ḿ` (U+1E3F), which holds every toned letter {@link PINYIN_RE} reads. A
 * bracket followed by anything else (a digit, a Han character: `(0-24时)`, `(含境外输入)`) is not
 * tried against the expression.
 */
export function mayOpenPinyin(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0x1e3f);
}

/**
 * Bracketed pinyin right after a Han character (`0时(shí)至24时(shí)`): scraper annotations, not text.
 * One pass over the `(` of the text.
 */
export function annotationSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const before = text.charCodeAt(open - 1);
    if (!(before >= 0x4e00 && before <= 0x9fff) || !mayOpenPinyin(text.charCodeAt(open + 1))) continue;
    PINYIN_RE.lastIndex = open;
    const match = PINYIN_RE.exec(text);
    if (match) spans.push([open, open + match[0].length]);
  }
  return spans;
}
