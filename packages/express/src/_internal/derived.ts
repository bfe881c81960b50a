/**
 * What the router derives from a store snapshot, built once per revision: the daily bulletins by
 * region and date, and every area's risk history (the timeline rebuilt from the notices).
 */
import {
  type DailyBulletin,
  RiskTimeline,
  chinaDateOf,
  millisFromInstant,
  riskEventsFromRecords,
  schemeOfEvent,
} from '@fangkong/core';
import type { RiskEvent } from '@fangkong/core';
import { SERIES_FIELDS } from '../schemas';
import type { StoreSnapshot } from '../store/types';

export type SeriesField = (typeof SERIES_FIELDS)[number];

/** A daily bulletin with the document it comes from. */
export interface DatedBulletin {
  documentId: string;
  bulletin: DailyBulletin;
  region: string | null;
  date: string;
  startMs: number;
  endMs: number;
  publishedMs: number;
  /** Index of the document in the snapshot: later documents win ties. */
  order: number;
}

/** One area's history in one scheme. */
export interface AreaTrack {
  key: string;
  area: string;
  code: string | null;
  scheme: string;
  periods: {
    level: string;
    fromMs: number;
    untilMs: number;
    from: string;
    until: string | null;
    event: RiskEvent;
  }[];
}

export interface Derived {
  revision: string;
  bulletins: DatedBulletin[];
  tracks: AreaTrack[];
  /** Every instant at which some area's level changes, ascending. */
  changes: number[];
}

const DAY = 86_400_000;

/** The value of a figure of a bulletin: the total of split figures; null when the text gives none. */
export function figureValue(bulletin: DailyBulletin, field: SeriesField): number | null {
  const figure = bulletin[field];
  if ('total' in figure) return figure.total.value;
  return figure.value;
}

/** All figures of a bulletin as plain values. */
export function figuresOf(bulletin: DailyBulletin): Record<SeriesField, number | null> {
  const figures = {} as Record<SeriesField, number | null>;
  for (const field of SERIES_FIELDS) figures[field] = figureValue(bulletin, field);
  return figures;
}

/** Region names compare without a trailing 市/省 (`大连` = `大连市`). */
export function sameRegion(a: string | null, b: string): boolean {
  if (a === null) return false;
  const strip = (name: string) => name.replace(/[市省]$/, '');
  return a === b || strip(a) === strip(b);
}

export function derive(snapshot: StoreSnapshot): Derived {
  const bulletins: DatedBulletin[] = [];
  const events: RiskEvent[] = [];
  snapshot.documents.forEach((document, order) => {
    for (const record of document.records) {
      if (record.kind !== 'dailyBulletin' || record.period === null) continue;
      const startMs = millisFromInstant(record.period.start);
      const endMs = millisFromInstant(record.period.end);
      // Daily figures only: a period of one day or less (`12时至24时` counts as its day).
      if (endMs - startMs > DAY) continue;
      bulletins.push({
        documentId: document.id,
        bulletin: record,
        region: record.region,
        date: chinaDateOf(startMs),
        startMs,
        endMs,
        publishedMs: record.publishedAt === null ? 0 : millisFromInstant(record.publishedAt),
        order,
      });
    }
    events.push(...riskEventsFromRecords(document.records, { documentId: document.id }).events);
  });

  const timeline = new RiskTimeline(events);
  const tracks: AreaTrack[] = [];
  const changes = new Set<number>();
  const schemes = [...new Set(events.map(schemeOfEvent))].sort();
  for (const scheme of schemes) {
    for (const key of timeline.areas(scheme)) {
      const history = timeline.history(key, scheme);
      const first = history[0];
      if (!first) continue;
      const periods = history.map((period) => {
        const fromMs = millisFromInstant(period.from);
        const untilMs = period.until === null ? Number.POSITIVE_INFINITY : millisFromInstant(period.until);
        changes.add(fromMs);
        return {
          level: period.level,
          fromMs,
          untilMs,
          from: period.from,
          until: period.until,
          event: period.event,
        };
      });
      const last = history[history.length - 1]!.event;
      tracks.push({ key, area: last.area, code: last.code ?? null, scheme, periods });
    }
  }
  return { revision: snapshot.revision, bulletins, tracks, changes: [...changes].sort((a, b) => a - b) };
}

/** The period of a track in force at `ms`, or null. */
export function periodAt(track: AreaTrack, ms: number): AreaTrack['periods'][number] | null {
  for (let i = track.periods.length - 1; i >= 0; i--) {
    const period = track.periods[i]!;
    if (period.fromMs <= ms) return ms < period.untilMs ? period : null;
  }
  return null;
}

/** The first change after `ms` (the end of a table's validity), or Infinity. */
export function nextChangeAfter(derived: Derived, ms: number): number {
  let lo = 0;
  let hi = derived.changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (derived.changes[mid]! <= ms) lo = mid + 1;
    else hi = mid;
  }
  return derived.changes[lo] ?? Number.POSITIVE_INFINITY;
}

/** The region with the most daily bulletins (ties: the first seen), or null. */
export function mainRegion(derived: Derived): string | null {
  const counts = new Map<string, number>();
  for (const item of derived.bulletins)
    if (item.region !== null) counts.set(item.region, (counts.get(item.region) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [region, count] of counts) if (count > bestCount) [best, bestCount] = [region, count];
  return best;
}

/** Later publication wins, then the later document. */
export function isNewer(a: DatedBulletin, b: DatedBulletin): boolean {
  return a.publishedMs !== b.publishedMs ? a.publishedMs > b.publishedMs : a.order > b.order;
}
