import type { AreaLevel, AreaNamePart } from '../types';
import { endingAt, LEVEL_RANK } from './levelEndings';
import type { NormalizedText } from './normalizeAreaText';

/**
 * Splits a cleaned area name at its level endings, one linear scan (no regular expression).
 * A part needs at least one character before its ending; an ending that follows another at once
 * lengthens the previous part (`新镇` + `街道` → `新镇街道`).
 *
 * @param normalized - the cleaned text and its offsets into the input
 * @param from - first index of `normalized.text` to read
 * @param to - index after the last one to read
 */
export function splitAreaParts(
  normalized: NormalizedText,
  from = 0,
  to = normalized.text.length,
): AreaNamePart[] {
  const { text, offsets } = normalized;
  const raw: { start: number; end: number; level: AreaLevel | null }[] = [];
  let segmentStart = from;
  let i = from;
  while (i < to) {
    const ending = endingAt(text, i);
    if (ending && i + ending[0].length <= to) {
      const end = i + ending[0].length;
      if (i > segmentStart) {
        raw.push({ start: segmentStart, end, level: ending[1] });
        segmentStart = end;
        i = end;
        continue;
      }
      const previous = raw[raw.length - 1];
      if (previous && previous.end === i) {
        previous.end = end;
        previous.level = ending[1];
        segmentStart = end;
        i = end;
        continue;
      }
    }
    i++;
  }
  if (segmentStart < to) raw.push({ start: segmentStart, end: to, level: null });

  const parts: AreaNamePart[] = [];
  let deepest = -1;
  for (const segment of raw) {
    let level = segment.level;
    const name = text.slice(segment.start, segment.end);
    // A 市 below a city is a county-level city; a bare 区 below a township is a part of a village.
    if (level === 'city' && deepest >= LEVEL_RANK.city && name.endsWith('市')) level = 'county';
    if (level === 'county' && deepest >= LEVEL_RANK.township && name.endsWith('区')) level = 'locality';
    if (level !== null) deepest = Math.max(deepest, LEVEL_RANK[level]);
    parts.push({
      name,
      level,
      span: { start: offsets[segment.start]!, end: offsets[segment.end - 1]! + 1 },
    });
  }
  return parts;
}
