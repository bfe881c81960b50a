import type { Span } from '../../types';

/**
 * A piecewise map from offsets in a derived text to offsets in its source text.
 *
 * Segment `i` covers derived offsets `[outStart[i], outStart[i + 1])` (the last one ends at
 * `length`) and comes from source range `[srcStart[i], srcEnd[i])`. An exact segment was copied (or
 * replaced character for character), so offsets inside it map one to one; an inexact one maps as a
 * whole to its source range. Source ranges never go backwards; the gaps between them are text that
 * was removed. Lookups are a binary search: O(log n).
 *
 * The columns are the builder's own arrays of small integers, handed over as they are: copying
 * them into typed arrays cost more than every look-up of a short document together (four typed
 * arrays per map, several maps per document).
 */
export class SegmentMap {
  constructor(
    readonly length: number,
    readonly outStart: readonly number[],
    readonly srcStart: readonly number[],
    readonly srcEnd: readonly number[],
    /** 1 for an exact segment, 0 for one that maps as a whole. */
    readonly exact: readonly number[],
    readonly count: number,
  ) {}

  /** The identity map of a text of `length` code units. */
  static identity(length: number): SegmentMap {
    const b = new SegmentBuilder();
    b.add(length, 0, length, true);
    return b.finish();
  }

  /** Index of the segment holding derived offset `offset` (0 <= offset < length). */
  segmentAt(offset: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.outStart[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Source offset of derived offset `offset`, read as the start of something. */
  toSourceStart(offset: number): number {
    if (this.count === 0) return 0;
    const o = clamp(offset, 0, this.length);
    if (o === this.length) return this.srcEnd[this.count - 1] as number;
    const i = this.segmentAt(o);
    const s = this.srcStart[i] as number;
    return this.exact[i] === 1 ? s + (o - (this.outStart[i] as number)) : s;
  }

  /** Source offset of derived offset `offset`, read as the (exclusive) end of something. */
  toSourceEnd(offset: number): number {
    if (this.count === 0) return 0;
    const o = clamp(offset, 0, this.length);
    if (o === 0) return this.srcStart[0] as number;
    const i = this.segmentAt(o - 1);
    if (this.exact[i] === 1) return (this.srcStart[i] as number) + (o - (this.outStart[i] as number));
    return this.srcEnd[i] as number;
  }

  /** The smallest source range that holds everything derived span `span` was made from. */
  toSourceSpan(span: Span): Span {
    const start = clamp(Math.min(span.start, span.end), 0, this.length);
    const end = clamp(Math.max(span.start, span.end), 0, this.length);
    if (start === end) {
      const p = this.toSourceStart(start);
      return { start: p, end: p };
    }
    const s = this.toSourceStart(start);
    const e = this.toSourceEnd(end);
    return { start: s, end: Math.max(s, e) };
  }

  /** True when this map sends every offset to itself. */
  isIdentity(sourceLength: number): boolean {
    return (
      this.length === sourceLength &&
      (this.count === 0
        ? sourceLength === 0
        : this.count === 1 && this.exact[0] === 1 && this.srcStart[0] === 0)
    );
  }

  /** Composes `this` (derived → middle) with `inner` (middle → source) into derived → source. */
  compose(inner: SegmentMap): SegmentMap {
    const b = new SegmentBuilder();
    for (let i = 0; i < this.count; i++) {
      const oStart = this.outStart[i] as number;
      const oEnd = i + 1 < this.count ? (this.outStart[i + 1] as number) : this.length;
      const mStart = this.srcStart[i] as number;
      const mEnd = this.srcEnd[i] as number;
      if (this.exact[i] !== 1 || mEnd - mStart !== oEnd - oStart || inner.count === 0) {
        const s = inner.toSourceStart(mStart);
        const e = mEnd === mStart ? s : Math.max(s, inner.toSourceEnd(mEnd));
        b.add(oEnd - oStart, s, e, false);
        continue;
      }
      // Exact: walk the inner segments that overlap [mStart, mEnd).
      let k = inner.segmentAt(mStart);
      let pos = mStart;
      while (pos < mEnd && k < inner.count) {
        const iStart = inner.outStart[k] as number;
        const iEnd = k + 1 < inner.count ? (inner.outStart[k + 1] as number) : inner.length;
        const z = Math.min(mEnd, iEnd);
        if (z > pos) {
          if (inner.exact[k] === 1) {
            const s = (inner.srcStart[k] as number) + (pos - iStart);
            b.add(z - pos, s, s + (z - pos), true);
          } else {
            b.add(z - pos, inner.srcStart[k] as number, inner.srcEnd[k] as number, false);
          }
          pos = z;
        }
        k++;
      }
      if (pos < mEnd) {
        // Past the end of the inner map: cannot happen for maps built in sequence; stay total.
        const e = inner.toSourceEnd(inner.length);
        b.add(mEnd - pos, e, e, false);
      }
    }
    return b.finish();
  }
}

/** Appends segments in order and merges contiguous exact ones; {@link finish} hands them to a map. */
export class SegmentBuilder {
  private outStart: number[] = [];
  private srcStart: number[] = [];
  private srcEnd: number[] = [];
  private exact: number[] = [];
  private length = 0;

  /** Adds `outLength` derived code units made from source range `[start, end)`. */
  add(outLength: number, start: number, end: number, exact: boolean): void {
    if (outLength <= 0) return;
    const isExact = exact && end - start === outLength;
    const n = this.outStart.length;
    if (isExact && n > 0 && this.exact[n - 1] === 1 && this.srcEnd[n - 1] === start) {
      this.srcEnd[n - 1] = end;
      this.length += outLength;
      return;
    }
    this.outStart.push(this.length);
    this.srcStart.push(start);
    this.srcEnd.push(end);
    this.exact.push(isExact ? 1 : 0);
    this.length += outLength;
  }

  /** The map of the segments added. Call it last: the map takes the builder's arrays as they are. */
  finish(): SegmentMap {
    return new SegmentMap(
      this.length,
      this.outStart,
      this.srcStart,
      this.srcEnd,
      this.exact,
      this.outStart.length,
    );
  }
}

/** One replacement in a pass: source range `[start, end)` becomes `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies edits (sorted by start, not overlapping) to `source`; returns the new text and the map
 * from it back to `source`. A replacement of the same length maps character for character.
 */
export function applyEdits(source: string, edits: readonly Edit[]): { text: string; map: SegmentMap } {
  const b = new SegmentBuilder();
  const parts: string[] = [];
  let pos = 0;
  for (const edit of edits) {
    if (edit.start < pos || edit.end < edit.start) continue;
    if (edit.start > pos) {
      parts.push(source.slice(pos, edit.start));
      b.add(edit.start - pos, pos, edit.start, true);
    }
    if (edit.text.length > 0) {
      parts.push(edit.text);
      b.add(edit.text.length, edit.start, edit.end, edit.text.length === edit.end - edit.start);
    }
    pos = edit.end;
  }
  if (pos < source.length) {
    parts.push(source.slice(pos));
    b.add(source.length - pos, pos, source.length, true);
  }
  return { text: parts.join(''), map: b.finish() };
}

function clamp(value: number, lo: number, hi: number): number {
  if (!(value >= lo)) return lo; // also catches NaN
  return Math.min(value, hi);
}
