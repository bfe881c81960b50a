import { parseNumeral } from '../../numbers/parseNumeral';
import { chinaDateOf } from '../../time/instant';
import type { PartOfDay, TimeMatch } from '../../time/types';
import type { Warning } from '../../types';
import { isArabicDigit, isCommonHan } from '../../_internal/chars';
import { isCjkNumeral, isSpace } from './chars';
import { undatedCode, warningAt } from './context';
import { type NoticeDocument, timesIn } from './document';
import { sentenceIndexAt } from './sentences';
import { type FoundSpeaker, findSpeakers } from './speakers';
import type { PressConference, Speaker } from '../schemas';
import type { NoticeExtraction } from '../types';

const TRIGGERS = /新闻发布会|集中发布|新闻发布|发布会/g;
const EVENT_VERBS = ['举行', '召开', '举办'];
const ORGANISER_ENDINGS = [
  '新闻办公室',
  '新闻办',
  '办公室',
  '指挥部',
  '人民政府',
  '政府',
  '委员会',
  '卫健委',
  '领导小组',
];
const PARTS_OF_DAY: Readonly<Record<PartOfDay, string>> = {
  earlyMorning: '凌晨',
  morning: '上午',
  noon: '中午',
  afternoon: '下午',
  evening: '晚上',
};
const MAX_BACK = 80;
const SPEAKER_WINDOW = 400;

interface Mention {
  start: number;
  end: number;
  sentence: number;
  sentenceStart: number;
  ordinal: number | null;
  ordinalSlotEmpty: boolean;
  date: string | null;
  partOfDay: string | null;
  /** A date expression was there but could not be resolved. */
  undated: { text: string; code: string; reason: string; start: number; end: number } | null;
  organiser: string | null;
  speakers: FoundSpeaker[];
}

/** `extractPressConferences` on a prepared document. */
export function pressConferencesOf(doc: NoticeDocument): NoticeExtraction<PressConference> {
  const mentions = findMentions(doc);
  const groups: Mention[][] = [];
  const byOrdinal = new Map<number, Mention[]>();
  for (const mention of mentions) {
    if (mention.ordinal === null) continue;
    const group = byOrdinal.get(mention.ordinal);
    if (group) group.push(mention);
    else {
      const created = [mention];
      byOrdinal.set(mention.ordinal, created);
      groups.push(created);
    }
  }
  for (const mention of mentions) {
    if (mention.ordinal !== null) continue;
    const home =
      groups.find((group) => group.some((other) => other.sentence === mention.sentence)) ??
      (mention.date
        ? groups.find((group) => group.some((other) => other.date === mention.date))
        : undefined) ??
      (mention.date === null && groups.length === 1 ? groups[0] : undefined);
    if (home) home.push(mention);
    else groups.push([mention]);
  }
  const records = groups
    .map((group) =>
      buildRecord(
        doc,
        group.sort((a, b) => a.start - b.start),
      ),
    )
    .sort((a, b) => a.span.start - b.span.start);
  return { records, warnings: [] };
}

function findMentions(doc: NoticeDocument): Mention[] {
  const { text } = doc;
  const mentions: Mention[] = [];
  let speakersScannedUntil = 0;
  TRIGGERS.lastIndex = 0;
  for (let match = TRIGGERS.exec(text); match; match = TRIGGERS.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const sentence = sentenceIndexAt(doc.sentences, start);
    const sentenceStart = Math.max(doc.sentences.starts[sentence] as number, start - MAX_BACK);
    const ordinal = readOrdinal(text, start, end);
    const verbAt = eventVerbBefore(text, sentenceStart, start);
    if (!ordinal && verbAt < 0) continue;
    const dated = dateBefore(doc, sentenceStart, start);
    const speakerFrom = Math.max(end, speakersScannedUntil);
    const speakerTo = Math.min(text.length, speakerWindowEnd(doc, sentence), end + SPEAKER_WINDOW);
    const speakers = speakerFrom < speakerTo ? findSpeakers(text, speakerFrom, speakerTo) : [];
    speakersScannedUntil = Math.max(speakersScannedUntil, speakerTo);
    mentions.push({
      start: ordinal?.start ?? start,
      end: ordinal?.end ?? end,
      sentence,
      sentenceStart,
      ordinal: ordinal?.value ?? null,
      ordinalSlotEmpty: ordinal?.emptySlot ?? false,
      ...dated,
      organiser: verbAt >= 0 ? organiserBefore(text, sentenceStart, verbAt) : null,
      speakers,
    });
  }
  return mentions;
}

/** How far before the trigger `第N次` may stand (`第四十三场疫情防控工作新闻发布会`). */
const MAX_ORDINAL_GAP = 16;

/**
 * `第七十三次` / `第56场` before the trigger (only Han characters between, as in
 * `第十三场疫情防控例行发布会`), `首场`/`首次` (1), or `第五十六场` right after it.
 */
function readOrdinal(
  text: string,
  start: number,
  end: number,
): { value: number | null; emptySlot: boolean; start: number; end: number } | null {
  let cursor = start;
  while (cursor > 0 && isSpace(text.charCodeAt(cursor - 1))) cursor--;
  for (let counterAt = cursor - 1; counterAt >= 0 && cursor - counterAt <= MAX_ORDINAL_GAP; counterAt--) {
    const counter = text[counterAt];
    if (counter === '次' || counter === '场') {
      if (text[counterAt - 1] === '首') return { value: 1, emptySlot: false, start: counterAt - 1, end };
      let first = counterAt;
      while (first > 0 && counterAt - first < 6 && isNumeralChar(text, first - 1)) first--;
      if (text[first - 1] === '第') {
        const digits = text.slice(first, counterAt);
        return {
          value: digits === '' ? null : parseNumeral(digits),
          emptySlot: digits === '',
          start: first - 1,
          end,
        };
      }
    }
    if (!isCommonHan(text.charCodeAt(counterAt))) break;
  }
  if (text[end] === '第') {
    let last = end + 1;
    while (last < text.length && last - end <= 6 && isNumeralChar(text, last)) last++;
    if (last > end + 1 && (text[last] === '场' || text[last] === '次')) {
      return { value: parseNumeral(text.slice(end + 1, last)), emptySlot: false, start, end: last + 1 };
    }
  }
  return null;
}

function isNumeralChar(text: string, at: number): boolean {
  return isArabicDigit(text.charCodeAt(at)) || isCjkNumeral(text[at]);
}

/** The offset of `举行`/`召开`/`举办` between the sentence start and the trigger, or -1. */
function eventVerbBefore(text: string, from: number, to: number): number {
  let found = -1;
  for (const verb of EVENT_VERBS) {
    const at = text.slice(from, to).lastIndexOf(verb);
    if (at >= 0 && from + at > found) found = from + at;
  }
  return found;
}

/** `某市政府新闻办公室` in `下午，某市政府新闻办公室召开…`. */
function organiserBefore(text: string, from: number, verbAt: number): string | null {
  let start = verbAt;
  while (start > from) {
    const char = text[start - 1] as string;
    if ('，,：:。；'.includes(char) || isSpace(char.charCodeAt(0))) break;
    start--;
  }
  let name = text.slice(start, verbAt);
  // `记者…从山东省政府新闻办举行的…`, `…26日在国务院新闻办公室举行的…`: the organiser follows 从/在.
  const after = Math.max(name.lastIndexOf('从'), name.lastIndexOf('在'));
  if (after >= 0) name = name.slice(after + 1);
  const cut = name.indexOf('于');
  if (cut > 0) name = name.slice(0, cut);
  return ORGANISER_ENDINGS.some((ending) => name.endsWith(ending)) ? name : null;
}

/** The date of the last date-bearing expression between the sentence start and the trigger. */
function dateBefore(
  doc: NoticeDocument,
  from: number,
  to: number,
): Pick<Mention, 'date' | 'partOfDay' | 'undated'> {
  const candidates = timesIn(doc, from, to);
  const match: TimeMatch | undefined = candidates[candidates.length - 1];
  if (!match) return { date: null, partOfDay: null, undated: null };
  if (!match.ok) {
    const undated = {
      text: match.text,
      code: match.code,
      reason: match.reason,
      start: match.span.start,
      end: match.span.end,
    };
    return { date: null, partOfDay: null, undated };
  }
  const value = match.value;
  if (value.precision === 'month' || value.precision === 'year')
    return { date: null, partOfDay: null, undated: null };
  const instant = value.kind === 'instant' || value.kind === 'asOf' ? value.at : value.start;
  const partOfDay = value.partOfDay ? PARTS_OF_DAY[value.partOfDay] : null;
  return { date: chinaDateOf(instant), partOfDay, undated: null };
}

/** Speakers are looked for up to the end of the sentence after the mention's. */
function speakerWindowEnd(doc: NoticeDocument, sentence: number): number {
  const next = Math.min(doc.sentences.ends.length - 1, sentence + 1);
  return doc.sentences.ends[next] as number;
}

function buildRecord(doc: NoticeDocument, group: Mention[]): PressConference {
  const first = group[0] as Mention;
  const warnings: Warning[] = [];
  const ordinal = group.find((mention) => mention.ordinal !== null)?.ordinal ?? null;
  if (ordinal === null && group.some((mention) => mention.ordinalSlotEmpty)) {
    const empty = group.find((mention) => mention.ordinalSlotEmpty) as Mention;
    warnings.push(
      warningAt(
        'EMPTY_NUMBER_SLOT',
        'the conference ordinal (第…次) has no number; ordinal is null',
        doc.map(empty.start, empty.end),
      ),
    );
  }
  const dated = group.find((mention) => mention.date !== null);
  let date = dated?.date ?? null;
  let dateSource: PressConference['dateSource'] = dated ? 'text' : null;
  const undated = group.find((mention) => mention.undated !== null)?.undated ?? null;
  if (!dated && undated) {
    warnings.push(
      warningAt(
        undatedCode(undated.code),
        `the conference date "${undated.text}" cannot be resolved (${undated.reason}); date is null`,
        doc.map(undated.start, undated.end),
      ),
    );
  } else if (!dated && doc.options.reference !== undefined) {
    date = chinaDateOf(doc.options.reference);
    dateSource = 'reference';
  }
  const dates = new Set(group.map((mention) => mention.date).filter((value) => value !== null));
  if (dates.size > 1) {
    warnings.push(
      warningAt(
        'CONFLICTING_FIGURES',
        `the mentions of this conference give several dates (${[...dates].join(', ')}); the first is kept`,
        doc.map(first.start, first.end),
      ),
    );
  }
  const speakers: Speaker[] = [];
  const names = new Set<string>();
  for (const mention of group) {
    for (const speaker of mention.speakers) {
      if (names.has(speaker.name)) continue;
      names.add(speaker.name);
      const role = speaker.roles[0] as FoundSpeaker['roles'][number];
      speakers.push({
        name: speaker.name,
        organisation: role.organisation,
        title: role.title,
        roles: speaker.roles,
        span: doc.map(speaker.start, speaker.end),
      });
    }
  }
  const sentenceEnd = doc.sentences.ends[first.sentence] as number;
  return {
    kind: 'pressConference',
    span: doc.map(first.sentenceStart, Math.max(first.end, sentenceEnd)),
    warnings,
    ordinal,
    date,
    dateSource,
    partOfDay:
      group.find((mention) => mention.partOfDay !== null && mention.date === date)?.partOfDay ?? null,
    organiser: group.find((mention) => mention.organiser !== null)?.organiser ?? null,
    speakers,
    mentions: group.map((mention) => doc.map(mention.start, mention.end)),
  };
}
