import { checkedContext, prepareDocument } from './_internal/document';
import { bulletinIndexesOf } from './_internal/bulletinIndexes';
import { pressConferencesOf } from './_internal/pressConferences';
import { riskChangesOf } from './_internal/riskChanges';
import { unsealingsOf } from './_internal/unsealings';
import type { Warning } from '../types';
import type { NoticeRecord } from './schemas';
import type { NoticeOptions, NoticeExtraction } from './types';

/**
 * Runs every notices extractor on one cleaned text — risk-level changes, unsealing notices, press
 * conferences and bulletin indexes — sharing one pass over sentences and time expressions. This is
 * what the document-level `extractRecords` calls after cleaning; daily bulletins are not its job.
 *
 * Never throws on odd text (a malformed `options.reference` is a programming error and does throw
 * `FangkongError` `INVALID_ARGUMENT`). Linear in the text's length. Deterministic.
 *
 * @param text - the cleaned text (`cleanText(input).text`).
 * @param options - `reference` (publication instant), `toOriginalSpan` (from `cleanText`), `region`,
 *   `resolveArea`, and optionally the `timeExpressions` already found in `text`.
 * @returns all records, ordered by where they start in the original input.
 * @example
 * const html =
 *   '<h1>庄河市新冠肺炎疫情防控工作新闻发布会（第十次）</h1><p>2021年11月23日下午召开新闻发布会。</p>' +
 *   '<p>自2021年11月23日0时起，将庄河市城关街道海洋村刘亮屯由中风险地区调整为低风险地区。</p>';
 * const cleaned = cleanText(html, { format: 'html' });
 * const { records } = extractNotices(cleaned.text, {
 *   reference: '2021-11-24T14:03:00+08:00',
 *   toOriginalSpan: cleaned.toOriginalSpan,
 * });
 * records.map((record) => record.kind); // → ['pressConference', 'riskChange']
 */
export function extractNotices(text: string, options: NoticeOptions = {}): NoticeExtraction<NoticeRecord> {
  return extractNoticesUnchecked(text, checkedContext(text, options));
}

/**
 * {@link extractNotices} for `extractRecords`, which builds the options itself (a reference in
 * fangkong's own form, its time expressions): the arguments are not checked again.
 */
export function extractNoticesUnchecked(
  text: string,
  options: NoticeOptions,
): NoticeExtraction<NoticeRecord> {
  const doc = prepareDocument(text, options);
  const parts = [riskChangesOf(doc), unsealingsOf(doc), pressConferencesOf(doc), bulletinIndexesOf(doc)];
  // A loop, not flatMap: flatMap over four mostly empty lists was 3% of a short document's time.
  const records: NoticeRecord[] = [];
  const warnings: Warning[] = [];
  for (const part of parts) {
    for (const record of part.records) records.push(record as NoticeRecord);
    for (const warning of part.warnings) warnings.push(warning);
  }
  records.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { records, warnings };
}
