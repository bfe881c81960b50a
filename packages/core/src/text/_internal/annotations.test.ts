import { describe, expect, it } from 'vitest';
import { mayOpenPinyin, PINYIN_RE } from './annotations';

describe('mayOpenPinyin, the test before the pinyin expression', () => {
  it('lets through every code unit that the expression reads right after the bracket', () => {
    const missed: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const opens = [`(${String.fromCharCode(c)})`, `(${String.fromCharCode(c)}a)`].some((text) => {
        PINYIN_RE.lastIndex = 0;
        return PINYIN_RE.test(text);
      });
      if (opens && !mayOpenPinyin(c)) missed.push(c.toString(16));
    }
    expect(missed).toEqual([]);
  });
});
