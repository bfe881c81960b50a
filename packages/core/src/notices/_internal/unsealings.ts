import type { Warning } from '../../types';
import { type AreaSegment, readAreaSegment, type SegmentArea } from './areaSegment';
import { indexWithin, isSpace } from './chars';
import { undatedCode, warningAt } from './context';
import type { NoticeDocument } from './document';
import { countWarnings, documentNumberNear, issuerNear, noticeAreas, withinArea } from './recordParts';
import { sentenceIndexAt } from './sentences';
import { effectiveTime, type SelectedTime } from './timeSelect';
import type { Unsealing } from '../schemas';
import type { NoticeExtraction } from '../types';

const TRIGGERS = /解除(?:封闭管控|封闭管理|封控管理|封控|封闭)|予以解封/g;
/** Words after a trigger that make it a noun (`解除封闭时间不得早于`), not a notice. */
const NOMINAL_AFTER = ['时间', '标准', '流程', '要求', '条件', '后', '前', '的'];
/** Words shortly before a trigger that make it a rule (`可申请…解除封闭管控`). */
const MODALS = ['可申请', '可以', '方可', '才能', '不得', '如需', '可', '应', '须', '需', '要'];
const MODAL_WINDOW = 12;
const TITLE_ENDINGS = ['的通告', '的公告', '的通知'];
const TITLE_MEASURES = ['封闭管控措施', '封闭管控', '封闭管理', '封控管理', '封控', '管控措施', '封闭'];
const MAX_TITLE = 120;
const MAX_SEGMENT = 300;
/** How many sentences apart two mentions naming the same area may be and still be one notice. */
const MERGE_SENTENCES = 3;

interface Mention {
  start: number;
  end: number;
  segmentStart: number;
  sentence: number;
  areas: SegmentArea[];
  within: SegmentArea | null;
  declaredCount: number | null;
  exampleList: boolean;
  emptyCount: boolean;
  measure: string | null;
  title: string | null;
  effective: SelectedTime | null;
}

/** `extractUnsealings` on a prepared document. */
export function unsealingsOf(doc: NoticeDocument): NoticeExtraction<Unsealing> {
  const mentions = [...findTitles(doc), ...findBodies(doc)].sort((a, b) => a.start - b.start);
  const groups: Mention[][] = [];
  for (const mention of mentions) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (group && last && belongsTo(group, last, mention)) group.push(mention);
    else groups.push([mention]);
  }
  const records: Unsealing[] = [];
  for (const group of groups) {
    const record = buildRecord(doc, group);
    if (record) records.push(record);
  }
  return { records, warnings: [] };
}

function belongsTo(group: Mention[], last: Mention, mention: Mention): boolean {
  if (mention.sentence === last.sentence) return true;
  if (mention.sentence > last.sentence + MERGE_SENTENCES) return false;
  if (mention.areas.length === 0)
    return mention.declaredCount === null && mention.sentence === last.sentence + 1;
  const names = new Set(group.flatMap((item) => item.areas.map((area) => area.fullName)));
  return mention.areas.some((area) => names.has(area.fullName));
}

/** `关于解除<areas><measure>的通告`. */
function findTitles(doc: NoticeDocument): Mention[] {
  const { text } = doc;
  const found: Mention[] = [];
  for (let at = text.indexOf('关于解除'); at >= 0; at = text.indexOf('关于解除', at + 4)) {
    const areasStart = at + 4;
    let ending = -1;
    let endingWord = '';
    for (const word of TITLE_ENDINGS) {
      const index = indexWithin(text, word, areasStart, areasStart + MAX_TITLE);
      if (index >= 0 && (ending < 0 || index < ending)) {
        ending = index;
        endingWord = word;
      }
    }
    if (ending < 0) continue;
    const measure = TITLE_MEASURES.find((word) => text.startsWith(word, ending - word.length));
    if (!measure) continue;
    const areasEnd = ending - measure.length;
    const segment = readAreaSegment(text, areasStart, areasEnd);
    const end = ending + endingWord.length;
    found.push({
      start: at,
      end,
      segmentStart: areasStart,
      sentence: sentenceIndexAt(doc.sentences, at),
      areas: segment.areas,
      within: segment.within,
      declaredCount: segment.declaredCount,
      exampleList: segment.exampleList,
      emptyCount: segment.emptyCount,
      measure,
      title: text.slice(at, end),
      effective: null,
    });
  }
  return found;
}

/** `<areas>自<time>起解除封闭管控`, `三处社区解除封闭管控`. */
function findBodies(doc: NoticeDocument): Mention[] {
  const { text } = doc;
  const found: Mention[] = [];
  let previousEnd = 0;
  TRIGGERS.lastIndex = 0;
  for (let match = TRIGGERS.exec(text); match; match = TRIGGERS.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const sentence = sentenceIndexAt(doc.sentences, start);
    const sentenceStart = Math.max(
      doc.sentences.starts[sentence] as number,
      start - MAX_SEGMENT,
      previousEnd,
    );
    previousEnd = end;
    if (text.startsWith('关于', start - 2)) continue;
    if (NOMINAL_AFTER.some((word) => text.startsWith(word, end)) && !text.startsWith('的通告', end)) continue;
    if (isRule(text, sentenceStart, start)) continue;
    const clause = clauseStart(text, sentenceStart, start);
    const inClause = effectiveTime(doc, clause, start) ?? todayIn(text, clause, start);
    // `从1月16日12时起，A社区解除封控`: the time may lead the sentence, before the areas' clause.
    const effective = inClause ?? effectiveTime(doc, sentenceStart, clause);
    let segmentEnd = inClause && inClause.end <= start ? inClause.start : start;
    while (segmentEnd > clause && '自从于起'.includes(text[segmentEnd - 1] as string)) segmentEnd--;
    let segment = readAreaSegment(text, clause, segmentEnd);
    let listStart = clause;
    // `A社区、B社区，自1月20日12时起解除封闭管控`: the clause holds only the time; the list is in
    // the clauses before it, separated by commas.
    if (isBlank(segment, text, segmentEnd)) {
      const earlier = listBefore(text, sentenceStart, clause);
      if (earlier !== null) {
        listStart = earlier;
        segment = readAreaSegment(text, earlier, clause - 1);
      }
    }
    found.push({
      start: listStart,
      end,
      segmentStart: listStart,
      sentence,
      areas: segment.areas,
      within: segment.within,
      declaredCount: segment.declaredCount,
      exampleList: segment.exampleList,
      emptyCount: segment.emptyCount,
      measure: match[0].startsWith('解除') ? match[0].slice(2) : '封闭管控',
      title: null,
      effective,
    });
  }
  return found;
}

/** The segment before the trigger names nothing: no area, no count, nothing but particles. */
function isBlank(segment: AreaSegment, text: string, segmentEnd: number): boolean {
  if (segment.areas.length > 0 || segment.declaredCount !== null || segment.within || segment.anaphoric) {
    return false;
  }
  let to = segmentEnd;
  while (to > segment.areaStart && isSpace(text.charCodeAt(to - 1))) to--;
  return segment.areaStart >= to;
}

/**
 * Where an area list written in the comma-separated clauses right before `clause` starts
 * (`A社区，B社区，` before `自…起`): each clause taken must end with areas (or their count). Null
 * when the clause before is no area list (`经…批准，`).
 */
function listBefore(text: string, sentenceStart: number, clause: number): number | null {
  let listStart: number | null = null;
  let comma = clause - 1;
  while (comma > sentenceStart && (text[comma] === '，' || text[comma] === ',')) {
    const from = clauseStart(text, sentenceStart, comma);
    const segment = readAreaSegment(text, from, comma);
    let to = comma;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    const endsWithAreas =
      segment.areas.length > 0 && (segment.areaEnd >= to || segment.declaredCount !== null);
    if (!endsWithAreas) break;
    listStart = from;
    comma = from - 1;
  }
  return listStart;
}

/** `自即日起` (from the day of publication): a start without an hour, so unresolved. */
function todayIn(text: string, from: number, to: number): SelectedTime | null {
  const at = indexWithin(text, '即日', from, to);
  if (at < 0) return null;
  const start = at > from && '自从于'.includes(text[at - 1] as string) ? at - 1 : at;
  const end = text[at + 2] === '起' && at + 3 <= to ? at + 3 : at + 2;
  return {
    instant: null,
    start,
    end,
    text: text.slice(start, end),
    failure: { code: 'NO_HOUR', reason: '即日 is the day of publication, with no hour' },
  };
}

function isRule(text: string, sentenceStart: number, triggerStart: number): boolean {
  const window = text.slice(Math.max(sentenceStart, triggerStart - MODAL_WINDOW), triggerStart);
  return MODALS.some((word) => window.includes(word));
}

function clauseStart(text: string, from: number, triggerStart: number): number {
  for (let i = triggerStart - 1; i >= from; i--) {
    const char = text[i];
    if (char === '，' || char === ',' || char === '：' || char === ':' || char === '；') return i + 1;
  }
  return from;
}

function buildRecord(doc: NoticeDocument, group: Mention[]): Unsealing | null {
  const areas = noticeAreas(
    doc,
    group.flatMap((mention) => mention.areas),
  );
  const declared = group.find((mention) => mention.declaredCount !== null);
  const within = group.find((mention) => mention.within)?.within ?? null;
  if (areas.length === 0 && !declared && !within) return null;
  const first = group[0] as Mention;
  const last = group[group.length - 1] as Mention;
  const start = first.start;
  const end = last.end;
  const warnings: Warning[] = [];
  const declaredCount = declared?.declaredCount ?? null;
  const exampleList = group.some((mention) => mention.exampleList);
  warnings.push(...countWarnings(doc, declaredCount, areas.length, exampleList, start, end));
  if (group.some((mention) => mention.emptyCount)) {
    warnings.push(
      warningAt('EMPTY_NUMBER_SLOT', 'the count of areas has no number in it', doc.map(start, end)),
    );
  }
  const times = group
    .map((mention) => mention.effective)
    .filter((time): time is SelectedTime => time !== null);
  const effective = times.find((time) => time.instant !== null) ?? times[0] ?? null;
  if (effective && effective.instant === null) {
    warnings.push(
      warningAt(
        undatedCode(effective.failure?.code),
        `the time the closed management ends, "${effective.text}", cannot be resolved (${effective.failure?.reason ?? 'unknown'}); effectiveAt is null`,
        doc.map(effective.start, effective.end),
      ),
    );
  }
  const resolved = new Set(times.map((time) => time.instant).filter((instant) => instant !== null));
  if (resolved.size > 1) {
    warnings.push(
      warningAt(
        'CONFLICTING_FIGURES',
        `the notice gives several effective times (${[...resolved].join(', ')}); the first is kept`,
        doc.map(start, end),
      ),
    );
  }
  return {
    kind: 'unsealing',
    span: doc.map(start, end),
    warnings,
    areas,
    within: withinArea(doc, within),
    areaText: areaTextOf(doc, group),
    declaredCount,
    listedCount: areas.length,
    exampleList,
    effectiveAt: effective?.instant ?? null,
    effectiveSpan: effective ? doc.map(effective.start, effective.end) : null,
    issuer: issuerNear(doc, start, end),
    documentNumber: documentNumberNear(doc, start, end),
    measure: group.find((mention) => mention.title === null)?.measure ?? first.measure ?? '封闭管控',
    title: group.find((mention) => mention.title !== null)?.title ?? null,
  };
}

/** The list as written in the mention that names the most areas (a body before a title). */
function areaTextOf(doc: NoticeDocument, group: Mention[]): string | null {
  let best: Mention | null = null;
  for (const mention of group) {
    if (mention.areas.length === 0) continue;
    const better =
      !best ||
      mention.areas.length > best.areas.length ||
      (mention.areas.length === best.areas.length && best.title !== null && mention.title === null);
    if (better) best = mention;
  }
  if (!best) return null;
  const first = best.areas[0] as SegmentArea;
  const last = best.areas[best.areas.length - 1] as SegmentArea;
  return doc.text.slice(first.start, last.end);
}
