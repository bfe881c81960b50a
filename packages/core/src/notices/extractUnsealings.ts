import { checkedContext, prepareDocument } from './_internal/document';
import { unsealingsOf } from './_internal/unsealings';
import type { Unsealing } from './schemas';
import type { NoticeExtraction, NoticeOptions } from './types';

/**
 * Finds notices lifting closed management (`…自1月16日零时起解除封闭管控`), one record per notice.
 * See docs/extraction.md#unsealings-extractunsealings.
 *
 * @param text - the cleaned text.
 * @param options - reference instant, span mapping, optional area resolver.
 * @returns the notices, in text order.
 * @example
 * const text = '经大连市疫情防控总指挥部批准，金普新区光中街道和平社区、站前街道御龙湾社区自1月16日零时起解除封闭管控。';
 * extractUnsealings(text, { reference: '2021-01-15T20:00:00+08:00' }).records[0];
 * // → { areas: [{ fullName: '金普新区光中街道和平社区', … }, { fullName: '金普新区站前街道御龙湾社区', … }],
 * //     effectiveAt: '2021-01-16T00:00:00+08:00', issuer: { name: '大连市疫情防控总指挥部', … }, … }
 */
export function extractUnsealings(text: string, options: NoticeOptions = {}): NoticeExtraction<Unsealing> {
  return unsealingsOf(prepareDocument(text, checkedContext(text, options)));
}
