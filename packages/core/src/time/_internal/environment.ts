import { expectOptions, isBoolean, isInteger, objectOf, optional } from '../../_internal/args';
import { isInstant } from './isInstant';
import { YEAR_LOOKAHEAD_DAYS } from '../inferYear';
import { referenceYmd } from './inferYearFrom';
import type { InstantInput } from '../instant';
import type { ParseTimeOptions } from '../types';
import type { Ymd } from './chinaCalendar';
import type { ResolveEnv } from './resolveTimeExpression';

/**
 * Reads the options once. Options are structured input: a malformed reference or context throws
 * `FangkongError` (`INVALID_ARGUMENT`); the text itself never does.
 */
const TIME_OPTIONS = {
  reference: optional(isInstant),
  context: optional(
    objectOf({
      year: optional(isInteger(1000, 2999)),
      month: optional(isInteger(1, 12)),
      day: optional(isInteger(1, 31)),
    }),
  ),
  yearLookaheadDays: optional(isInteger(0, 3660)),
  carryContext: optional(isBoolean),
};

/** Checks a caller's time options (`FangkongError` `INVALID_ARGUMENT` when malformed). */
export function expectTimeOptions(options: ParseTimeOptions): void {
  expectOptions(options, 'options', TIME_OPTIONS);
}

/**
 * The resolving environment of options already checked (by {@link expectTimeOptions}, or built by
 * core itself with a reference in fangkong's own form): internal calls skip the check, which reads
 * the reference a second time.
 */
export function environmentOf(options: ParseTimeOptions): ResolveEnv {
  const lookaheadDays = options.yearLookaheadDays ?? YEAR_LOOKAHEAD_DAYS;
  const context = options.context;
  return {
    reference: options.reference === undefined ? null : cachedReferenceYmd(options.reference),
    lookaheadDays,
    context,
    carry: null,
  };
}

/** The last reference read: a caller scanning many texts of one document passes the same one. */
let lastReference: string | number | null = null;
let lastReferenceYmd: Ymd | null = null;

function cachedReferenceYmd(reference: InstantInput): Ymd {
  if (reference instanceof Date) return referenceYmd(reference, 'options.reference');
  if (reference !== lastReference || lastReferenceYmd === null) {
    lastReferenceYmd = referenceYmd(reference, 'options.reference');
    lastReference = reference;
  }
  return { ...lastReferenceYmd };
}
