// The baseline for extraction speed, shared by the benches: NFKC, then one pass of one
// regular expression over the counts, reading each count's value as a trivial extractor must.

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000 };

/** The value of a Chinese numeral below 10⁸ (`十二`, `三百零五`, `一万二千`). */
export function chineseValue(numeral: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const char of numeral) {
    const unit = CHINESE_UNITS[char];
    if (unit === undefined) {
      digit = CHINESE_DIGITS[char] ?? 0;
    } else if (unit === 10_000) {
      total += (section + digit) * unit;
      section = 0;
      digit = 0;
    } else {
      section += (digit || 1) * unit;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** The baseline: NFKC, then one pass of one regular expression reading every count's value. */
const COUNT_RE = /(?:([0-9]+)|([零〇一二两三四五六七八九十百千万]+))\s?[例人名]/g;
export function plainScan(text: string): number {
  const folded = text.normalize('NFKC');
  let sum = 0;
  COUNT_RE.lastIndex = 0;
  for (let match = COUNT_RE.exec(folded); match; match = COUNT_RE.exec(folded))
    sum += match[1] !== undefined ? Number(match[1]) : chineseValue(match[2]!);
  return sum;
}
