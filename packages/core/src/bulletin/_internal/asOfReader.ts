import type { Instant } from '../../time/instant';
import type { AsOfMarker } from './periods';

/**
 * The as-of instant in force at each figure of `[from, to)`, asked in text order: the last marker
 * (`截至1月12日24时`, `1月13日下午`) that ended before the figure in the figure's own sentence (a
 * sentence ends at `。` or a line break), unless it is the period's own end (`periodEnd`: no `asOf`).
 *
 * Once every marker is behind and none is in force, nothing can change: each later figure gets
 * `undefined` at once. The sentence ends are found by native searches of the range's text (a slice:
 * the searches never run past `to`), each kept until the figures pass it, not by a look at every
 * character in between (most ranges have no marker at all, or one at their start).
 */
export function asOfReader(
  text: string,
  from: number,
  to: number,
  markers: readonly AsOfMarker[],
  periodEnd: Instant | null,
): (position: number) => Instant | undefined {
  const segment = text.slice(from, to);
  let nextStop = segment.indexOf('。');
  let nextLine = segment.indexOf('\n');
  let markerIndex = 0;
  let activeAsOf: Instant | undefined;
  let sentenceStart = from;

  /** The last sentence end before `position` not passed yet (-1 when none), passing every one before it. */
  const lastEndBefore = (position: number): number => {
    const before = position - from;
    let last = -1;
    while (nextStop >= 0 && nextStop < before) {
      last = Math.max(last, nextStop);
      nextStop = segment.indexOf('。', nextStop + 1);
    }
    while (nextLine >= 0 && nextLine < before) {
      last = Math.max(last, nextLine);
      nextLine = segment.indexOf('\n', nextLine + 1);
    }
    return last < 0 ? -1 : from + last;
  };

  return (position) => {
    if (markerIndex >= markers.length && activeAsOf === undefined) return undefined;
    const sentenceEnd = lastEndBefore(position);
    if (sentenceEnd >= 0) {
      sentenceStart = sentenceEnd + 1;
      activeAsOf = undefined;
      // Markers of the sentences just closed no longer apply.
      while (markerIndex < markers.length && markers[markerIndex]!.end <= sentenceEnd) markerIndex++;
    }
    while (markerIndex < markers.length && markers[markerIndex]!.end <= position) {
      const marker = markers[markerIndex]!;
      if (marker.start >= sentenceStart && marker.instant) {
        activeAsOf = marker.instant === periodEnd ? undefined : marker.instant;
      }
      markerIndex++;
    }
    return activeAsOf;
  };
}
