import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BreakPairRecurrence, spacingEdits } from './spacing';

/** The pass as it was before the native searches: it stops at every code unit. */
const everyUnit = { next: (from: number) => from };

describe('spacingEdits, stepping from blank to blank', () => {
  it('gives the edits of the pass that looks at every code unit', () => {
    // Han text with spaces, tabs and line breaks in every arrangement (blank lines, lines of
    // blanks, breaks inside words whose pair recurs), digits and punctuation beside them.
    const piece = fc.oneof(
      fc.constantFrom('低风', '险地区', '风险', '新增', '病例', '2020', '年', '1', '月', '胜利西', '社区'),
      fc.constantFrom(' ', '  ', '    ', '\t', ' \t', '\n', '\n\n', '\n \n', '\n\n\n', ' \n', '\t\n'),
      fc.constantFrom(',', '。', '(', ')', '“', '”', ':', 'a', '十个汉字的一行文本内容'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(spacingEdits(text)).toEqual(spacingEdits(text, everyUnit));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('BreakPairRecurrence', () => {
  it('says whether a pair facing across a line break occurs twice, by searches and then by one count', () => {
    // Lines of a few characters, so that pairs recur (`低低低` twice, overlapping) and many
    // different pairs face each other across the breaks (the searches' limit is passed); every
    // facing pair is asked about, in the order of the text, then again in a random order.
    const line = fc.array(fc.constantFrom('低', '风', '险', '区', '新', '增', '本', '土', '低低低'), {
      minLength: 1,
      maxLength: 4,
    });
    const lineBreak = fc.constantFrom('\n', '\n\n', '\n \n');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(line, lineBreak), { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (lines, picks) => {
          const text = lines.map(([chars, end]) => chars.join('') + end).join('');
          const facing: Array<[string, string]> = [];
          for (const m of text.matchAll(/(\S)\n[\n ]*(?=(\S))/g))
            facing.push([m[1] as string, m[2] as string]);
          if (facing.length === 0) return;
          const questions = [
            ...facing,
            ...picks.map((pick) => facing[pick % facing.length] as [string, string]),
          ];
          const recurrence = new BreakPairRecurrence(text);
          for (const [a, b] of questions) {
            const occurrences = [...text.matchAll(new RegExp(`(?=${a}${b})`, 'g'))].length;
            expect(recurrence.recurs(a.charCodeAt(0), b.charCodeAt(0))).toBe(occurrences >= 2);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
