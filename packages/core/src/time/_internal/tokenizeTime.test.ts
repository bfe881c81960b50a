import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from '../findTimeExpressions';
import {
  foldTimeSlice,
  foldTimeText,
  mayHoldTimeExpression,
  SEGMENT_BREAK,
  SEGMENT_CUE,
  type TimeToken,
  tokenizeTime,
} from './tokenizeTime';

/** Characters that matter to the tokenizer, with common Chinese text around them. */
const ALPHABET = [
  ...'0123456789１２３年月日号时点分秒時點號至到~～-—－/.:：、和及与()（） 　\t\n',
  ...'截止从自以起开始来后後之今为起始凌晨早上清午中下傍晚间夜里天昨前明去半',
  ...'〇零一二两兩三四五六七八九十廿卅',
  ...'新增本土确诊病例，。大连市通报于在有',
];
const WORDS = [
  '截至',
  '截止到',
  '为起始点',
  '以来',
  '至今',
  '今天',
  '昨晚',
  '去年',
  '下午',
  '24时',
  '0-24时',
];
const timeText = fc
  .array(fc.oneof(fc.constantFrom(...ALPHABET), fc.constantFrom(...WORDS)), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** The tokens that can be part of an expression (every kind but `other`), as plain data. */
function meaningful(tokens: TimeToken[]): Array<[string, number, number, string]> {
  return tokens
    .filter((token) => token.kind !== 'other')
    .map((token) => [token.kind, token.start, token.end, token.text]);
}

describe('tokenizing the runs between segment breaks', () => {
  it('gives the tokens of the whole text (no token crosses a break)', () => {
    fc.assert(
      fc.property(timeText, (text) => {
        const whole = meaningful(tokenizeTime(foldTimeText(text)));
        const bySegment: Array<[string, number, number, string]> = [];
        let start = 0;
        for (let at = 0; at <= text.length; at++) {
          if (at < text.length && SEGMENT_BREAK[text.charCodeAt(at)] === 0) continue;
          if (at > start) bySegment.push(...meaningful(tokenizeTime(foldTimeSlice(text, start, at), start)));
          start = at + 1;
        }
        expect(bySegment).toEqual(whole);
      }),
      { numRuns: 500 },
    );
  });

  it('finds every expression inside one run, holding a cue, that passes the cheap filter', () => {
    fc.assert(
      fc.property(timeText, (text) => {
        for (const match of findTimeExpressions(text, { reference: '2021-01-13T18:00:00+08:00' })) {
          const { start, end } = match.span;
          let cue = false;
          for (let at = start; at < end; at++) {
            expect(SEGMENT_BREAK[text.charCodeAt(at)]).toBe(0);
            if (SEGMENT_CUE[text.charCodeAt(at)] === 1) cue = true;
          }
          expect(cue).toBe(true);
          expect(mayHoldTimeExpression(text, start, end)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['7例', false],
    ['重点', false],
    ['同时', false],
    ['12月', true],
    ['年月日时至时', true],
    ['日时起', true],
    ['今天', true],
    ['2021/1/20', true],
    ['３ 月', true],
  ])('tells whether %s may hold a time expression (%s)', (text, expected) => {
    expect(mayHoldTimeExpression(text, 0, text.length)).toBe(expected);
  });

  it('folds a slice as foldTimeText folds the sliced text', () => {
    fc.assert(
      fc.property(timeText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.min(text.length, start + (Math.max(a, b) % 40));
        expect(foldTimeSlice(text, start, end)).toBe(foldTimeText(text.slice(start, end)));
      }),
      { numRuns: 1000 },
    );
  });

  it('folds a slice only when it holds a character to fold', () => {
    const text = '据通报，１月１２日０—２４時';
    expect(foldTimeSlice(text, 4, text.length)).toBe('1月12日0-24时');
    expect(foldTimeSlice('1月12日', 0, 5)).toBe('1月12日');
  });
});
