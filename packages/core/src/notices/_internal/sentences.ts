/**
 * Sentence boundaries of a whole text, found once in one linear pass, so that extractors can ask
 * "which sentence is offset p in" in O(log n) instead of scanning back and forth per match.
 *
 * A sentence ends after `。！？!?；` or at a line break. Terminators inside `“…”` do not end it
 * (a quote closes at most {@link MAX_QUOTE} characters later, so an unbalanced quote cannot swallow
 * the text).
 */

const TERMINATORS = new Set(['。', '！', '？', '!', '?', '；']);
const MAX_QUOTE = 200;

export interface Sentences {
  /** Start offsets, ascending; `starts[0] === 0`. */
  starts: number[];
  /** End offsets (exclusive, terminator included), parallel to `starts`. */
  ends: number[];
}

/** Splits `text` into sentences (see the module comment). Empty sentences are kept out. */
export function splitSentences(text: string): Sentences {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  let quoteOpenedAt = -1;
  const close = (end: number): void => {
    if (end > start) {
      starts.push(start);
      ends.push(end);
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '“') quoteOpenedAt = i;
    else if (char === '”') quoteOpenedAt = -1;
    if (char === '\n' || char === '\r') {
      quoteOpenedAt = -1;
      close(i);
      start = i + 1;
      continue;
    }
    if (quoteOpenedAt >= 0 && i - quoteOpenedAt > MAX_QUOTE) quoteOpenedAt = -1;
    if (quoteOpenedAt < 0 && TERMINATORS.has(char)) {
      // A closing quote right after the terminator belongs to this sentence.
      let end = i + 1;
      while (end < text.length && (text[end] === '”' || text[end] === '」')) end++;
      close(end);
      i = end - 1;
    }
  }
  close(text.length);
  if (starts.length === 0) {
    starts.push(0);
    ends.push(text.length);
  }
  return { starts, ends };
}

/** The index of the sentence holding offset `pos` (the last sentence starting at or before it). */
export function sentenceIndexAt(sentences: Sentences, pos: number): number {
  const { starts } = sentences;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= pos) low = mid;
    else high = mid - 1;
  }
  return low;
}
