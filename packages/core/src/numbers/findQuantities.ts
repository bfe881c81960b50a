import { arrayOf, expectOptions, expectText, isBoolean, isString, oneOf, optional } from '../_internal/args';
import { counterMatcher } from './_internal/counters';
import { joinLists, joinRanges } from './_internal/joinQuantities';
import { canStartNumeral, type Scanned, type ScanState, scanQuantityAt } from './_internal/scanQuantities';
import type { FindQuantitiesOptions, Quantity } from './types';

/**
 * Finds every number in running text, with its span, value, counter, footnote mark and role, in
 * one linear scan (no backtracking regular expression).
 *
 * - Arabic (ASCII, full-width), Chinese (`八十`, `两`, `廿三`), mixed (`63.5万` = 635000, `1.66亿`);
 * - the counter that follows (`例`, `人`, `名`, `个`, `家`, `户`, `张`, `支`, `轮`, `次`, `天`, `日` …),
 *   a footnote mark (`2841例*`), 第 (`第八十次` → ordinal 80), 余/多/约/近 (qualifier);
 * - roles tell counts from dates (`1月12日`, `2021/1/20`), times (`24时`, `19:13`) and codes
 *   (`010-84883777`), so `{ roles: ['count'] }` leaves dates and times out;
 * - ranges (`病例44至48`, `病例1—病例575`, `0-24时`, `三四天`) and, when asked, lists (`1、2`).
 *
 * A single Chinese digit with no counter and no 第 (`统一`, `一是`, `两委`) is left out unless
 * `bareChineseDigits` is set. A run that is not a numeral we can read honestly (`十三五`, `一二`
 * without a counter sense) is left out: nothing is guessed.
 *
 * @param text - running text; spans are UTF-16 offsets into it.
 * @param options - filters and grouping, see {@link FindQuantitiesOptions}.
 * @returns the quantities in text order.
 * @example
 * findQuantities('累计报告确诊病例2841例*，第八十次发布会');
 * // → [
 * //   { kind: 'number', value: 2841, role: 'count', counter: '例', footnote: '*', span: { start: 8, end: 14 }, … },
 * //   { kind: 'number', value: 80, role: 'ordinal', counter: '次', span: { start: 15, end: 19 }, … },
 * // ]
 * findQuantities('1月12日0时至24时新增3例', { roles: ['count'] });
 * // → [{ kind: 'number', value: 3, counter: '例', … }]
 */
export function findQuantities(text: string, options: FindQuantitiesOptions = {}): Quantity[] {
  expectText(text, 'text');
  expectOptions(options, 'options', {
    roles: optional(arrayOf(oneOf(['count', 'ordinal', 'date', 'time', 'code']))),
    counters: optional(arrayOf(isString)),
    requireCounter: optional(isBoolean),
    ranges: optional(isBoolean),
    lists: optional(isBoolean),
    bareChineseDigits: optional(isBoolean),
  });
  const counters = counterMatcher(options.counters);
  const state: ScanState = { dayAfterMonth: -1 };
  const scanned: Scanned[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (canStartNumeral(text, i)) i = scanQuantityAt(text, i, length, counters, state, scanned);
    else i++;
  }
  let joined = scanned;
  if (options.ranges !== false) joined = joinRanges(text, joined);
  if (options.lists === true) joined = joinLists(text, joined);

  const roles = options.roles;
  const wanted = options.counters;
  const result: Quantity[] = [];
  for (const { quantity, bare } of joined) {
    if (bare && options.bareChineseDigits !== true) continue;
    if (roles !== undefined && !roles.includes(quantity.role)) continue;
    if (quantity.counter === null && (options.requireCounter === true || wanted !== undefined)) continue;
    if (wanted !== undefined && quantity.counter !== null && !wanted.includes(quantity.counter)) continue;
    result.push(quantity);
  }
  return result;
}
