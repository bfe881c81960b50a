import { FangkongError } from '../../errors';
import { referenceYmd, YEAR_LOOKAHEAD_DAYS } from '../inferYear';
import type { InstantInput } from '../instant';
import type { ParseTimeOptions } from '../types';
import type { Ymd } from './chinaCalendar';
import type { ResolveEnv } from './resolveTimeExpression';

/**
 * Reads the options once. Options are structured input: a malformed reference or context throws
 * `FangkongError` (`INVALID_ARGUMENT`); the text itself never does.
 */
export function environmentOf(options: ParseTimeOptions): ResolveEnv {
  const lookaheadDays = options.yearLookaheadDays ?? YEAR_LOOKAHEAD_DAYS;
  if (!Number.isFinite(lookaheadDays) || lookaheadDays < 0) {
    throw new FangkongError(
      'INVALID_ARGUMENT',
      `yearLookaheadDays must be a number of days ≥ 0, got ${String(options.yearLookaheadDays)}`,
    );
  }
  const context = options.context;
  if (context) {
    const checks: Array<[keyof typeof context, number, number]> = [
      ['year', 1000, 2999],
      ['month', 1, 12],
      ['day', 1, 31],
    ];
    for (const [field, min, max] of checks) {
      const value = context[field];
      if (value !== undefined && (!Number.isInteger(value) || value < min || value > max)) {
        throw new FangkongError(
          'INVALID_ARGUMENT',
          `context.${field} must be an integer from ${min} to ${max}, got ${String(value)}`,
        );
      }
    }
  }
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
  if (reference instanceof Date) return referenceYmd(reference);
  if (reference !== lastReference || lastReferenceYmd === null) {
    lastReferenceYmd = referenceYmd(reference);
    lastReference = reference;
  }
  return { ...lastReferenceYmd };
}
