import { expectText } from '../_internal/args';
import { evaluateNumeral } from './_internal/evaluateNumeral';

/**
 * Reads ONE whole numeral and returns its value, or `null` when the string is not exactly a
 * numeral (to find numerals inside running text, use {@link findQuantities}).
 *
 * Accepts Arabic digits (ASCII and full-width, thousands commas in groups of three, a decimal
 * point), Chinese numerals in simplified, traditional and financial forms (`八十`, `十一`, `两`,
 * `〇`/`零`, `廿`, `卅`, `一百零五`, `一千零一十`, `三亿五千万`, `兩萬`, `壹佰贰拾`), positional digits
 * (`二〇二一` = 2021), `点` decimals (`三点五`), the spoken ellipsis of the last unit (`一万五` =
 * 15000) and Arabic numbers with Chinese magnitudes (`63.5万`, `1.66亿`, `3万5千`). Whitespace
 * around and inside is ignored. The arithmetic is exact for integers up to 2^53 (`1.66亿` is
 * exactly 166000000); a value with a fraction is the nearest double.
 *
 * Why not a library: `nzh` (1.0.14) decodes one script per call, returns 0 (not an error) for what
 * it cannot read, and misreads 两, 廿, positional 二〇二一 (221), 一万五 (10005), full-width and mixed
 * forms; `chinese-numbers-converter` (2.3.1) reads 三亿五千万 as 3000050000000, 万 alone as 10000
 * and 十三五 as 45. Neither finds numbers in running text with spans. nzh stays as the reference
 * writer of the property tests.
 *
 * @param text - the numeral alone, e.g. a slice found by a date parser.
 * @returns the value, or `null` for anything else (`万`, `十十`, `12例`, an empty string).
 * @example
 * parseNumeral('二〇二一'); // → 2021
 * parseNumeral('廿三'); // → 23
 * parseNumeral('１２'); // → 12
 * parseNumeral('63.5万'); // → 635000
 * parseNumeral('三亿五千万'); // → 350000000
 * parseNumeral('十二例'); // → null
 */
export function parseNumeral(text: string): number | null {
  expectText(text, 'text');
  const value = evaluateNumeral(text, 0, text.length);
  return Number.isNaN(value) ? null : value;
}
