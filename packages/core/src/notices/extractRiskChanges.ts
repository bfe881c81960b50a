import { checkedContext, prepareDocument } from './_internal/document';
import { riskChangesOf } from './_internal/riskChanges';
import type { RiskChange } from './schemas';
import type { NoticeExtraction, NoticeOptions } from './types';

/**
 * Finds risk-level changes (`从23日零时起，将上述…调整为低风险地区`) and classifications into a scheme's levels.
 * See docs/extraction.md#risk-level-changes-extractriskchanges.
 *
 * @param text - the cleaned text.
 * @param options - reference instant, span mapping, optional area resolver.
 * @returns the changes, in text order, each with its warnings.
 * @example
 * const text = '截至11月22日24时，某县A街道B村C屯等30个中风险地区连续14天无新增。' +
 *   '从23日零时起，将上述30个中风险地区调整为低风险地区。';
 * const [change] = extractRiskChanges(text, { reference: '2021-11-24T14:03:00+08:00' }).records;
 * change.areas[0].fullName; // → '某县A街道B村C屯'
 * [change.declaredCount, change.exampleList]; // → [30, true]
 * [change.fromLevel?.level, change.toLevel?.level]; // → ['medium', 'low']
 * change.effectiveAt; // → '2021-11-23T00:00:00+08:00'
 * change.condition?.days; // → 14
 */
export function extractRiskChanges(text: string, options: NoticeOptions = {}): NoticeExtraction<RiskChange> {
  return riskChangesOf(prepareDocument(text, checkedContext(text, options)));
}
