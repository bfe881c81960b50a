/**
 * The small vocabulary every part of core shares. Plain TypeScript (no zod) so that the code the
 * browser widget uses never pulls zod in; the zod schemas that mirror these live in `schemas.ts`
 * and a test keeps the two in step.
 */

/**
 * A half-open range `[start, end)` of UTF-16 code units in the caller's ORIGINAL input.
 */
export interface Span {
  start: number;
  end: number;
}

/** Something odd about free-text input: reported, never thrown. */
export interface Warning {
  /** A stable, machine-readable code, e.g. `EMPTY_NUMBER_SLOT`. */
  code: string;
  /** What was found and why it matters, in English. */
  message: string;
  /** Where in the original input, when it has a place. */
  span?: Span;
}
