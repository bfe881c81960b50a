import { arrayOf, expectOptions, expectText, isInteger, isString, optional } from '../_internal/args';
import { counterMatcher } from './_internal/counters';
import { joinRanges } from './_internal/joinQuantities';
import { isInlineSpace } from '../_internal/chars';
import { canStartNumeral, type Scanned, scanQuantityAt } from './_internal/scanQuantities';
import { slotFrom } from './_internal/slotFrom';
import type { NumberSlot, ReadNumberOptions } from './types';

const READ_NUMBER_OPTIONS = { counters: optional(arrayOf(isString)) };

/**
 * Reads the number expected at `index` (spaces skipped), e.g. right after a cue such as `连续` or
 * `在院治疗`. When no numeral stands there the result is `missing` (with the counter found in its
 * place, if any), never 0 and never a number from further on.
 *
 * @param text - running text.
 * @param index - where the number should start (UTF-16 offset into `text`).
 * @param options - extra counters to recognise.
 * @returns `{ kind: 'value', value, quantity, span }`, `{ kind: 'range', … }`, `{ kind: 'missing', span, counter }`
 *   or `{ kind: 'unreadable', span, counter }`.
 * @example
 * readNumberAfter('目前在院治疗6人', 6); // → { kind: 'value', value: 6, span: { start: 6, end: 7 }, quantity: { counter: '人', … } }
 * readNumberAfter('目前在院治疗人', 6); // → { kind: 'missing', span: { start: 6, end: 6 }, counter: '人' }
 * readNumberAfter('大连已连续天无新增', 5); // → { kind: 'missing', span: { start: 5, end: 5 }, counter: '天' }
 */
export function readNumberAfter(text: string, index: number, options: ReadNumberOptions = {}): NumberSlot {
  expectText(text, 'text');
  isInteger(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)(index, 'index');
  expectOptions(options, 'options', READ_NUMBER_OPTIONS);
  const counters = counterMatcher(options.counters);
  let p = Math.max(0, Math.min(index, text.length));
  while (p < text.length && p - index < 3 && isInlineSpace(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) === 0x7b2c /* 第 */ && canStartNumeral(text, p + 1)) p++;
  if (!canStartNumeral(text, p)) {
    return { kind: 'missing', span: { start: p, end: p }, counter: counters.match(text, p) };
  }
  const found: Scanned[] = [];
  const state = { dayAfterMonth: -1 };
  const end = scanQuantityAt(text, p, text.length, counters, state, found);
  // 44至48, 病例1—病例575: the next number, if a range mark and at most a short label stand between
  let next = end;
  while (next < text.length && next - end <= 10 && !canStartNumeral(text, next)) next++;
  if (found.length === 1 && canStartNumeral(text, next)) {
    scanQuantityAt(text, next, text.length, counters, state, found);
    return slotFrom(joinRanges(text, found)[0]?.quantity, { start: p, end }, counters.match(text, end), p);
  }
  return slotFrom(found[0]?.quantity, { start: p, end }, counters.match(text, end), p);
}
