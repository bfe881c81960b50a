import { arrayOf, expectOptions, expectText, isInteger, isString, optional } from '../_internal/args';
import { isInlineSpace } from '../_internal/chars';
import { counterMatcher } from './_internal/counters';
import {
  canStartNumeral,
  insideNumeral,
  MAX_RUN,
  type Scanned,
  scanQuantityAt,
} from './_internal/scanQuantities';
import { slotFrom } from './_internal/slotFrom';
import type { NumberSlot, ReadNumberOptions } from './types';

const READ_NUMBER_OPTIONS = { counters: optional(arrayOf(isString)) };

/**
 * Reads the number that should stand right before `index`, typically the position of a counter the
 * extractor found (`人` in `在院治疗6人`). Spaces and a 余/多 between number and counter are
 * skipped. When no numeral ends there the result is `missing`, never 0 and never a number borrowed
 * from elsewhere. A Chinese digit that is really the end of a word (`统一人`) cannot be told apart
 * here; the caller knows the sentence pattern.
 *
 * @param text - running text.
 * @param index - where the number should end, e.g. the offset of its counter.
 * @param options - extra counters to recognise.
 * @returns `{ kind: 'value', value, quantity, span }`, `{ kind: 'missing', span, counter }`, …
 * @example
 * readNumberBefore('其中确诊病例4人', 7); // → { kind: 'value', value: 4, span: { start: 6, end: 7 }, … }
 * readNumberBefore('其中确诊病例人', 6); // → { kind: 'missing', span: { start: 6, end: 6 }, counter: '人' }
 */
export function readNumberBefore(text: string, index: number, options: ReadNumberOptions = {}): NumberSlot {
  expectText(text, 'text');
  isInteger(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)(index, 'index');
  expectOptions(options, 'options', READ_NUMBER_OPTIONS);
  const counters = counterMatcher(options.counters);
  const at = Math.max(0, Math.min(index, text.length));
  let end = at;
  while (end > 0 && at - end < 3 && isInlineSpace(text.charCodeAt(end - 1))) end--;
  const qualifier = text.charCodeAt(end - 1);
  if ((qualifier === 0x4f59 /* 余 */ || qualifier === 0x591a) /* 多 */ && end >= 2) {
    if (insideNumeral(text.charCodeAt(end - 2))) end--;
  }
  let start = end;
  while (start > 0 && end - start < MAX_RUN && insideNumeral(text.charCodeAt(start - 1))) start--;
  if (start === end) return { kind: 'missing', span: { start: end, end }, counter: counters.match(text, at) };
  // Read the run forwards as findQuantities would, and take the numeral that ends exactly at `end`.
  let p = start;
  while (p < end) {
    if (!canStartNumeral(text, p)) {
      p++;
      continue;
    }
    const found: Scanned[] = [];
    const next = scanQuantityAt(text, p, text.length, counters, { dayAfterMonth: -1 }, found);
    for (const { quantity } of found) {
      const numeralEnd =
        quantity.kind === 'number'
          ? quantity.numeral.span.end
          : quantity.kind === 'range'
            ? quantity.to.span.end
            : -1;
      const numeralStart =
        quantity.kind === 'number'
          ? quantity.numeral.span.start
          : quantity.kind === 'range'
            ? quantity.from.span.start
            : -1;
      if (numeralEnd === end) return slotFrom(quantity, { start: p, end }, null, numeralStart);
    }
    if (next >= end) break;
    p = next;
  }
  return { kind: 'unreadable', span: { start, end }, counter: counters.match(text, at) };
}
