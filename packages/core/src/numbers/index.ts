/**
 * Chinese numerals (`parseNumeral`) and the quantities in running text (`findQuantities`).
 * zod-free.
 *
 * @module @fangkong/core/numbers
 */
export type {
  FindQuantitiesOptions,
  ListQuantity,
  Numeral,
  NumeralScript,
  NumberSlot,
  Quantity,
  QuantityQualifier,
  QuantityRole,
  RangeQuantity,
  ReadNumberOptions,
  SingleQuantity,
} from './types';
export { DEFAULT_COUNTERS } from './defaultCounters';
export { findQuantities } from './findQuantities';
export { parseNumeral } from './parseNumeral';
export { readNumberAfter } from './readNumberAfter';
export { readNumberBefore } from './readNumberBefore';
