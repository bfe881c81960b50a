import { parseNumeral } from '../../numbers/parseNumeral';
import type { Warning } from '../../types';
import { type AreaSegment, readAreaSegment } from './areaSegment';
import { isArabicDigit } from '../../_internal/chars';
import { isCjkNumeral, isSpace } from './chars';
import { findCondition } from './condition';
import { undatedCode, warningAt } from './context';
import type { NoticeDocument } from './document';
import { findLevelMentions, type LevelMention } from './levelMentions';
import { countWarnings, documentNumberNear, issuerNear, noticeAreas, withinArea } from './recordParts';
import { sentenceIndexAt } from './sentences';
import { asOfTime, effectiveTime } from './timeSelect';
import type { RiskChange, WrittenLevel } from '../schemas';
import type { NoticeExtraction } from '../types';

/** Verbs that put areas into a level, longest first. */
const CHANGE_VERBS = [
  '调整为',
  '调整至',
  '调整到',
  '降级为',
  '降低为',
  '下调为',
  '上调为',
  '升级为',
  '提升为',
  '划定为',
  '划分为',
  '确定为',
  '认定为',
  '恢复为',
  '变更为',
  '降为',
  '降至',
  '升为',
  '转为',
  '划为',
  '列为',
  '定为',
  '分为',
];
const CLASSIFY_VERBS = new Set(['划分为', '分为', '划为', '确定为']);
/** Words before the verb that make the sentence a rule or a plan, not a change that happened. */
const MODALS = [
  '可申请',
  '可以',
  '方可',
  '才能',
  '应当',
  '不得',
  '不再',
  '如需',
  '需要',
  '可',
  '应',
  '须',
  '需',
  '若',
  '拟',
];
const MODAL_WINDOW = 8;
/** How many sentences back a `上述` may point. */
const ANTECEDENT_SENTENCES = 3;
const MAX_SEGMENT = 400;

/** `extractRiskChanges` on a prepared document. */
export function riskChangesOf(doc: NoticeDocument): NoticeExtraction<RiskChange> {
  const mentions = findLevelMentions(doc.text);
  const records: RiskChange[] = [];
  let consumedUntil = -1;
  for (let index = 0; index < mentions.length; index++) {
    if ((mentions[index] as LevelMention).start < consumedUntil) continue;
    const found = riskChangeAt(doc, mentions, index);
    if (!found) continue;
    consumedUntil = found.consumedUntil;
    if (found.record) records.push(found.record);
  }
  return { records: withoutRepeats(records), warnings: [] };
}

/** The sentence of a level mention after its verb, bounded to MAX_SEGMENT around them. */
interface ChangeSentence {
  verb: { word: string; start: number };
  index: number;
  start: number;
  end: number;
}

/** The change the level mention at `index` makes (null when it is not one), and how far it reads. */
function riskChangeAt(
  doc: NoticeDocument,
  mentions: LevelMention[],
  index: number,
): { record: RiskChange | null; consumedUntil: number } | null {
  const { text } = doc;
  const mention = mentions[index] as LevelMention;
  const verb = verbBefore(text, mention.start);
  if (!verb) return null;
  const sentenceIndex = sentenceIndexAt(doc.sentences, mention.start);
  const sentence: ChangeSentence = {
    verb,
    index: sentenceIndex,
    start: Math.max(doc.sentences.starts[sentenceIndex] as number, verb.start - MAX_SEGMENT),
    end: Math.min(doc.sentences.ends[sentenceIndex] as number, mention.end + MAX_SEGMENT),
  };
  if (isRule(text, sentence.start, verb.start) || text[mention.end] === '的') return null;
  const classified = classifiedLevels(text, mentions, index, verb.word);
  const consumedUntil = (classified[classified.length - 1] as LevelMention).end;
  const isClassification = classified.length > 1;
  const where = changeAreas(doc, mentions, index, sentence, isClassification);
  if (!where) return { record: null, consumedUntil };
  const { segment, segmentStart, recordStart, anaphorCount, fromMention } = where;
  const warnings: Warning[] = [];
  if (anaphorCount !== null && segment.declaredCount !== null && anaphorCount !== segment.declaredCount) {
    warnings.push(
      warningAt(
        'DECLARED_COUNT_MISMATCH',
        `the change names ${anaphorCount} areas but the sentence it refers to declares ${segment.declaredCount}`,
        doc.map(segmentStart, verb.start),
      ),
    );
  }
  const declaredCount = segment.declaredCount ?? anaphorCount;
  const areas = noticeAreas(doc, segment.areas);
  warnings.push(
    ...countWarnings(doc, declaredCount, areas.length, segment.exampleList, recordStart, sentence.end),
  );
  warnings.push(...emptyCountWarnings(doc, segment, segmentStart, verb.start));
  const timing = changeTiming(doc, sentence, segmentStart, recordStart, warnings);
  const span = doc.map(recordStart, sentence.end);
  const record: RiskChange = {
    kind: 'riskChange',
    span,
    spans: [span],
    warnings,
    areas,
    within: withinArea(doc, segment.within),
    areaText: segment.areaText,
    declaredCount,
    listedCount: areas.length,
    exampleList: segment.exampleList,
    effectiveAt: timing.effectiveAt,
    effectiveSpan: timing.effectiveSpan,
    issuer: issuerNear(doc, recordStart, sentence.end),
    documentNumber: documentNumberNear(doc, recordStart, sentence.end),
    fromLevel: fromMention ? riskLevelOf(doc, fromMention) : null,
    toLevel: isClassification ? null : riskLevelOf(doc, mention),
    classifiedInto: isClassification ? classified.map((level) => riskLevelOf(doc, level)) : [],
    asOf: timing.asOf,
    condition: timing.condition,
  };
  return { record, consumedUntil };
}

/** The mention at `index`, and after a classifying verb the levels listed after it (低风险三级、低风险二级、…). */
function classifiedLevels(
  text: string,
  mentions: LevelMention[],
  index: number,
  verb: string,
): LevelMention[] {
  let last = mentions[index] as LevelMention;
  const classified: LevelMention[] = [last];
  if (!CLASSIFY_VERBS.has(verb)) return classified;
  for (let next = index + 1; next < mentions.length; next++) {
    const candidate = mentions[next] as LevelMention;
    const gap = text.slice(last.end, candidate.start);
    if (gap !== '、' && gap !== '和' && gap !== '及' && gap !== ',' && gap !== '，') break;
    classified.push(candidate);
    last = candidate;
  }
  return classified;
}

/**
 * The areas a change names: the segment before its verb (and its from-level), or the sentence an
 * anaphor (`上述30个`) points back to. Null when the change names no area and no count.
 */
function changeAreas(
  doc: NoticeDocument,
  mentions: LevelMention[],
  index: number,
  sentence: ChangeSentence,
  isClassification: boolean,
): {
  segment: AreaSegment;
  segmentStart: number;
  recordStart: number;
  anaphorCount: number | null;
  fromMention: LevelMention | null;
} | null {
  const { text } = doc;
  const verbStart = sentence.verb.start;
  const segmentStart = clauseStart(text, sentence.start, verbStart);
  const fromMention = lastMentionWithin(mentions, index, segmentStart, verbStart);
  let areaEnd = verbStart;
  if (fromMention) areaEnd = text[fromMention.start - 1] === '由' ? fromMention.start - 1 : fromMention.start;
  let segment = readAreaSegment(text, segmentStart, areaEnd);
  let recordStart = sentence.start;
  let anaphorCount: number | null = null;
  if (
    segment.areas.length === 0 &&
    !segment.within &&
    (segment.anaphoric || segment.declaredCount !== null)
  ) {
    const antecedent = findAntecedent(doc, mentions, index, sentence.index, fromMention);
    if (antecedent) {
      anaphorCount = segment.declaredCount;
      segment = antecedent.segment;
      recordStart = antecedent.sentenceStart;
    }
  }
  if (segment.areas.length === 0 && segment.declaredCount === null && !isClassification) return null;
  if (isClassification && segment.declaredCount === null && segment.areas.length === 0) {
    // `13个地区已按疫情风险划分为…`: the count sits before the verb with other words between.
    segment = { ...segment, declaredCount: countBefore(text, sentence.start, verbStart) };
  }
  return { segment, segmentStart, recordStart, anaphorCount, fromMention: fromMention ?? null };
}

/** When a change takes effect, the as-of instant and the condition it rests on; warns of what is undated. */
function changeTiming(
  doc: NoticeDocument,
  sentence: ChangeSentence,
  segmentStart: number,
  recordStart: number,
  warnings: Warning[],
): Pick<RiskChange, 'effectiveAt' | 'effectiveSpan' | 'asOf' | 'condition'> {
  // Two changes in one sentence (`自4月5日起将A…；自4月6日起将B…`): each takes the time of its own clause.
  const effective =
    effectiveTime(doc, clauseOf(doc.text, sentence.start, segmentStart), sentence.end) ??
    effectiveTime(doc, sentence.start, sentence.end);
  if (effective && effective.instant === null) {
    warnings.push(
      warningAt(
        undatedCode(effective.failure?.code),
        `the effective time "${effective.text}" cannot be resolved (${effective.failure?.reason ?? 'unknown'}); effectiveAt is null`,
        doc.map(effective.start, effective.end),
      ),
    );
  }
  const asOf = asOfTime(doc, recordStart, sentence.verb.start);
  const condition = findCondition(doc.text, recordStart, sentence.end);
  if (condition?.emptySlot) {
    warnings.push(
      warningAt(
        'EMPTY_NUMBER_SLOT',
        `the condition "${condition.text}" has no number of days; days is null`,
        doc.map(condition.start, condition.end),
      ),
    );
  }
  return {
    effectiveAt: effective?.instant ?? null,
    effectiveSpan: effective ? doc.map(effective.start, effective.end) : null,
    asOf: asOf?.instant ?? null,
    condition: condition
      ? { days: condition.days, text: condition.text, span: doc.map(condition.start, condition.end) }
      : null,
  };
}

/** The start of the `；`-clause holding `position` inside the sentence. */
function clauseOf(text: string, sentenceStart: number, position: number): number {
  for (let index = position - 1; index >= sentenceStart; index--) {
    if (text[index] === '；' || text[index] === ';') return index + 1;
  }
  return sentenceStart;
}

/**
 * One record per change: the same areas moved to the same level twice (a headline, then the body)
 * is one change; the statement with an effective instant is kept, with the spans of both.
 */
function withoutRepeats(records: RiskChange[]): RiskChange[] {
  const keyOf = (record: RiskChange): string =>
    `${record.toLevel?.scheme}|${record.toLevel?.level}|${record.areas.map((area) => area.fullName).join('、')}`;
  const kept = new Map<string, RiskChange>();
  const out: RiskChange[] = [];
  for (const record of records) {
    if (record.areas.length === 0 || record.toLevel === null) {
      out.push(record);
      continue;
    }
    const key = keyOf(record);
    const first = kept.get(key);
    if (!first) {
      kept.set(key, record);
      out.push(record);
      continue;
    }
    if (
      first.effectiveAt !== null &&
      record.effectiveAt !== null &&
      first.effectiveAt !== record.effectiveAt
    ) {
      // The same areas moved again at another instant: another change.
      out.push(record);
      continue;
    }
    const spans = [...first.spans, ...record.spans].sort((a, b) => a.start - b.start);
    if (first.effectiveAt === null && record.effectiveAt !== null) {
      out[out.indexOf(first)] = record;
      kept.set(key, record);
      record.spans = spans;
    } else {
      first.spans = spans;
    }
  }
  return out;
}

function riskLevelOf(doc: NoticeDocument, mention: LevelMention): WrittenLevel {
  return {
    scheme: mention.level.scheme,
    level: mention.level.level,
    label: mention.label,
    span: doc.map(mention.start, mention.end),
  };
}

/** The change verb right before `pos` (spaces skipped), or null. */
function verbBefore(text: string, pos: number): { word: string; start: number } | null {
  let end = pos;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  for (const word of CHANGE_VERBS) {
    if (end >= word.length && text.startsWith(word, end - word.length))
      return { word, start: end - word.length };
  }
  return null;
}

/** A modal word shortly before the verb, in the same clause: a rule, not a change. */
function isRule(text: string, sentenceStart: number, verbStart: number): boolean {
  let from = Math.max(sentenceStart, verbStart - MODAL_WINDOW);
  for (let i = verbStart - 1; i >= from; i--) {
    const char = text[i];
    if (char === '，' || char === ',' || char === '；') {
      from = i + 1;
      break;
    }
  }
  const window = text.slice(from, verbStart);
  return MODALS.some((word) => window.includes(word));
}

/** Where the areas of a change start: after `将`, else after the last comma, else the sentence start. */
function clauseStart(text: string, sentenceStart: number, verbStart: number): number {
  let comma = -1;
  for (let i = verbStart - 1; i >= sentenceStart; i--) {
    const char = text[i];
    if (char === '将' && text[i + 1] !== '军') return i + 1;
    if (comma < 0 && (char === '，' || char === ',' || char === '：' || char === ':')) comma = i + 1;
  }
  return comma >= 0 ? comma : sentenceStart;
}

/** The last level mention inside `[from, to)` among those before `index`. */
function lastMentionWithin(
  mentions: LevelMention[],
  index: number,
  from: number,
  to: number,
): LevelMention | null {
  for (let i = index - 1; i >= 0; i--) {
    const mention = mentions[i] as LevelMention;
    if (mention.end <= from) return null;
    if (mention.end <= to) return mention;
  }
  return null;
}

/**
 * The sentence a `上述…` points to: the nearest earlier sentence (at most
 * {@link ANTECEDENT_SENTENCES} back) naming areas before a level mention of the same level.
 */
function findAntecedent(
  doc: NoticeDocument,
  mentions: LevelMention[],
  index: number,
  sentenceIndex: number,
  fromMention: LevelMention | null,
): { segment: AreaSegment; sentenceStart: number } | null {
  const oldest = Math.max(0, sentenceIndex - ANTECEDENT_SENTENCES);
  const limit = doc.sentences.starts[oldest] as number;
  const current = doc.sentences.starts[sentenceIndex] as number;
  for (let i = index - 1; i >= 0; i--) {
    const mention = mentions[i] as LevelMention;
    if (mention.start < limit) break;
    if (mention.start >= current) continue;
    if (fromMention && mention.level.level !== fromMention.level.level) continue;
    const ownSentence = sentenceIndexAt(doc.sentences, mention.start);
    const sentenceStart = doc.sentences.starts[ownSentence] as number;
    const start = clauseStartNoVerb(
      doc.text,
      Math.max(sentenceStart, mention.start - MAX_SEGMENT),
      mention.start,
    );
    const segment = readAreaSegment(doc.text, start, mention.start);
    if (segment.areas.length > 0) return { segment, sentenceStart };
  }
  return null;
}

/** After the last comma before `pos` (a time phrase like `截至…24时，` comes before the list). */
function clauseStartNoVerb(text: string, from: number, pos: number): number {
  for (let i = pos - 1; i >= from; i--) {
    const char = text[i];
    if (char === '，' || char === ',' || char === '：' || char === ':') return i + 1;
  }
  return from;
}

/** `13个地区` somewhere before the verb of a classification. */
function countBefore(text: string, from: number, to: number): number | null {
  const isNumeral = (at: number): boolean => isArabicDigit(text.charCodeAt(at)) || isCjkNumeral(text[at]);
  for (let i = from; i < to; i++) {
    if (!isNumeral(i) || (i > from && isNumeral(i - 1))) continue;
    let j = i;
    while (j < to && isNumeral(j)) j++;
    if (text[j] === '个' || text[j] === '处') return parseNumeral(text.slice(i, j));
    i = j;
  }
  return null;
}

function emptyCountWarnings(
  doc: NoticeDocument,
  segment: AreaSegment,
  start: number,
  end: number,
): Warning[] {
  return segment.emptyCount
    ? [
        warningAt(
          'EMPTY_NUMBER_SLOT',
          'the count of areas has no number in it; declaredCount is null',
          doc.map(start, end),
        ),
      ]
    : [];
}
