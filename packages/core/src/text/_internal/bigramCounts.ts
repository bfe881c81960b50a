/**
 * Counts of adjacent code-unit pairs of a text, in an open-addressing hash table (linear time,
 * typed arrays, no per-pair allocation). The document's own bigram statistics serve as its
 * language model: a pair that occurs elsewhere in the text is a plausible join.
 */
export class BigramCounts {
  private readonly keys: Uint32Array;
  private readonly counts: Int32Array;
  private readonly mask: number;

  constructor(text: string, from = 0, to = text.length) {
    let size = 1024;
    while (size < (to - from) * 2) size *= 2;
    this.keys = new Uint32Array(size).fill(0xffffffff);
    this.counts = new Int32Array(size);
    this.mask = size - 1;
    for (let i = from; i + 1 < to; i++) this.add(text.charCodeAt(i), text.charCodeAt(i + 1));
  }

  private slot(key: number): number {
    let h = Math.imul(key, 0x9e3779b1) >>> 0;
    h = (h ^ (h >>> 15)) & this.mask;
    const keys = this.keys;
    while (keys[h] !== 0xffffffff && keys[h] !== key) h = (h + 1) & this.mask;
    return h;
  }

  private add(a: number, b: number): void {
    const key = ((a << 16) | b) >>> 0;
    const h = this.slot(key);
    this.keys[h] = key;
    this.counts[h] = (this.counts[h] as number) + 1;
  }

  /** How many times `a` is directly followed by `b` in the text. */
  get(a: number, b: number): number {
    const key = ((a << 16) | b) >>> 0;
    const h = this.slot(key);
    return this.keys[h] === key ? (this.counts[h] as number) : 0;
  }
}

/**
 * Counts of a few chosen code-unit pairs of a text: one pass that only probes the table at code
 * units starting a chosen pair, so it costs far less than counting every pair. Answers `get` like
 * `BigramCounts` for the chosen pairs (and 0 for any other pair).
 */
const FIRST_UNITS = new Uint8Array(65536);

export class ChosenPairCounts {
  private readonly counts = new Map<number, number>();

  constructor(text: string, pairs: readonly number[]) {
    // One shared table of first code units, cleared again after use (no 64 KB per document).
    const first = FIRST_UNITS;
    for (const key of pairs) {
      this.counts.set(key, 0);
      first[key >>> 16] = 1;
    }
    const n = text.length;
    for (let i = 0; i + 1 < n; i++) {
      const a = text.charCodeAt(i);
      if (first[a] === 0) continue;
      const key = ((a << 16) | text.charCodeAt(i + 1)) >>> 0;
      const count = this.counts.get(key);
      if (count !== undefined) this.counts.set(key, count + 1);
    }
    for (const key of pairs) first[key >>> 16] = 0;
  }

  /** How many times `a` is directly followed by `b` in the text (0 when the pair was not chosen). */
  get(a: number, b: number): number {
    return this.counts.get(((a << 16) | b) >>> 0) ?? 0;
  }
}

/** The key `ChosenPairCounts` uses for the pair `a`, `b`. */
export function pairKey(a: number, b: number): number {
  return ((a << 16) | b) >>> 0;
}
