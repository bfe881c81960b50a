import type { Numeral, Quantity } from '../src/numbers/types';

/** A compact view of one quantity: `raw → value role counter`. */
export function quantityView(quantity: Quantity): string {
  const value =
    quantity.kind === 'number'
      ? String(quantity.value)
      : quantity.kind === 'range'
        ? `${quantity.from.value}..${quantity.to.value}`
        : quantity.items.map((item) => item.value).join(',');
  const extras = [quantity.footnote ? `footnote ${quantity.footnote}` : '', quantity.qualifier ?? '']
    .filter(Boolean)
    .join(' ');
  return `${quantity.raw} → ${value} ${quantity.role}${quantity.counter ? ` ${quantity.counter}` : ''}${extras ? ` (${extras})` : ''}`;
}

/** Every numeral a quantity holds. */
export function numeralsOf(quantity: Quantity): Numeral[] {
  return quantity.kind === 'number'
    ? [quantity.numeral]
    : quantity.kind === 'range'
      ? [quantity.from, quantity.to]
      : quantity.items;
}
