import { isPlainObject, isString, objectOf, oneOf, optional } from '../_internal/args';
import { isInstant } from '../time/_internal/isInstant';
import { RISK_LEVEL_IDS, RISK_SCHEME_IDS, type RiskLevelId, type RiskSchemeId } from './riskLevels';
import { invalidArgument } from '../_internal/invalidArgument';
import { toMillis } from '../time/_internal/toMillis';
import { toChinaInstant } from '../time/instant';
import { AreaLevelIndex } from './_internal/AreaLevelIndex';
import type { InstantInput } from '../time/instant';
import type { RiskContradiction, RiskEvent, RiskPeriod } from './types';

interface Entry {
  ms: number;
  event: RiskEvent;
  /** Stable order among events at the same instant, whatever order they arrived in (made when needed). */
  tie: string | null;
}

interface Track {
  area: string;
  scheme: RiskSchemeId;
  entries: Entry[];
  /** Entries were added out of order: sort before the next read. */
  unsorted: boolean;
}

const checkLevel = oneOf(RISK_LEVEL_IDS, 'a risk level:');
const checkScheme = oneOf(RISK_SCHEME_IDS, 'a risk scheme:');
const checkEvent = objectOf({
  area: isString,
  code: optional(isString),
  scheme: optional(checkScheme),
  kind: oneOf(['riskChange', 'unsealing', 'sealing']),
  toLevel: checkLevel,
  fromLevel: optional(checkLevel),
  effectiveAt: isInstant,
  source: optional(isPlainObject),
});

function compareEntries(a: Entry, b: Entry): number {
  if (a.ms !== b.ms) return a.ms - b.ms;
  a.tie ??= tieOf(a.event);
  b.tie ??= tieOf(b.event);
  return a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0;
}

/**
 * The scheme an event's levels belong to: its own `scheme`, else `riskArea` for risk changes and
 * `closedManagement` for sealing and unsealing.
 *
 * @example
 * schemeOfEvent({ area: '庄河市城关街道海洋村', kind: 'riskChange', toLevel: 'low', effectiveAt: '2021-11-23T00:00:00+08:00' });
 * // → 'riskArea'
 */
export function schemeOfEvent(event: RiskEvent): RiskSchemeId {
  if (event === null || typeof event !== 'object') throw invalidArgument('event', 'a risk event', event);
  return event.scheme ?? (event.kind === 'riskChange' ? 'riskArea' : 'closedManagement');
}

function areaKey(event: RiskEvent): string {
  return event.code ?? event.area;
}

function tieOf(event: RiskEvent): string {
  return `${event.toLevel}\u0000${event.fromLevel ?? ''}\u0000${event.kind}\u0000${event.area}\u0000${
    event.source?.documentId ?? ''
  }\u0000${event.source?.span?.start ?? ''}`;
}

/**
 * The level of every area over time, built from risk-change and unsealing records. Records may
 * arrive in any order: the timeline is the same. Contradictions (two levels for one area at one
 * instant; a record whose from-level is not the level the timeline holds) are reported, not thrown.
 *
 * Areas are identified by `code` when given, else by name. Levels are kept per scheme: risk changes
 * default to `riskArea`, sealing and unsealing to `closedManagement`.
 *
 * @example
 * const timeline = new RiskTimeline([
 *   { area: '海洋村刘亮屯', kind: 'riskChange', toLevel: 'low', fromLevel: 'medium', effectiveAt: '2021-11-23T00:00:00+08:00' },
 *   { area: '海洋村刘亮屯', kind: 'riskChange', toLevel: 'medium', effectiveAt: '2021-11-06T00:00:00+08:00' },
 * ]);
 * timeline.levelAt('海洋村刘亮屯', '2021-11-22T12:00:00+08:00'); // → 'medium'
 * timeline.levelAt('海洋村刘亮屯', '2021-11-23T00:00:00+08:00'); // → 'low'
 * timeline.contradictions(); // → []
 */
export class RiskTimeline {
  readonly #tracks = new Map<string, Track>();
  #contradictions: RiskContradiction[] | null = null;
  /** Per scheme, built on the first `areasAt` query and dropped when records are added. */
  readonly #indexes = new Map<RiskSchemeId, AreaLevelIndex>();

  constructor(events: Iterable<RiskEvent> = []) {
    this.add(events);
  }

  /**
   * Adds records, in any order; returns the timeline.
   *
   * @throws FangkongError `INVALID_ARGUMENT` with the path of a malformed event (`events[3].toLevel`)
   */
  add(events: Iterable<RiskEvent>): this {
    if (events === null || typeof (events as Iterable<RiskEvent>)?.[Symbol.iterator] !== 'function') {
      throw invalidArgument('events', 'an iterable of risk events (an array)', events);
    }
    let index = 0;
    for (const event of events) {
      const path = `events[${index++}]`;
      checkEvent(event, path);
      const eventScheme = schemeOfEvent(event);
      const key = `${eventScheme}\u0000${areaKey(event)}`;
      let track = this.#tracks.get(key);
      if (!track) {
        track = { area: areaKey(event), scheme: eventScheme, entries: [], unsorted: false };
        this.#tracks.set(key, track);
      }
      const entry: Entry = {
        ms: toMillis(event.effectiveAt, `${path}.effectiveAt`),
        event,
        tie: null,
      };
      // Appended, and sorted by (instant, tie) once before the next read: the order of arrival never
      // matters, and 100k events for one area cost one sort, not 100k insertions into an array.
      const list = track.entries;
      if (list.length > 0 && compareEntries(list[list.length - 1]!, entry) > 0) track.unsorted = true;
      list.push(entry);
    }
    this.#contradictions = null;
    this.#indexes.clear();
    return this;
  }

  /** Number of records held. */
  get size(): number {
    let count = 0;
    for (const track of this.#tracks.values()) count += track.entries.length;
    return count;
  }

  /** The areas (code or name) with at least one record in `scheme`. */
  areas(scheme: RiskSchemeId = 'riskArea'): string[] {
    checkScheme(scheme, 'scheme');
    const result: string[] = [];
    for (const track of this.#tracks.values()) if (track.scheme === scheme) result.push(track.area);
    return result.sort();
  }

  #track(area: string, scheme: RiskSchemeId): Track | undefined {
    isString(area, 'area');
    checkScheme(scheme, 'scheme');
    const track = this.#tracks.get(`${scheme}\u0000${area}`);
    if (track?.unsorted) sortTrack(track);
    return track;
  }

  #sortedTracks(): IterableIterator<Track> {
    this.#sortAll();
    return this.#tracks.values();
  }

  #sortAll(): void {
    for (const track of this.#tracks.values()) if (track.unsorted) sortTrack(track);
  }

  /**
   * The level of `area` (code or name) at `at` in `scheme`, or null when no record precedes `at`.
   * A change effective at `at` is already in force at `at`.
   */
  levelAt(area: string, at: InstantInput, scheme: RiskSchemeId = 'riskArea'): RiskLevelId | null {
    const ms = toMillis(at, 'at');
    const track = this.#track(area, scheme);
    if (!track) return null;
    const entry = lastAtOrBefore(track.entries, ms);
    return entry ? entry.event.toLevel : null;
  }

  /**
   * The level of `area` just before `at`: the level of the last record before `at`, or, when the
   * first records are at `at` itself, the from-level they state (`将中风险地区调整为低风险地区`
   * says the area was medium until then). Null when neither is known. Use it to read what a change
   * left: {@link levelAt} does not reach back before the first record.
   *
   * @example
   * new RiskTimeline([{ area: '刘亮屯', kind: 'riskChange', toLevel: 'low', fromLevel: 'medium',
   *   effectiveAt: '2021-11-23T00:00:00+08:00' }]).levelBefore('刘亮屯', '2021-11-23T00:00:00+08:00');
   * // → 'medium' (levelAt gives null before 2021-11-23 00:00: no record says since when)
   */
  levelBefore(area: string, at: InstantInput, scheme: RiskSchemeId = 'riskArea'): RiskLevelId | null {
    const ms = toMillis(at, 'at');
    const track = this.#track(area, scheme);
    if (!track) return null;
    const entries = track.entries;
    const before = lastAtOrBefore(entries, ms - 1);
    if (before) return before.event.toLevel;
    // No earlier record: the records effective at `at` may say what the level was.
    let stated: RiskLevelId | null = null;
    for (let i = 0; i < entries.length && entries[i]!.ms === ms; i++) {
      const fromLevel = entries[i]!.event.fromLevel;
      if (fromLevel !== undefined) stated = fromLevel;
    }
    return stated;
  }

  /**
   * The areas at `level` at `at` in `scheme`, sorted. The first query of a scheme indexes its
   * records (a sweep line with checkpoints); later queries replay only a few changes.
   */
  areasAt(level: RiskLevelId, at: InstantInput, scheme: RiskSchemeId = 'riskArea'): string[] {
    checkLevel(level, 'level');
    checkScheme(scheme, 'scheme');
    const ms = toMillis(at, 'at');
    let index = this.#indexes.get(scheme);
    if (index === undefined) {
      const tracks: Track[] = [];
      for (const track of this.#sortedTracks()) if (track.scheme === scheme) tracks.push(track);
      index = new AreaLevelIndex(tracks);
      this.#indexes.set(scheme, index);
    }
    return index.areasAt(level, ms);
  }

  /** The history of one area in `scheme`: a level per period, oldest first. */
  history(area: string, scheme: RiskSchemeId = 'riskArea'): RiskPeriod[] {
    const track = this.#track(area, scheme);
    if (!track) return [];
    const periods: RiskPeriod[] = [];
    const entries = track.entries;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      let j = i + 1;
      while (j < entries.length && entries[j]!.ms === entry.ms) j++;
      // Several records at one instant: the last in the stable order stands (a contradiction is reported).
      const standing = entries[j - 1]!;
      const nextEntry = entries[j];
      const previous = periods[periods.length - 1];
      if (previous && previous.level === standing.event.toLevel) {
        previous.until = nextEntry ? toChinaInstant(nextEntry.ms) : null;
      } else {
        periods.push({
          level: standing.event.toLevel,
          from: toChinaInstant(entry.ms),
          until: nextEntry ? toChinaInstant(nextEntry.ms) : null,
          event: standing.event,
        });
      }
      i = j - 1;
    }
    return periods;
  }

  /** Contradictions among the records, in a stable order. */
  contradictions(): RiskContradiction[] {
    if (this.#contradictions) return this.#contradictions;
    const found: RiskContradiction[] = [];
    this.#sortAll();
    const keys = [...this.#tracks.keys()].sort();
    for (const key of keys) {
      const track = this.#tracks.get(key)!;
      const entries = track.entries;
      let previousLevel: RiskLevelId | null = null;
      for (let i = 0; i < entries.length; ) {
        let j = i + 1;
        while (j < entries.length && entries[j]!.ms === entries[i]!.ms) j++;
        const group = entries.slice(i, j);
        const at = toChinaInstant(entries[i]!.ms);
        const levels = [...new Set(group.map((entry) => entry.event.toLevel))];
        if (levels.length > 1) {
          found.push({
            kind: 'conflictingLevels',
            area: track.area,
            scheme: track.scheme,
            at,
            message: `${track.area}: records give different levels at ${at}: ${levels.join(', ')}`,
            events: group.map((entry) => entry.event),
          });
        }
        if (previousLevel !== null) {
          const mismatched = group.filter(
            (entry) => entry.event.fromLevel !== undefined && entry.event.fromLevel !== previousLevel,
          );
          if (mismatched.length > 0) {
            found.push({
              kind: 'fromLevelMismatch',
              area: track.area,
              scheme: track.scheme,
              at,
              message: `${track.area}: a record at ${at} says the level was ${mismatched
                .map((entry) => entry.event.fromLevel)
                .join(', ')}, but the timeline holds ${previousLevel}`,
              events: mismatched.map((entry) => entry.event),
            });
          }
        }
        previousLevel = group[group.length - 1]!.event.toLevel;
        i = j;
      }
    }
    this.#contradictions = found;
    return found;
  }
}

function sortTrack(track: Track): void {
  track.entries.sort(compareEntries);
  track.unsorted = false;
}

function lastAtOrBefore(entries: Entry[], ms: number): Entry | undefined {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]!.ms <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : entries[lo - 1];
}
