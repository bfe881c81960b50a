import { arrayOf, expectOptions, expectText, isBoolean, isString, oneOf, optional } from '../_internal/args';
import { counterMatcher } from './_internal/counters';
import { joinLists, joinRanges } from './_internal/joinQuantities';
import { canStartNumeral, type Scanned, type ScanState, scanQuantityAt } from './_internal/scanQuantities';
import type { FindQuantitiesOptions, Quantity } from './types';

const FIND_QUANTITIES_OPTIONS = {
  roles: optional(arrayOf(oneOf(['count', 'ordinal', 'date', 'time', 'code']))),
  counters: optional(arrayOf(isString)),
  requireCounter: optional(isBoolean),
  ranges: optional(isBoolean),
  lists: optional(isBoolean),
  bareChineseDigits: optional(isBoolean),
};

/**
 * Finds every number in running text, with its span, value, counter, footnote mark and role, in
 * one linear scan.
 * See docs/numbers-and-times.md#quantities-in-running-text-findquantities.
 *
 * @param text - running text; spans are UTF-16 offsets into it.
 * @param options - filters and grouping, see {@link FindQuantitiesOptions}.
 * @returns the quantities in text order.
 * @example
 * findQuantities('累计报告确诊病例2841例*，第八十次发布会');
 * // → [{ kind: 'number', value: 2841, role: 'count', counter: '例', footnote: '*', span: { start: 8, end: 14 }, … },
 * //    { kind: 'number', value: 80, role: 'ordinal', counter: '次', span: { start: 15, end: 19 }, … }]
 * findQuantities('1月12日0时至24时新增3例', { roles: ['count'] });
 * // → [{ kind: 'number', value: 3, counter: '例', … }]
 */
export function findQuantities(text: string, options: FindQuantitiesOptions = {}): Quantity[] {
  expectText(text, 'text');
  expectOptions(options, 'options', FIND_QUANTITIES_OPTIONS);
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
