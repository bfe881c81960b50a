import { FangkongLatest } from './FangkongLatest';
import { FangkongQuarantine } from './FangkongQuarantine';
import { FangkongRiskLookup } from './FangkongRiskLookup';

/** The elements by tag name. */
export const FANGKONG_ELEMENTS = {
  'fangkong-quarantine': FangkongQuarantine,
  'fangkong-risk-lookup': FangkongRiskLookup,
  'fangkong-latest': FangkongLatest,
} as const;

/**
 * Registers the elements not yet defined (all three by default). Safe to call twice, and with
 * another copy of the widget already on the page.
 *
 * @example
 * import { defineFangkongElements } from '@fangkong/widget';
 * defineFangkongElements(['fangkong-quarantine']);
 * customElements.get('fangkong-quarantine'); // → FangkongQuarantine
 */
export function defineFangkongElements(
  tags: readonly (keyof typeof FANGKONG_ELEMENTS)[] = Object.keys(
    FANGKONG_ELEMENTS,
  ) as (keyof typeof FANGKONG_ELEMENTS)[],
): void {
  for (const tag of tags) {
    if (!customElements.get(tag)) customElements.define(tag, FANGKONG_ELEMENTS[tag]);
  }
}
