import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  containsIn,
  FOOTER_FIELDS,
  FOOTER_MARK_START,
  FOOTER_MARKS,
  FOOTER_SIGN,
  findChrome,
  wordsByFirst,
} from './chrome';

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

describe('findChrome with native searches for footer marks and disclaimers', () => {
  it.each(FOOTER_MARKS)('finds where the footer mark %s starts', (mark) => {
    const text = `本市新增${mark}病例`;
    FOOTER_MARK_START.lastIndex = 0;
    const found = mark === FOOTER_SIGN ? text.indexOf(FOOTER_SIGN) : FOOTER_MARK_START.exec(text)?.index;
    expect(found).toBe(4);
  });

  it('finds what it finds when every line is scanned for them', () => {
    const marks = wordsByFirst(FOOTER_MARKS);
    // Lines of bulletin text, footers (whole, glued to a line's end, cut in half), UI labels,
    // short and long lines (a long line's footer is looked for in its last 600 characters only).
    const piece = fc.oneof(
      fc.constantFrom(...FOOTER_MARKS, ...FOOTER_FIELDS),
      fc.constantFrom(...FOOTER_MARKS).map((mark) => mark.slice(0, Math.ceil(mark.length / 2))),
      fc.constantFrom(
        '本土新增3例',
        '主要',
        '版本',
        '。',
        ')',
        '  ',
        ' ',
        '分享到',
        '责任编辑:张三',
        '电话:12345',
      ),
      fc.constantFrom('\n', '\n\n', '本市无新增病例。'.repeat(40)),
      // A publisher's disclaimer, whole (at a line's start or inside it) or in parts.
      fc.constantFrom('仅代表', '作者观点', '仅代', '本文仅代表作者本人观点', '\n仅代表作者观点'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const everyLine = {
          footerMark: (a: number, b: number) => containsIn(text, a, b, marks),
          mayDisclaim: () => true,
        };
        expect(findChrome(text)).toEqual(findChrome(text, everyLine));
      }),
      { numRuns: 2000 },
    );
  });
});
