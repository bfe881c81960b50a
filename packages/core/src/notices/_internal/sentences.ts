/**
 * Sentence boundaries of a whole text, found once in one linear pass, so that extractors can ask
 * "which sentence is offset p in" in O(log n) instead of scanning back and forth per match.
 *
 * A sentence ends after `。！？!?；` or at a line break. Terminators inside `“…”` do not end it
 * (a quote closes at most {@link MAX_QUOTE} characters later, so an unbalanced quote cannot swallow
 * the text).
 */

/** `。！？!?；` */
const isTerminator = (code: number): boolean =>
  code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f || code === 0xff1b;
const MAX_QUOTE = 200;

export interface Sentences {
  /** Start offsets, ascending; `starts[0] === 0`. */
  starts: number[];
  /** End offsets (exclusive, terminator included), parallel to `starts`. */
  ends: number[];
}

/** Code units the splitter acts on: line breaks, terminators and quotes; one array read skips the rest. */
const MARKS = new Uint8Array(0x10000);
for (const code of [0x0a, 0x0d, 0x21, 0x3f, 0x201c, 0x201d, 0x3002, 0xff01, 0xff1f, 0xff1b]) MARKS[code] = 1;

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
    const code = text.charCodeAt(i);
    // Most characters are none of the marks below: one array read skips them.
    if (MARKS[code] === 0) continue;
    if (code === 0x201c /* “ */) quoteOpenedAt = i;
    else if (code === 0x201d /* ” */) quoteOpenedAt = -1;
    if (code === 0x0a || code === 0x0d) {
      quoteOpenedAt = -1;
      close(i);
      start = i + 1;
      continue;
    }
    if (quoteOpenedAt >= 0 && i - quoteOpenedAt > MAX_QUOTE) quoteOpenedAt = -1;
    if (quoteOpenedAt < 0 && isTerminator(code)) {
      // A closing quote right after the terminator belongs to this sentence.
      let end = i + 1;
      while (end < text.length && (text.charCodeAt(end) === 0x201d || text.charCodeAt(end) === 0x300d)) end++;
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
