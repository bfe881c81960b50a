import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, splitSentences } from './sentences';

/** The sentences of a text as strings. */
function sentencesOf(text: string): string[] {
  const { starts, ends } = splitSentences(text);
  return starts.map((start, index) => text.slice(start, ends[index]));
}

describe('splitSentences', () => {
  it.each([
    ['一。二！三？四；五', ['一。', '二！', '三？', '四；', '五']],
    ['甲\n乙\r\n丙', ['甲', '乙', '丙']],
    ['他说：“好。走吧。”然后。', ['他说：“好。走吧。”然后。']],
    ['“好。”\n再见', ['“好。”', '再见']],
  ])('splits %j into %j', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('lets an unclosed quote hold terminators for 200 characters at most', () => {
    const text = `“${'字'.repeat(250)}。后面。`;
    expect(sentencesOf(text)).toEqual([`“${'字'.repeat(250)}。`, '后面。']);
    const short = `“${'字'.repeat(50)}。后面。`;
    expect(sentencesOf(short)).toEqual([short]);
  });

  it('covers the text in order, each offset in the sentence that holds it', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom(...'字。！？!?；“”」\n\r '), { maxLength: 300 })
          .map((chars) => chars.join('')),
        (text) => {
          const { starts, ends } = splitSentences(text);
          for (let index = 0; index < starts.length; index++) {
            expect(ends[index]).toBeGreaterThanOrEqual(starts[index] as number);
            if (index > 0) expect(starts[index]).toBeGreaterThanOrEqual(ends[index - 1] as number);
            expect(sentenceIndexAt({ starts, ends }, starts[index] as number)).toBe(index);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
