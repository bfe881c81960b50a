/**
 * The characters of the figure grammar: one table of classes (stops, brackets, numerals) that the
 * clause reader and the readers of names around a count look up once per character, and the tests
 * for Han characters, blanks and the noise before a name.
 */

const HARD_STOPS = '。！!？?\n';
const SOFT_STOPS = '，,：:；;';
/** Stops that also close the parts `其中` / `含` opened (`含5例…；本土病例116例`). */
const PART_STOPS = '；;';
const OPEN = '（(';
const CLOSE = '）)';
const NUMERAL_CHARS = '0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万';
const ARABIC = '0123456789０１２３４５６７８９';

/** Character classes of the loop, one table lookup per character instead of string searches. */
export const HARD = 1;
export const SOFT = 2;
export const PART = 4;
export const OPENS = 8;
export const CLOSES = 16;
export const NUMERAL = 32;
export const DIGIT = 64;
export const CLASS = new Uint8Array(0x10000);
const classify = (chars: string, bit: number): void => {
  for (const char of chars) CLASS[char.charCodeAt(0)]! |= bit;
};
classify(HARD_STOPS, HARD);
classify(SOFT_STOPS, SOFT);
classify(PART_STOPS, PART);
classify(OPEN, OPENS);
classify(CLOSE, CLOSES);
classify(NUMERAL_CHARS, NUMERAL);
classify(ARABIC, DIGIT);
/** The class of the character at `index`; past the end of the text, every class (as `''.includes`). */
export const classAt = (text: string, index: number): number =>
  index < text.length ? CLASS[text.charCodeAt(index)]! : 0xff;

/** A CJK unified ideograph of the basic block. */
export const isHan = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;
/** List numbers and a leading connective before an area name (`1.锡林郭勒盟7例`, `和北京2例`). */
export const isLeadingNoise = (code: number): boolean =>
  !isHan(code) || code === 0x548c /* 和 */ || code === 0x53ca /* 及 */ || code === 0x4e0e /* 与 */;

/** Blanks between the parts of a list or a count (space, ideographic space, zero-width space, tab, CR). */
export const isBlank = (code: number): boolean =>
  code === 0x20 || code === 0x3000 || code === 0x200b || code === 0x09 || code === 0x0d;
