import { invalidArgument } from '../../_internal/invalidArgument';
import type { DayZeroConvention } from '../dayCount';

const CONVENTIONS: readonly unknown[] = ['anchorDayIsZero', 'anchorDayIsOne'];

function checkConvention(convention: unknown): void {
  if (!CONVENTIONS.includes(convention))
    throw invalidArgument('convention', '"anchorDayIsZero" or "anchorDayIsOne"', convention);
}

/**
 * The number a convention gives the anchor's own calendar day: 0 or 1.
 */
export function firstDayNumber(convention: DayZeroConvention): 0 | 1 {
  if (convention === 'anchorDayIsOne') return 1;
  if (convention !== 'anchorDayIsZero') checkConvention(convention);
  return 0;
}
