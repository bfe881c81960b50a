import type { Span, Warning } from '../../types';
import type { NoticeOptions } from '../types';

/** Maps a `[start, end)` of the cleaned text to a span of the original input. */
export type SpanMapper = (start: number, end: number) => Span;

/** The span mapper of a context: its `toOriginalSpan`, or the identity. */
export function spanMapper(options: NoticeOptions): SpanMapper {
  const map = options.toOriginalSpan;
  return map ? (start, end) => map({ start, end }) : (start, end) => ({ start, end });
}

/** A warning with a span of the original input. */
export function warningAt(code: string, message: string, span: Span | null): Warning {
  return span ? { code, message, span } : { code, message };
}

/**
 * The warning code for a time expression that could not be resolved: `YEAR_UNKNOWN` when only the
 * reference instant was missing, `UNDATED_PERIOD` otherwise (digits stripped, no context…).
 */
export function undatedCode(failureCode: string | undefined): 'YEAR_UNKNOWN' | 'UNDATED_PERIOD' {
  return failureCode === 'NEEDS_REFERENCE' ? 'YEAR_UNKNOWN' : 'UNDATED_PERIOD';
}
