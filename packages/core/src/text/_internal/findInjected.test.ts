import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstLine, separatorAnchorsRecur, titleWindowRecurs } from './findInjected';

describe('separatorAnchorsRecur, the searches before the rolling hash', () => {
  it('never rules out a document in which a window of the title around a clause break recurs', () => {
    // A title with clause breaks, then lines made of pieces of it (cut anywhere, so windows and
    // anchors recur in part or whole), other text and breaks; sometimes an external title too.
    const titleChars = fc.array(
      fc.constantFrom('遭', '逆', '转', '无', '缘', '胜', '利', ',', '-', '!', '|', '1', '------'),
      {
        minLength: 1,
        maxLength: 24,
      },
    );
    fc.assert(
      fc.property(
        titleChars,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('', '新增', '\n', '病例,', '----------')), {
          maxLength: 30,
        }),
        fc.boolean(),
        (chars, cuts, withExternal) => {
          const titleText = chars.join('');
          const body = cuts
            .map(([from, length, filler]) => {
              const start = from % titleText.length;
              return titleText.slice(start, start + 2 + (length % 8)) + filler;
            })
            .join('');
          const text = `${titleText}\n${body}`;
          const title = firstLine(text);
          const titles = [titleText, withExternal ? titleText.slice(1) : ''];
          if (titleWindowRecurs(text, title, titles))
            expect(separatorAnchorsRecur(text, title, titles)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
