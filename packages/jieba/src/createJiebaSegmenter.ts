import type { Keyword, SegmentedToken, Segmenter } from '@fangkong/core';
import { expectInteger, expectText } from './args';
import { loadJieba } from './loadJieba';

/** A {@link Segmenter} over nodejieba, plus part-of-speech tags. */
export interface JiebaSegmenter extends Segmenter {
  /** Words with their part-of-speech tag (`ns` for our place names, `n` for domain terms). */
  tag(text: string): { word: string; tag: string }[];
}

/**
 * Offsets of words that, joined, give back `wellFormed` (nodejieba keeps every character, and
 * returns U+FFFD for a lone surrogate, which `toWellFormed` also gives, one code unit for one).
 * Words are placed one after the other; a word that does not fit there is looked up further on.
 */
function withOffsets(text: string, wellFormed: string, words: string[]): SegmentedToken[] {
  const tokens: SegmentedToken[] = [];
  let at = 0;
  for (const word of words) {
    let start = wellFormed.startsWith(word, at) ? at : wellFormed.indexOf(word, at);
    if (start < 0) start = at;
    const end = start + word.length;
    // The word as the caller wrote it, so that `text.slice(start, end)` is always the word.
    tokens.push({ word: wellFormed === text ? word : text.slice(start, end), start, end });
    at = end;
  }
  return tokens;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text nodejieba sees: lone surrogates replaced by U+FFFD, same length, same offsets. */
function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Creates the segmenter of @fangkong/jieba. Cheap: nodejieba and the dictionaries load on the
 * first call of any method (over a second), once per process.
 *
 * @example
 * const segmenter = createJiebaSegmenter();
 * segmenter.cut('沙河口区星海湾街道星海公园社区');
 * // → ['沙河口区', '星海湾街道', '星海公园社区']
 */
export function createJiebaSegmenter(): JiebaSegmenter {
  const cut = (text: string) => loadJieba().jieba.cut(wellFormed(expectText(text)));
  const tokens = (text: string) => {
    const input = wellFormed(expectText(text));
    return withOffsets(text, input, loadJieba().jieba.cut(input));
  };
  return {
    cut,
    tokens,
    searchTokens(text) {
      const { jieba } = loadJieba();
      const out: SegmentedToken[] = [];
      for (const token of tokens(text)) {
        if (token.word.trim() === '') continue;
        if ([...token.word].length > 2) {
          let from = 0;
          for (const part of jieba.cutAll(token.word)) {
            if (part.length < 2 || part.length >= token.word.length) continue;
            const at = token.word.indexOf(part, from);
            if (at < 0) continue;
            from = at;
            out.push({ word: part, start: token.start + at, end: token.start + at + part.length });
          }
        }
        out.push(token);
      }
      return out;
    },
    keywords(text, top = 10) {
      expectText(text);
      expectInteger(top, 'top', 1, 10_000);
      return loadJieba()
        .jieba.extract(text, top)
        .map(({ word, weight }): Keyword => ({ word, weight }));
    },
    tag(text) {
      return loadJieba().jieba.tag(wellFormed(expectText(text)));
    },
  };
}
