import { isInlineSpace } from '../../_internal/chars';
import type { Scanned } from './scanQuantities';
import type { ListQuantity, Numeral, RangeQuantity, SingleQuantity } from '../types';

/**
 * Joining neighbouring numbers into ranges (`44至48`) and lists (`1、2`), shared by
 * findQuantities and the slot readers.
 */

const RANGE_MARKS = '至到-—–~～－〜';

function skipSpaces(text: string, position: number, limit: number): number {
  let p = position;
  while (p < limit && isInlineSpace(text.charCodeAt(p))) p++;
  return p;
}

/** A later number may share the earlier one's sense: same counter, or the earlier has none. */
function compatible(first: SingleQuantity, second: SingleQuantity): boolean {
  if (first.role === 'code' || second.role === 'code') return false;
  if (first.counter === null) return true;
  return first.counter === second.counter && first.role === second.role;
}

/** `44至48`, `0-24时`, `病例1—病例575` (the label before the first number repeated before the second). */
function isRangeGap(text: string, first: SingleQuantity, second: SingleQuantity): boolean {
  const limit = second.span.start;
  let p = skipSpaces(text, first.span.end, limit);
  if (p >= limit || !RANGE_MARKS.includes(text.charAt(p))) return false;
  p++;
  if (text.charAt(p) === '—' && text.charAt(p - 1) === '—') p++; // ——
  p = skipSpaces(text, p, limit);
  const label = limit - p;
  if (label === 0) return true;
  if (label > 8 || first.span.start < label) return false;
  return text.startsWith(text.slice(p, limit), first.span.start - label);
}

function isListGap(text: string, first: SingleQuantity, second: SingleQuantity): boolean {
  const limit = second.span.start;
  let p = skipSpaces(text, first.span.end, limit);
  if (text.charAt(p) !== '、') return false;
  p = skipSpaces(text, p + 1, limit);
  return p === limit;
}

export function joinRanges(text: string, items: Scanned[]): Scanned[] {
  const out: Scanned[] = [];
  for (let k = 0; k < items.length; k++) {
    const first = items[k]!.quantity;
    const next = items[k + 1]?.quantity;
    if (first.kind === 'number' && next?.kind === 'number' && !items[k]!.atomic && !items[k + 1]!.atomic) {
      if (first.role === 'code' && next.numeral.script === 'arabic' && text.charAt(first.span.end) === '-') {
        next.role = 'code'; // 010-84883777: both halves are one code
      } else if (compatible(first, next) && isRangeGap(text, first, next)) {
        out.push({ quantity: makeRange(text, first, next), bare: false });
        k++;
        continue;
      }
    }
    out.push(items[k]!);
  }
  return out;
}

function makeRange(text: string, first: SingleQuantity, second: SingleQuantity): RangeQuantity {
  const span = { start: first.span.start, end: second.span.end };
  return {
    kind: 'range',
    from: first.numeral,
    to: second.numeral,
    span,
    raw: text.slice(span.start, span.end),
    role: first.counter === null && first.role !== 'ordinal' ? second.role : first.role,
    counter: second.counter,
    counterSpan: second.counterSpan,
    footnote: second.footnote ?? first.footnote,
    qualifier: first.qualifier ?? second.qualifier,
  };
}

export function joinLists(text: string, items: Scanned[]): Scanned[] {
  const out: Scanned[] = [];
  let k = 0;
  while (k < items.length) {
    const members: SingleQuantity[] = [];
    let current = items[k]!.quantity;
    if (current.kind === 'number' && !items[k]!.atomic) {
      members.push(current);
      while (k + members.length < items.length) {
        const candidate = items[k + members.length]!;
        const next = candidate.quantity;
        if (next.kind !== 'number' || candidate.atomic || !compatible(current, next)) break;
        if (!isListGap(text, current, next)) break;
        members.push(next);
        current = next;
      }
    }
    if (members.length < 2) {
      out.push(items[k]!);
      k++;
      continue;
    }
    const first = members[0]!;
    const last = members[members.length - 1]!;
    const numerals: Numeral[] = members.map((member) => member.numeral);
    const span = { start: first.span.start, end: last.span.end };
    const list: ListQuantity = {
      kind: 'list',
      items: numerals,
      span,
      raw: text.slice(span.start, span.end),
      role: members.find((member) => member.counter !== null)?.role ?? first.role,
      counter: last.counter,
      counterSpan: last.counterSpan,
      footnote: last.footnote,
      qualifier: first.qualifier,
    };
    out.push({ quantity: list, bare: false });
    k += members.length;
  }
  return out;
}
