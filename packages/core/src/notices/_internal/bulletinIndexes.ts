import { parseNumeral } from '../../numbers/parseNumeral';
import { inferYear } from '../../time/inferYear';
import type { Warning } from '../../types';
import { isArabicDigit, isCommonHan } from '../../_internal/chars';
import { isCjkNumeral, isCjkNumeralCode, isSpace } from './chars';
import { type SpanMapper, warningAt } from './context';
import type { NoticeDocument } from './document';
import type { BulletinIndex, BulletinIndexEntry } from '../schemas';
import type { NoticeOptions, NoticeExtraction } from '../types';

/** The title words of a bulletin (`大连疫情防控情况通报`, `疫情通报`, `疫情情况通报`, `疫情防控通报`). */
const TITLE_FORMS = ['疫情防控情况通报', '疫情防控通报', '疫情情况通报', '疫情通报'];

/** Length of the title words starting at `at` (0 if none): at most one form can start there. */
function titleWordsAt(text: string, at: number): number {
  for (const form of TITLE_FORMS) if (text.startsWith(form, at)) return form.length;
  return 0;
}
/** How far back from the title words a title's date may start (`12月22日` + a region name). */
const MAX_HEAD = 24;
/** A bulletin index is a run of at least this many titles. */
const MIN_ENTRIES = 2;

interface RawTitle {
  start: number;
  end: number;
  month: number | null;
  day: number | null;
  /** The date had slots with no number in them (`月日`). */
  emptySlot: boolean;
  region: string | null;
  part: BulletinIndexEntry['part'];
}

interface YearMarker {
  /** The year, or null when the marker's digits are missing (`年`). */
  year: number | null;
}

/** `extractBulletinIndexes` on a prepared document. */
export function bulletinIndexesOf(doc: NoticeDocument): NoticeExtraction<BulletinIndex> {
  return indexesIn(doc.text, doc.options, doc.map);
}

export function indexesIn(
  text: string,
  options: NoticeOptions,
  map: SpanMapper,
): NoticeExtraction<BulletinIndex> {
  const titles = findTitles(text);
  const records: BulletinIndex[] = [];
  let run: RawTitle[] = [];
  let markers = new Map<number, YearMarker>();
  const flush = (): void => {
    if (run.length >= MIN_ENTRIES) records.push(buildIndex(text, run, markers, options, map));
    run = [];
    markers = new Map();
  };
  let previousEnd = -1;
  for (const title of titles) {
    const gap = previousEnd < 0 ? null : readGap(text, previousEnd, title.start);
    if (gap === null) {
      flush();
      // Year headings right before the first title of a run belong to it.
      const before = readLeadingYear(text, title.start);
      if (before) markers.set(0, before);
    } else if (gap.marker) {
      markers.set(run.length, gap.marker);
    }
    run.push(title);
    previousEnd = title.end;
  }
  flush();
  return { records, warnings: [] };
}

/** Every title in the text, in order, each bounded by the previous one's end. */
function findTitles(text: string): RawTitle[] {
  const titles: RawTitle[] = [];
  let floor = 0;
  let from = 0;
  // indexOf for 疫情, then the form there: the leftmost title words at or after `from`.
  for (
    let wordsStart = text.indexOf('疫情', from);
    wordsStart >= 0;
    wordsStart = text.indexOf('疫情', from)
  ) {
    const length = titleWordsAt(text, wordsStart);
    if (length === 0) {
      from = wordsStart + 1;
      continue;
    }
    const wordsEnd = wordsStart + length;
    const head = readHead(text, wordsStart, floor);
    if (head) {
      const tail = readPart(text, wordsEnd);
      titles.push({
        start: head.start,
        month: head.month,
        day: head.day,
        emptySlot: head.emptySlot,
        region: head.region,
        end: tail.end,
        part: tail.part,
      });
      floor = tail.end;
      from = tail.end;
    } else {
      floor = wordsEnd;
      from = wordsEnd;
    }
  }
  return titles;
}

/** Reads `M月D日<region>` backwards from the title words, not before `floor`. */
function readHead(text: string, wordsStart: number, floor: number): Omit<RawTitle, 'end' | 'part'> | null {
  const lowest = Math.max(floor, wordsStart - MAX_HEAD);
  // The nearest 月 before the words such that 月<digits>日<region> reaches the words.
  for (let monthAt = wordsStart - 1; monthAt >= lowest; monthAt--) {
    const code = text.charCodeAt(monthAt);
    // 。 ， , \n
    if (code === 0x3002 || code === 0xff0c || code === 0x2c || code === 0x0a) return null;
    if (code !== 0x6708 /* 月 */) continue;
    let cursor = monthAt + 1;
    while (cursor < wordsStart && isNumeralChar(text, cursor)) cursor++;
    if (text.charCodeAt(cursor) !== 0x65e5 /* 日 */) continue;
    const dayText = text.slice(monthAt + 1, cursor);
    const regionStart = cursor + 1;
    for (let i = regionStart; i < wordsStart; i++) if (!isCommonHan(text.charCodeAt(i))) return null;
    let monthStart = monthAt;
    while (monthStart > floor && monthAt - monthStart < 3 && isNumeralChar(text, monthStart - 1))
      monthStart--;
    const monthText = text.slice(monthStart, monthAt);
    const month = monthText === '' ? null : parseNumeral(monthText);
    const day = dayText === '' ? null : parseNumeral(dayText);
    return {
      start: monthStart,
      month,
      day,
      emptySlot: monthText === '' || dayText === '',
      region: regionStart < wordsStart ? text.slice(regionStart, wordsStart) : null,
    };
  }
  return null;
}

function isNumeralChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return isArabicDigit(code) || isCjkNumeralCode(code);
}

const PARTS_OF_DAY = ['上午', '下午'] as const;

/** Reads the part after the title words: `(上午)`, `（二）`, `(3)`, or bare `下午` / `二` (when the digits are lost). */
function readPart(text: string, from: number): { end: number; part: BulletinIndexEntry['part'] } {
  const open = text[from];
  if (open === '(' || open === '（') {
    const close = open === '(' ? ')' : '）';
    let end = from + 1;
    while (end < text.length && end - from <= 5 && text[end] !== close) end++;
    if (text[end] === close) {
      const inner = text.slice(from + 1, end).trim();
      const part = partOf(inner);
      if (part !== null) return { end: end + 1, part };
    }
    return { end: from, part: null };
  }
  for (const word of PARTS_OF_DAY) if (text.startsWith(word, from)) return { end: from + 2, part: word };
  let end = from;
  while (end < text.length && end - from < 2 && isCjkNumeral(text[end])) end++;
  if (end > from) {
    // `一月5日…` is the next title's Chinese month, not a part: a bare numeral is a part only
    // when what follows is not a month with a day number.
    const next = text[end];
    const isMonth = next === '月' && text[end + 1] !== '日';
    const value = parseNumeral(text.slice(from, end));
    if (!isMonth && value !== null && value > 0) return { end, part: value };
  }
  return { end: from, part: null };
}

function partOf(inner: string): BulletinIndexEntry['part'] {
  if (inner === '上午' || inner === '下午') return inner;
  const value = parseNumeral(inner);
  return value !== null && Number.isInteger(value) && value > 0 && value < 100 ? value : null;
}

const SEPARATORS = new Set(['、', ',', '，', ';', '；', '|', '·', '•', '/']);

/**
 * What lies between two titles: null when it is not just spaces, separators and at most one year
 * heading (so the titles are not one run); else the heading, if any.
 */
function readGap(text: string, from: number, to: number): { marker: YearMarker | null } | null {
  if (to - from > 40) return null;
  let marker: YearMarker | null = null;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code) || SEPARATORS.has(text[i] as string)) {
      i++;
      continue;
    }
    let end = i;
    while (end < to && isNumeralChar(text, end)) end++;
    if (text[end] !== '年' || end - i > 4 || marker) return null;
    marker = { year: end === i ? null : parseYear(text.slice(i, end)) };
    i = end + 1;
  }
  return { marker };
}

/** A year heading (`2020年`, or `年` with its digits stripped) right before a run's first title. */
function readLeadingYear(text: string, titleStart: number): YearMarker | null {
  let i = titleStart - 1;
  while (i >= 0 && titleStart - i < 8 && isSpace(text.charCodeAt(i))) i--;
  if (text[i] !== '年') return null;
  let start = i;
  while (start > 0 && i - start < 4 && isNumeralChar(text, start - 1)) start--;
  return { year: start === i ? null : parseYear(text.slice(start, i)) };
}

function parseYear(digits: string): number | null {
  const year = parseNumeral(digits);
  return year !== null && year >= 1900 && year <= 2200 ? year : null;
}

function buildIndex(
  text: string,
  run: RawTitle[],
  markers: Map<number, YearMarker>,
  options: NoticeOptions,
  map: SpanMapper,
): BulletinIndex {
  const first = run[0] as RawTitle;
  const last = run[run.length - 1] as RawTitle;
  const span = map(first.start, last.end);
  const warnings: Warning[] = [];
  // checkedContext gave the reference in fangkong's own form.
  const years = inferYears(run, markers, options.reference as string | undefined);
  let emptySlots = 0;
  let invalid = 0;
  const entries = run.map((title, index): BulletinIndexEntry => {
    if (title.emptySlot) emptySlots++;
    const year = years.years[index] ?? null;
    let date: string | null = null;
    if (year !== null && title.month !== null && title.day !== null) {
      date = isoDate(year, title.month, title.day);
      if (date === null) invalid++;
    }
    return {
      title: text.slice(title.start, title.end),
      region: title.region,
      year,
      month: title.month,
      day: title.day,
      date,
      part: title.part,
      span: map(title.start, title.end),
    };
  });
  if (emptySlots > 0) {
    warnings.push(
      warningAt(
        'EMPTY_NUMBER_SLOT',
        `${emptySlots} of ${run.length} bulletin titles have a date with no digits (月日); their dates are null`,
        span,
      ),
    );
  }
  if (years.unknown) {
    warnings.push(
      warningAt(
        'YEAR_UNKNOWN',
        'the bulletin titles give no year and no reference instant was given; their dates are null',
        span,
      ),
    );
  }
  if (invalid > 0) {
    warnings.push(
      warningAt('UNDATED_PERIOD', `${invalid} bulletin titles name a day that does not exist`, span),
    );
  }
  return { kind: 'bulletinIndex', span, warnings, entries };
}

/**
 * The year of each title: from the latest year heading at or before it, else from the first
 * heading after it, else from the reference (the last title not after it), counting a month that
 * goes down (12 → 1) as the next year.
 */
function inferYears(
  run: RawTitle[],
  markers: Map<number, YearMarker>,
  reference: string | undefined,
): { years: (number | null)[]; unknown: boolean } {
  // wraps[i] = how many times the month went down before title i.
  const wraps: number[] = [];
  let count = 0;
  let previousMonth: number | null = null;
  for (const title of run) {
    if (title.month !== null) {
      if (previousMonth !== null && title.month < previousMonth) count++;
      previousMonth = title.month;
    }
    wraps.push(count);
  }
  const anchors: { index: number; year: number | null }[] = [];
  for (const [index, marker] of [...markers].sort((a, b) => a[0] - b[0]))
    anchors.push({ index, year: marker.year });
  let unknown = false;
  if (anchors.length === 0) {
    const referenceYear = yearOfLast(run, reference);
    if (referenceYear === undefined) unknown = true;
    anchors.push({ index: run.length - 1, year: referenceYear ?? null });
  }
  const years = run.map((_, index) => {
    let anchor = anchors[0] as { index: number; year: number | null };
    for (const candidate of anchors) if (candidate.index <= index) anchor = candidate;
    if (anchor.year === null) return null;
    return anchor.year + (wraps[index] as number) - (wraps[anchor.index] as number);
  });
  return { years, unknown };
}

/**
 * The year of the last dated title, inferred from the reference as for any date without a year
 * (the time domain's `inferYear`: not more than a few weeks after the reference).
 */
function yearOfLast(run: RawTitle[], reference: string | undefined): number | undefined {
  if (!reference) return undefined;
  for (let i = run.length - 1; i >= 0; i--) {
    const title = run[i] as RawTitle;
    if (title.month !== null && title.day !== null)
      return inferYear(title.month, title.day, reference) ?? undefined;
  }
  // No title has a full date: nothing to anchor, and nothing will be dated anyway.
  return inferYear(1, 1, reference) ?? undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
