import type { Warning } from '../../types';
import type { DailyBulletin, Figure } from '../schemas';
import {
  addBreakdownEntries,
  FIGURE_PATHS,
  type FigurePath,
  getFigure,
  pushWarning,
  replaceFigure,
  setFigure,
} from './bulletinBuilder';
import { addStatedFigure } from './addStatedFigure';

/** Region and period (or as-of instant) that make two bulletins the same bulletin. */
function keyOf(bulletin: DailyBulletin): string | null {
  // `辽宁` and `辽宁省` are one region: the division code decides when there is one.
  if (bulletin.period)
    return `${bulletin.regionCode ?? bulletin.region}|${bulletin.period.start}|${bulletin.period.end}`;
  return null;
}

/** Copies every figure of `from` into `into`: repeated values merge, differing ones are CONFLICTING_FIGURES. */
function mergeInto(into: DailyBulletin, from: DailyBulletin): void {
  for (const path of FIGURE_PATHS) {
    const figure: Figure = getFigure(from, path);
    if (figure.span === null) continue;
    const current = getFigure(into, path);
    // The period's own value (no as-of) wins over one stated as of a later instant (`1月13日下午…累计39个`).
    if (current.asOf !== undefined && figure.asOf === undefined && figure.value !== null) {
      replaceFigure(into, path, figure);
      continue;
    }
    setFigure(into, path as FigurePath, figure.value, figure.span, figure.raw ?? '', figure.asOf, false);
  }
  if (from.daysWithoutNewCases.socialOnly) into.daysWithoutNewCases.socialOnly = true;
  for (const stated of [...from.figures]) {
    for (const span of stated.spans) addStatedFigure(into, stated, stated.value, span, stated.asOf);
  }
  addBreakdownEntries(into.breakdowns, from.breakdowns);
  for (const warning of from.warnings) pushWarning(into.warnings, warning as Warning);
  into.span = {
    start: Math.min(into.span.start, from.span.start),
    end: Math.max(into.span.end, from.span.end),
  };
  into.regionSpan ??= from.regionSpan;
  into.publishedAt ??= from.publishedAt;
}

/**
 * One bulletin per region and period: statements of the same bulletin (headline and body, repeated
 * paragraphs) merge into the first, in text order. Idempotent: merging merged bulletins changes nothing.
 */
export function mergeBulletins(bulletins: DailyBulletin[]): DailyBulletin[] {
  const byKey = new Map<string, DailyBulletin>();
  const merged: DailyBulletin[] = [];
  for (const bulletin of bulletins) {
    const key = keyOf(bulletin);
    const first = key === null ? undefined : byKey.get(key);
    if (first === bulletin) continue;
    if (!first) {
      if (key !== null) byKey.set(key, bulletin);
      merged.push(bulletin);
      continue;
    }
    mergeInto(first, bulletin);
  }
  return merged;
}
