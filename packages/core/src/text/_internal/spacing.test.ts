import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spacingEdits } from './spacing';

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
