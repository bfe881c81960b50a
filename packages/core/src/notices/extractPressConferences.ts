import { checkedContext, prepareDocument } from './_internal/document';
import { pressConferencesOf } from './_internal/pressConferences';
import type { PressConference } from './schemas';
import type { NoticeExtraction, NoticeOptions } from './types';

/**
 * Finds press conferences (`第七十三次新闻发布会`), one record per conference with its ordinal, date,
 * organiser and speakers.
 * See docs/extraction.md#press-conferences-extractpressconferences.
 *
 * @param text - the cleaned text.
 * @param options - reference instant and span mapping.
 * @returns the press conferences, in the order of their first mention.
 * @example
 * const text = '1月13日下午，某市政府新闻办公室召开第七十三次新闻发布会，' +
 *   '邀请某市卫生健康委员会副主任张三介绍情况。';
 * extractPressConferences(text, { reference: '2021-01-14T08:00:00+08:00' }).records[0];
 * // → { ordinal: 73, date: '2021-01-13', partOfDay: '下午', organiser: '某市政府新闻办公室',
 * //     speakers: [{ name: '张三', organisation: '某市卫生健康委员会', title: '副主任', … }], … }
 */
export function extractPressConferences(
  text: string,
  options: NoticeOptions = {},
): NoticeExtraction<PressConference> {
  return pressConferencesOf(prepareDocument(text, checkedContext(text, options)));
}
