import { spanMapper } from './_internal/context';
import { checkedContext } from './_internal/document';
import { indexesIn } from './_internal/bulletinIndexes';
import type { BulletinIndex } from './schemas';
import type { NoticeExtraction, NoticeOptions } from './types';

/**
 * Finds bulletin indexes: runs of bulletin titles (`12月22日大连疫情防控情况通报(上午)`), each with its
 * date and part; dates are never invented.
 * See docs/extraction.md#bulletin-indexes-extractbulletinindexes.
 *
 * @param text - the cleaned text.
 * @param options - reference instant and span mapping (see {@link NoticeOptions}).
 * @returns one `bulletinIndex` record per run of titles.
 * @example
 * extractBulletinIndexes('2020年\n12月31日某市疫情通报(三)2021年\n1月1日某市疫情通报', {})
 *   .records[0].entries.map((entry) => [entry.date, entry.part]);
 * // → [['2020-12-31', 3], ['2021-01-01', null]]
 */
export function extractBulletinIndexes(
  text: string,
  options: NoticeOptions = {},
): NoticeExtraction<BulletinIndex> {
  const checked = checkedContext(text, options);
  return indexesIn(text, checked, spanMapper(checked));
}
