import type { InstantInput } from '../time/instant';
import type { TimeMatch } from '../time/types';
import type { AreaResolver } from '../areas/resolveAreaCode';
import type { Span, Warning } from '../types';
import type { DailyBulletin } from './schemas';
import { readDailyBulletins } from './_internal/readDailyBulletins';

/** Options of {@link extractDailyBulletins}. */
export interface ExtractDailyBulletinsOptions {
  /** Publication instant if the caller knows it; dates without a year are read relative to it. */
  reference?: InstantInput;
  /** Region of bulletins that name none (e.g. `大连市`). */
  region?: string;
  /** Maps a span of `text` to the caller's original input (from `cleanText`). Identity by default. */
  toOriginalSpan?: (span: Span) => Span;
  /**
   * The time expressions of `text` when the caller already ran `findTimeExpressions(text, { reference })`
   * (with the reference `extractRecords` reads the document with): saves a pass.
   */
  timeExpressions?: readonly TimeMatch[];
  /**
   * Resolves breakdown areas to division codes (inject `resolveArea` of `@fangkong/core/areas`); each
   * entry's `code`/`confidence` stay null without it.
   */
  resolveArea?: AreaResolver;
}

/**
 * Finds every daily bulletin (疫情通报) in a CLEANED text: each period phrase (`1月12日零时至24时`,
 * `2022年3月13日0—24时`, `（0-24时）`, even `年月日时至时` with its digits stripped) opens a bulletin that runs
 * to the next one; its region follows the period (`，大连市无新增…`) or is inherited from the previous
 * bulletin / `options.region`; its figures are read with their spans, own as-of instants
 * (`截至…24时`, `1月13日下午`), and breakdowns by district or province.
 *
 * Figures the text does not state are null; a slot without a number is null with EMPTY_NUMBER_SLOT; an
 * undatable period is null with UNDATED_PERIOD. Never throws on text. Warnings that belong to no
 * bulletin (an as-of instant that opens none) are returned by {@link extractDailyBulletinsWithWarnings}.
 *
 * @param text - cleaned text (see `cleanText`); spans are mapped with `options.toOriginalSpan`.
 * @returns the bulletins, in text order.
 * @example
 * const [bulletin] = extractDailyBulletins('2021年1月12日零时至24时,大连市无新增本土确诊病例和本土无症状感染者。');
 * bulletin.period; // → { start: '2021-01-12T00:00:00+08:00', end: '2021-01-13T00:00:00+08:00' }
 * bulletin.region; // → '大连市'
 * bulletin.newLocalConfirmed.value; // → 0
 */
export function extractDailyBulletins(
  text: string,
  options: ExtractDailyBulletinsOptions = {},
): DailyBulletin[] {
  return readDailyBulletins(text, options).bulletins;
}

/** What {@link extractDailyBulletinsWithWarnings} returns: the shape of the notice extractors' results. */
export interface DailyBulletinExtraction {
  /** The bulletins, in text order; each carries its own warnings. */
  records: DailyBulletin[];
  /**
   * Warnings that belong to no bulletin: an as-of instant followed by case words that opens none,
   * because its sentence has no count (`AS_OF_WITHOUT_FIGURES`) or it cannot be dated
   * (`UNDATED_PERIOD`, or `YEAR_UNKNOWN` when only the year is missing).
   */
  warnings: Warning[];
}

/**
 * {@link extractDailyBulletins} with the warnings that belong to no bulletin, as `{ records, warnings }`
 * like `extractNotices`: nothing the reader skipped goes unsaid. Same options; never throws on text.
 *
 * @param text - cleaned text (see `cleanText`).
 * @returns the bulletins and the document-level warnings.
 * @example
 * const { records, warnings } = extractDailyBulletinsWithWarnings(
 *   '截至2022年6月30日24时，全区已连续21天无新增本土确诊病例。',
 * );
 * records.length; // → 0
 * warnings[0].code; // → 'AS_OF_WITHOUT_FIGURES'
 */
export function extractDailyBulletinsWithWarnings(
  text: string,
  options: ExtractDailyBulletinsOptions = {},
): DailyBulletinExtraction {
  const { bulletins, warnings } = readDailyBulletins(text, options);
  return { records: bulletins, warnings };
}
