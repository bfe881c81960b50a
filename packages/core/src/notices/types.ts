import type { AreaResolver } from '../areas/resolveAreaCode';
import type { InstantInput } from '../time/instant';
import type { TimeMatch } from '../time/types';
import type { Span, Warning } from '../types';

/**
 * What every notices extractor takes beside the cleaned text. The bulletins helper's
 * `extractRecords` builds it once per document:
 *
 * ```ts
 * const cleaned = cleanText(input, { format });
 * const options: NoticeOptions = {
 *   reference,                               // options.reference, or the publication instant found in the document
 *   toOriginalSpan: cleaned.toOriginalSpan,  // every span in a record points into the ORIGINAL input
 *   region: options.region,                  // e.g. '大连市'
 *   resolveArea: options.resolveArea,        // optional, injected by the CLI
 * };
 * const { records, warnings } = extractNotices(cleaned.text, options);
 * ```
 */
export interface NoticeOptions {
  /**
   * The publication instant, when known: dates without a year take the nearest year not far
   * after it. Without it, such dates stay null with a `YEAR_UNKNOWN` warning.
   */
  reference?: InstantInput | undefined;
  /** Maps a span of the cleaned text to the caller's original input; identity when absent. */
  toOriginalSpan?: ((span: Span) => Span) | undefined;
  /** The default region (e.g. `大连市`): passed to `resolveArea` as where to look. */
  region?: string | undefined;
  /**
   * The time expressions of the cleaned text, when the caller has already run
   * `findTimeExpressions(text, { reference })` on it (spans in cleaned-text offsets): saves a pass.
   */
  timeExpressions?: readonly TimeMatch[] | undefined;
  /** Resolves a full area name to a division code (the CLI injects `@fangkong/core/areas`'s `resolveArea`). */
  resolveArea?: AreaResolver | undefined;
}

/** What an extractor returns: its records, and warnings about the document as a whole. */
export interface NoticeExtraction<R> {
  /** Records in the order they start in the text. Each carries its own warnings. */
  records: R[];
  /** Warnings not tied to one record (rare). */
  warnings: Warning[];
}
