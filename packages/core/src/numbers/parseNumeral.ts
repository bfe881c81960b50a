import { expectText } from '../_internal/args';
import { evaluateNumeral } from './_internal/evaluateNumeral';

/**
 * Reads ONE whole numeral (Arabic, Chinese in any script, or mixed like `63.5万`) and returns its value,
 * or `null` when the string is not exactly a numeral (in running text, use {@link findQuantities}).
 * See docs/numbers-and-times.md#numerals-parsenumeral.
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
