import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractNotices } from './extractNotices';
import { NoticeRecordSchema } from './schemas';

/** Words the extractors trigger on, to build adversarial and random inputs from. */
const PIECES = [
  '、',
  '等',
  '个',
  '第',
  '次',
  '经',
  '批准',
  '关于解除',
  '的通告',
  '解除封闭管控',
  '调整为',
  '低风险地区',
  '中风险',
  '将',
  '上述',
  '新闻发布会',
  '举行',
  '邀请',
  '主任',
  '赵连',
  '介绍',
  '月',
  '日',
  '12',
  '疫情防控情况通报',
  '(一)',
  '2021年',
  '社区',
  '街道',
  '〔2021〕',
  '23号',
  '连续',
  '14天无新增',
  '。',
  '，',
  '\n',
  '“',
];

describe('extractNotices', () => {
  it('never throws on arbitrary text and gives the same result twice', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((pieces) => pieces.join('')),
        ),
        (text) => {
          const first = extractNotices(text, { reference: '2021-01-14T08:00:00+08:00' });
          const second = extractNotices(text, { reference: '2021-01-14T08:00:00+08:00' });
          expect(second).toEqual(first);
          for (const record of first.records) expect(NoticeRecordSchema.safeParse(record).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
