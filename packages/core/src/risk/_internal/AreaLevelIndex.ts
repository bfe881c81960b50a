/** The part of a timeline track the index reads: an area and its changes sorted by instant. */
export interface IndexedTrack {
  area: string;
  entries: readonly { ms: number; event: { toLevel: string } }[];
}

/**
 * Which areas of one scheme are at which level at any instant, without scanning every area's
 * history per query. A sweep line over all changes of the scheme, sorted by instant, with the full
 * state (a level per area) saved every `stride` changes: a query restores the nearest earlier
 * checkpoint, replays at most `stride` changes and reads the areas in name order, so no sort is
 * needed. Built once from the tracks; the timeline drops it when records are added.
 */
export class AreaLevelIndex {
  /** Areas in sorted order; an area's rank is its index here. */
  readonly #areas: string[];
  /** Level ids, each level string mapped to a small number. */
  readonly #levelIds = new Map<string, number>();
  /** All changes sorted by instant (several at one instant: the last of each area stands). */
  readonly #times: Float64Array;
  readonly #ranks: Int32Array;
  readonly #levels: Int32Array;
  readonly #stride: number;
  /** `#checkpoints[k]`: the level of each area after the first `k * stride` changes (-1 = none). */
  readonly #checkpoints: Int32Array[] = [];

  constructor(tracks: Iterable<IndexedTrack>) {
    const list = [...tracks].sort((a, b) => (a.area < b.area ? -1 : a.area > b.area ? 1 : 0));
    this.#areas = list.map((track) => track.area);
    let total = 0;
    for (const track of list) total += track.entries.length;
    const times = new Float64Array(total);
    const ranks = new Int32Array(total);
    const levels = new Int32Array(total);
    const order: number[] = [];
    let n = 0;
    for (let rank = 0; rank < list.length; rank++) {
      // Within a track entries are sorted by (instant, stable order): applying them in that order
      // leaves the standing one last, as `levelAt` reads it.
      for (const entry of list[rank]!.entries) {
        times[n] = entry.ms;
        ranks[n] = rank;
        levels[n] = this.#levelId(entry.event.toLevel);
        order.push(n);
        n++;
      }
    }
    // Sort by instant; ties keep the track's own order (stable sort on the original positions).
    order.sort((a, b) => times[a]! - times[b]! || a - b);
    this.#times = new Float64Array(total);
    this.#ranks = new Int32Array(total);
    this.#levels = new Int32Array(total);
    for (let i = 0; i < total; i++) {
      const from = order[i]!;
      this.#times[i] = times[from]!;
      this.#ranks[i] = ranks[from]!;
      this.#levels[i] = levels[from]!;
    }
    this.#stride = Math.max(64, this.#areas.length);
    const state = new Int32Array(this.#areas.length).fill(-1);
    for (let i = 0; i <= total; i++) {
      if (i % this.#stride === 0) this.#checkpoints.push(state.slice());
      if (i < total) state[this.#ranks[i]!] = this.#levels[i]!;
    }
  }

  #levelId(level: string): number {
    let id = this.#levelIds.get(level);
    if (id === undefined) {
      id = this.#levelIds.size;
      this.#levelIds.set(level, id);
    }
    return id;
  }

  /** The areas at `level` at `ms` (a change at `ms` is in force), in sorted order. */
  areasAt(level: string, ms: number): string[] {
    const id = this.#levelIds.get(level);
    if (id === undefined) return [];
    // Changes in force at `ms`: those with an instant ≤ ms.
    const times = this.#times;
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid]! <= ms) lo = mid + 1;
      else hi = mid;
    }
    const applied = lo;
    const k = Math.floor(applied / this.#stride);
    const state = this.#checkpoints[k]!.slice();
    for (let i = k * this.#stride; i < applied; i++) state[this.#ranks[i]!] = this.#levels[i]!;
    const result: string[] = [];
    for (let rank = 0; rank < state.length; rank++) if (state[rank] === id) result.push(this.#areas[rank]!);
    return result;
  }
}
