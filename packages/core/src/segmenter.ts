/**
 * The word segmenter that core's callers may plug in. Core defines it and never implements it:
 * `@fangkong/jieba` implements it over nodejieba (Node only), and anything with the same shape
 * (a browser segmenter, a test double) can stand in.
 */

/** A word and where it is in the segmented text. */
export interface SegmentedToken {
  /** The word as it appears in the text. */
  word: string;
  /** Offset of its first UTF-16 code unit in the text. */
  start: number;
  /** Offset after its last code unit. */
  end: number;
}

/** A weighted keyword of a document. */
export interface Keyword {
  word: string;
  /** Higher is more characteristic of the document (TF-IDF or TextRank weight). */
  weight: number;
}

/**
 * Splits Chinese text into words.
 *
 * @example
 * import { createJiebaSegmenter } from '@fangkong/jieba';
 *
 * const segmenter: Segmenter = createJiebaSegmenter();
 * segmenter.cut('沙河口区星海湾街道'); // → ['沙河口区', '星海湾街道']
 */
export interface Segmenter {
  /** The words of `text`, in order; joined they give `text` back. */
  cut(text: string): string[];
  /** The words of `text` with their offsets; `text.slice(start, end) === word`. */
  tokens(text: string): SegmentedToken[];
  /**
   * Words for a search index: each word plus the shorter words inside long ones
   * (`星海湾街道` → `星海`, `海湾`, `街道`, `星海湾街道`), with offsets.
   */
  searchTokens(text: string): SegmentedToken[];
  /** The `top` most characteristic words of a document, highest weight first. */
  keywords(text: string, top?: number): Keyword[];
}
