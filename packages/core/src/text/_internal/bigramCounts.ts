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
