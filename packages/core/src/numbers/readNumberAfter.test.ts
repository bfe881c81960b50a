import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumeral } from './parseNumeral';
import { readNumberAfter } from './readNumberAfter';
import { readNumberBefore } from './readNumberBefore';

describe('readNumberAfter', () => {
  it.each<[string, string, number | 'missing' | 'unreadable', string | null]>([
    // text, cue after which the number is expected, result, counter
    ['目前在院治疗6人', '在院治疗', 6, '人'],
    ['目前在院治疗人其中确诊病例人', '在院治疗', 'missing', '人'],
    ['目前在院治疗人其中确诊病例人', '确诊病例', 'missing', '人'],
    ['大连已连续天无新增', '连续', 'missing', '天'],
    ['大连已连续8天无新增', '连续', 8, '天'],
    ['全员核酸检测 63.5万人', '核酸检测', 635_000, '人'],
    ['累计报告2841例*', '报告', 2841, '例'],
    ['新闻发布会第八十次', '发布会', 80, '次'],
    ['累计出院十三五人', '出院', 'unreadable', null],
    ['年月日时至时', '日', 'missing', '时'],
  ])('reads the slot in %s after %s', (text, cue, expected, counter) => {
    const slot = readNumberAfter(text, text.indexOf(cue) + cue.length);
    if (typeof expected === 'number') {
      expect(slot.kind).toBe('value');
      if (slot.kind === 'value') {
        expect(slot.value).toBe(expected);
        expect(slot.quantity.counter).toBe(counter);
      }
    } else {
      expect(slot.kind).toBe(expected);
      if (slot.kind === 'missing') expect(slot.counter).toBe(counter);
    }
  });

  it('marks an empty slot with an empty span where the number should stand', () => {
    const text = '目前在院治疗人其中确诊病例人';
    expect(readNumberAfter(text, 6)).toEqual({ kind: 'missing', span: { start: 6, end: 6 }, counter: '人' });
  });

  it('never borrows a number from further on', () => {
    const text = '目前在院治疗人，其中确诊病例4人';
    const slot = readNumberAfter(text, 6);
    expect(slot.kind).toBe('missing');
  });

  it('reads a range standing in the slot', () => {
    const slot = readNumberAfter('涉及病例44至48', 4);
    expect(slot.kind).toBe('range');
    if (slot.kind === 'range') expect([slot.quantity.from.value, slot.quantity.to.value]).toEqual([44, 48]);
  });
});

describe('number slots on arbitrary text', () => {
  it('never throw, and a value read is a numeral of the text with that value', () => {
    const pieces = fc.constantFrom(...'0123456789.一二两三十百千万零〇廿第例人天余多* 在院'.split(''));
    const texts = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: pieces, maxLength: 30 }));
    fc.assert(
      fc.property(texts, fc.integer({ min: -2, max: 32 }), (text, index) => {
        for (const slot of [readNumberAfter(text, index), readNumberBefore(text, index)]) {
          expect(slot.span.start).toBeGreaterThanOrEqual(0);
          expect(slot.span.end).toBeLessThanOrEqual(text.length);
          if (slot.kind === 'value') {
            const raw = text.slice(slot.span.start, slot.span.end);
            expect(parseNumeral(raw)).toBe(slot.value);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
