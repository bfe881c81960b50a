import type { Span } from '../../types';
import type { NumberSlot, Quantity } from '../types';

/** The slot result for the quantity read at `numeralStart` (or for nothing readable there). */
export function slotFrom(
  quantity: Quantity | undefined,
  unreadable: Span,
  counterAfter: string | null,
  numeralStart: number,
): NumberSlot {
  if (quantity?.kind === 'number' && quantity.numeral.span.start === numeralStart) {
    return { kind: 'value', value: quantity.value, quantity, span: quantity.numeral.span };
  }
  if (quantity?.kind === 'range' && quantity.from.span.start === numeralStart) {
    return { kind: 'range', quantity, span: { start: quantity.from.span.start, end: quantity.to.span.end } };
  }
  return { kind: 'unreadable', span: unreadable, counter: counterAfter };
}
