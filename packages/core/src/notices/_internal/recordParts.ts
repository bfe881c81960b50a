import type { Warning } from '../../types';
import type { DocumentNumber, Issuer, NoticeArea } from '../schemas';
import { resolveAreaCode } from '../../areas/resolveAreaCode';
import type { SegmentArea } from './areaSegment';
import { warningAt } from './context';
import { documentNumbersIn, type NoticeDocument } from './document';
import { findIssuer } from './issuer';
import { sentenceIndexAt } from './sentences';

/** How far around a notice's sentences its header (document number, title) and sign-off may be. */
const HEADER_CHARS = 300;
const HEADER_SENTENCES = 4;

/** The areas of a record, spans mapped and codes resolved when a resolver was given. */
export function noticeAreas(doc: NoticeDocument, areas: SegmentArea[]): NoticeArea[] {
  const seen = new Set<string>();
  const result: NoticeArea[] = [];
  for (const area of areas) {
    if (seen.has(area.fullName)) continue;
    seen.add(area.fullName);
    const resolved = resolveAreaCode(doc.options.resolveArea, area.fullName, doc.options.region);
    result.push({
      asWritten: area.asWritten,
      fullName: area.fullName,
      span: doc.map(area.start, area.end),
      code: resolved.code,
      confidence: resolved.confidence,
    });
  }
  return result;
}

/** The container area of a count (`大连市13个地区`), mapped. */
export function withinArea(doc: NoticeDocument, area: SegmentArea | null): NoticeArea | null {
  return area ? (noticeAreas(doc, [area])[0] ?? null) : null;
}

/** The range around `[start, end)` where a notice's header and sign-off may be. */
function headerWindow(doc: NoticeDocument, start: number, end: number): { from: number; to: number } {
  const { starts, ends } = doc.sentences;
  const first = Math.max(0, sentenceIndexAt(doc.sentences, start) - HEADER_SENTENCES);
  const last = Math.min(starts.length - 1, sentenceIndexAt(doc.sentences, Math.max(start, end - 1)) + 2);
  return {
    from: Math.max(starts[first] as number, start - HEADER_CHARS),
    to: Math.min(ends[last] as number, end + HEADER_CHARS),
  };
}

/** The document number nearest to `[start, end)` inside its header window, or null. */
export function documentNumberNear(doc: NoticeDocument, start: number, end: number): DocumentNumber | null {
  const window = headerWindow(doc, start, end);
  const found = documentNumbersIn(doc, window.from, window.to);
  if (found.length === 0) return null;
  let best = found[0] as (typeof found)[number];
  const distance = (item: typeof best): number =>
    item.end <= start ? start - item.end : item.start >= end ? item.start - end : 0;
  for (const item of found) if (distance(item) < distance(best)) best = item;
  return {
    text: best.text,
    prefix: best.prefix,
    year: best.year,
    number: best.number,
    span: doc.map(best.start, best.end),
  };
}

/** The issuer: an approval (`经…批准`) inside the record, else a titled body in its header window. */
export function issuerNear(doc: NoticeDocument, start: number, end: number): Issuer | null {
  const inside = findIssuer(doc.text, start, end);
  const window = inside ? null : headerWindow(doc, start, end);
  const found = inside ?? (window ? findIssuer(doc.text, window.from, window.to) : null);
  return found ? { name: found.name, span: doc.map(found.start, found.end) } : null;
}

/**
 * The count check: `DECLARED_COUNT_MISMATCH` when the declared count differs from the listed
 * areas, except when the list is a list of examples (`等30个`) with no more items than declared.
 */
export function countWarnings(
  doc: NoticeDocument,
  declaredCount: number | null,
  listedCount: number,
  exampleList: boolean,
  start: number,
  end: number,
): Warning[] {
  if (declaredCount === null || listedCount === 0) return [];
  if (exampleList ? listedCount <= declaredCount : listedCount === declaredCount) return [];
  return [
    warningAt(
      'DECLARED_COUNT_MISMATCH',
      `the text declares ${declaredCount} areas but lists ${listedCount}${exampleList ? ' (more than the 等 count)' : ''}`,
      doc.map(start, end),
    ),
  ];
}
