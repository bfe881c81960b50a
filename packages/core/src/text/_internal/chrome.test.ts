import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsIn, FOOTER_FIELDS, FOOTER_MARKS, wordsByFirst } from './chrome';

/** The reading the scan replaces: the first word of the list, in list order, inside the range. */
const firstWordIn = (text: string, a: number, b: number, words: readonly string[]): string | null =>
  words.find((word) => text.slice(a, b).includes(word)) ?? null;

describe('containsIn, the footer-word scan', () => {
  it.each([
    ['footer marks', FOOTER_MARKS],
    ['footer fields', FOOTER_FIELDS],
  ])('finds the first of the %s a range holds, as a search for each word in turn would', (_, words) => {
    const list = wordsByFirst(words);
    // Whole words, their halves (a word cut at a range end), words sharing a first unit, and text.
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((word) => word.slice(0, Math.ceil(word.length / 2))),
      fc.constantFrom(...words).map((word) => word.slice(1)),
      fc.constantFrom('本土', '主要', '版本', 'C', '公告', '地址', ':', '备', ' ', '新增3例'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const text = pieces.join('');
        const a = x % (text.length + 1);
        const b = a + (y % (text.length - a + 1));
        expect(containsIn(text, a, b, list)).toBe(firstWordIn(text, a, b, words));
      }),
      { numRuns: 3000 },
    );
  });
});
