/**
 * One lookup table for every character that can be part of a numeral, so scanners read a character
 * class with a single array access (no regular expression, no Map). Each entry packs a class in
 * the high nibble and a small value in the low nibble.
 */

/** An Arabic digit, ASCII or full-width; value = the digit. */
export const ARABIC = 1;
/** A Chinese digit (一…九, 两/兩, financial 壹…玖, 〇/零); value = the digit. */
export const CJK_DIGIT = 2;
/** 十/拾 (value 1), 百/佰 (2), 千/仟 (3): value = power of ten. */
export const SMALL_UNIT = 3;
/** 万/萬 (value 4), 亿/億 (8): value = power of ten. */
export const BIG_UNIT = 4;
/** 廿 (20), 卅 (30), 卌 (40): a digit and 十 in one character; value = that digit. */
export const TENS = 5;
/** The decimal point of Arabic numerals, `.` or full-width `．`. */
export const DOT = 6;
/** 点/點 between Chinese digits (三点五); the scanner only accepts it when a digit follows. */
export const CJK_DOT = 7;
/** Whitespace that parseNumeral skips inside a numeral. */
export const SPACE = 8;

const table = new Uint8Array(0x10000);

function set(chars: string, cls: number, value: number): void {
  for (const char of chars) table[char.charCodeAt(0)] = (cls << 4) | value;
}

for (let digit = 0; digit <= 9; digit++) {
  table[0x30 + digit] = (ARABIC << 4) | digit;
  table[0xff10 + digit] = (ARABIC << 4) | digit;
}
set('〇零', CJK_DIGIT, 0);
set('一壹弌', CJK_DIGIT, 1);
set('二两兩贰貳弍', CJK_DIGIT, 2);
set('三叁參叄弎', CJK_DIGIT, 3);
set('四肆', CJK_DIGIT, 4);
set('五伍', CJK_DIGIT, 5);
set('六陆陸', CJK_DIGIT, 6);
set('七柒', CJK_DIGIT, 7);
set('八捌', CJK_DIGIT, 8);
set('九玖', CJK_DIGIT, 9);
set('十拾', SMALL_UNIT, 1);
set('百佰', SMALL_UNIT, 2);
set('千仟', SMALL_UNIT, 3);
set('万萬', BIG_UNIT, 4);
set('亿億', BIG_UNIT, 8);
set('廿', TENS, 2);
set('卅', TENS, 3);
set('卌', TENS, 4);
set('.．', DOT, 0);
set('点點', CJK_DOT, 0);
set(' \t\n\r\f\v\u00a0\u3000\u2009\u200b\ufeff', SPACE, 0);

/** The class (one of the constants above, 0 for none) of the UTF-16 code unit `code`. */
export function charClass(code: number): number {
  return table[code]! >> 4;
}

/** The value packed with the class: a digit, or a power of ten for units. */
export function charValue(code: number): number {
  return table[code]! & 15;
}

/** Powers of ten as exact doubles, 10^0 … 10^22. */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);
