import { describe, expect, it } from 'vitest';
import { readNumberBefore } from './readNumberBefore';

describe('readNumberBefore', () => {
  it.each<[string, string, number | 'missing' | 'unreadable']>([
    // text, the counter whose number is read
    ['其中确诊病例4人', '人', 4],
    ['其中确诊病例人', '人', 'missing'],
    ['无症状感染者人', '人', 'missing'],
    ['全员核酸检测63.5万人', '人', 635_000],
    ['成立300余个', '个', 300],
    ['出院 3 例', '例', 3],
    ['新闻发布会第八十次', '次', 80],
    ['十三五个', '个', 'unreadable'],
    ['共计六十二名', '名', 62],
  ])('reads the number before the counter in %s', (text, counter, expected) => {
    const slot = readNumberBefore(text, text.lastIndexOf(counter));
    if (typeof expected === 'number') {
      expect(slot).toMatchObject({ kind: 'value', value: expected });
    } else {
      expect(slot.kind).toBe(expected);
    }
  });

  it('reports the empty slot before 人 in 目前在院治疗人其中确诊病例人', () => {
    const text = '目前在院治疗人其中确诊病例人';
    expect(readNumberBefore(text, 6)).toEqual({ kind: 'missing', span: { start: 6, end: 6 }, counter: '人' });
    expect(readNumberBefore(text, 13)).toEqual({
      kind: 'missing',
      span: { start: 13, end: 13 },
      counter: '人',
    });
  });
});
