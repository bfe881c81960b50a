import { isArabicDigit, isAsciiDigit, isInlineSpace } from '../../_internal/chars';
import type { Span } from '../../types';
import type {
  Numeral,
  NumeralScript,
  Quantity,
  QuantityQualifier,
  QuantityRole,
  SingleQuantity,
} from '../types';
import type { CounterMatcher } from './counters';
import { evaluateNumeral } from './evaluateNumeral';
import {
  ARABIC,
  BIG_UNIT,
  CJK_DIGIT,
  CJK_DOT,
  charClass,
  charValue,
  DOT,
  SMALL_UNIT,
  SPACE,
  TENS,
} from './numeralChars';

/** A quantity found by the scanner, before ranges and lists are joined. */
export interface Scanned {
  quantity: Quantity;
  /** A lone Chinese digit with no counter and no 第: usually part of a word (统一, 一是). */
  bare: boolean;
  /** Part of a digital date or time (`2021-11-24`, `19:13`): never joined into a range or list. */
  atomic?: boolean;
}

/** Numerals longer than this are not numerals (a run of 100 digits is an identifier or noise). */
const MAX_RUN = 40;

const COMMA = 0x2c;
const ORDINAL_MARK = 0x7b2c; // 第

function isAsciiLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff5a)
  );
}
function isFootnoteMark(code: number): boolean {
  // * ＊ ※ † ‡ ⁎
  return (
    code === 0x2a ||
    code === 0xff0a ||
    code === 0x203b ||
    code === 0x2020 ||
    code === 0x2021 ||
    code === 0x204e
  );
}
/** Whether `code` can begin a numeral: a digit, 十, 廿/卅/卌 (not 百, 千, 万, 亿: 百姓, 千万不要, 万众). */
function startsNumeral(code: number): boolean {
  const cls = charClass(code);
  return cls === ARABIC || cls === CJK_DIGIT || cls === TENS || (cls === SMALL_UNIT && charValue(code) === 1);
}

function skipInlineSpaces(text: string, position: number, limit: number): number {
  let p = position;
  while (p < limit && p - position < 3 && isInlineSpace(text.charCodeAt(p))) p++;
  return p;
}

/** The last character of 上午, 下午, 晚, 凌晨, 早, 夜, 日 before a Chinese clock hour (下午三点). */
const TIME_OF_DAY = '午晚晨早夜日';

/** Words right before a day count that make `7日` a duration, not the 7th. */
const DURATION_CUES = [
  '连续',
  '近',
  '共',
  '满',
  '历时',
  '为期',
  '累计',
  '长达',
  '超过',
  '持续',
  '每',
  '达',
  '已',
];
const BEFORE_QUALIFIERS: readonly [string, QuantityQualifier][] = [
  ['大约', 'about'],
  ['约', 'about'],
  ['超过', 'over'],
  ['逾', 'over'],
  ['不足', 'under'],
  ['不到', 'under'],
  ['将近', 'under'],
  ['接近', 'under'],
];
const AFTER_QUALIFIERS: readonly [string, QuantityQualifier][] = [
  ['以上', 'over'],
  ['左右', 'about'],
  ['以下', 'under'],
];

function endsWithAt(text: string, end: number, word: string): boolean {
  return end >= word.length && text.startsWith(word, end - word.length);
}

/** First characters of words ending in 约 that do not mean "about" (预约, 节约, 合约, 签约 …). */
const NOT_ABOUT_BEFORE_YUE = '预节合条签邀制违履相赴特公婚立践';

/** The last characters of the words in BEFORE_QUALIFIERS, and 近: a quick test before comparing words. */
const QUALIFIER_ENDS = '约过逾足到近';

function qualifierBefore(text: string, start: number): QuantityQualifier | null {
  if (start === 0 || !QUALIFIER_ENDS.includes(text.charAt(start - 1))) return null;
  for (const [word, qualifier] of BEFORE_QUALIFIERS) {
    if (!endsWithAt(text, start, word)) continue;
    // 预约, 节约, 签约 …: 约 ending another word is not "about"
    if (word === '约' && start >= 2 && NOT_ABOUT_BEFORE_YUE.includes(text.charAt(start - 2))) return null;
    return qualifier;
  }
  // 近3000 is "nearly", but 最近3天 / 附近 are not
  if (endsWithAt(text, start, '近')) {
    const before = text.charCodeAt(start - 2);
    if (before !== 0x6700 /* 最 */ && before !== 0x9644 /* 附 */ && before !== 0x90bb /* 邻 */)
      return 'under';
  }
  return null;
}

/** State carried from one numeral to the next while scanning. */
export interface ScanState {
  /** Where a day number must start to belong to the month just read (`1月` → `12日`), or -1. */
  dayAfterMonth: number;
}

function makeNumeral(
  text: string,
  start: number,
  end: number,
  value: number,
  script: NumeralScript,
): Numeral {
  return { value, span: { start, end }, raw: text.slice(start, end), script };
}

function single(
  text: string,
  numeral: Numeral,
  role: QuantityRole,
  spanStart: number,
  spanEnd: number,
  counter: string | null,
  counterSpan: Span | null,
  footnote: string | null,
  qualifier: QuantityQualifier | null,
): SingleQuantity {
  return {
    kind: 'number',
    value: numeral.value,
    numeral,
    span: { start: spanStart, end: spanEnd },
    raw: text.slice(spanStart, spanEnd),
    role,
    counter,
    counterSpan,
    footnote,
    qualifier,
  };
}

/** The end of the Arabic digits starting at `position`. */
function arabicBlockEnd(text: string, position: number, limit: number): number {
  let p = position;
  while (p < limit && isArabicDigit(text.charCodeAt(p))) p++;
  return p;
}

function arabicValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let p = start; p < end; p++) value = value * 10 + charValue(text.charCodeAt(p));
  return value;
}

/**
 * `2021/1/20`, `2021-11-24`, `2021.1.20` → three date numbers; `19:13` → two time numbers. Returns
 * the end of what was read, or -1 when the text at `start` is neither.
 */
function readDigitalDateOrTime(text: string, start: number, limit: number, out: Scanned[]): number {
  const first = arabicBlockEnd(text, start, limit);
  const sep = text.charCodeAt(first);
  if (first - start === 4 && (sep === 0x2f || sep === 0x2d || sep === 0x2e || sep === 0xff0d)) {
    const monthEnd = arabicBlockEnd(text, first + 1, limit);
    if (monthEnd - first - 1 >= 1 && monthEnd - first - 1 <= 2 && text.charCodeAt(monthEnd) === sep) {
      const dayEnd = arabicBlockEnd(text, monthEnd + 1, limit);
      const dayLength = dayEnd - monthEnd - 1;
      if (dayLength >= 1 && dayLength <= 2 && !isAsciiLetter(text.charCodeAt(dayEnd))) {
        for (const [s, e] of [
          [start, first],
          [first + 1, monthEnd],
          [monthEnd + 1, dayEnd],
        ] as const) {
          const numeral = makeNumeral(text, s, e, arabicValue(text, s, e), 'arabic');
          out.push({
            quantity: single(text, numeral, 'date', s, e, null, null, null, null),
            bare: false,
            atomic: true,
          });
        }
        return dayEnd;
      }
    }
  }
  if (first - start >= 1 && first - start <= 2 && (sep === 0x3a || sep === 0xff1a)) {
    const minuteEnd = arabicBlockEnd(text, first + 1, limit);
    if (minuteEnd - first - 1 === 2 && arabicValue(text, start, first) <= 24) {
      let end = minuteEnd;
      const parts: [number, number][] = [
        [start, first],
        [first + 1, minuteEnd],
      ];
      const secondsSep = text.charCodeAt(minuteEnd);
      if (secondsSep === sep) {
        const secondEnd = arabicBlockEnd(text, minuteEnd + 1, limit);
        if (secondEnd - minuteEnd - 1 === 2) {
          parts.push([minuteEnd + 1, secondEnd]);
          end = secondEnd;
        }
      }
      for (const [s, e] of parts) {
        const numeral = makeNumeral(text, s, e, arabicValue(text, s, e), 'arabic');
        out.push({
          quantity: single(text, numeral, 'time', s, e, null, null, null, null),
          bare: false,
          atomic: true,
        });
      }
      return end;
    }
  }
  return -1;
}

/** The end of the numeral run starting at `start` (no spaces inside in running text). */
function runEnd(text: string, start: number, limit: number): number {
  let p = start;
  while (p < limit && p - start < MAX_RUN) {
    const code = text.charCodeAt(p);
    const cls = charClass(code);
    if (cls === ARABIC || cls === CJK_DIGIT || cls === SMALL_UNIT || cls === BIG_UNIT || cls === TENS) {
      p++;
      continue;
    }
    const previous = text.charCodeAt(p - 1);
    if (cls === DOT && isArabicDigit(previous) && isArabicDigit(text.charCodeAt(p + 1))) {
      p++;
      continue;
    }
    if (code === COMMA && isAsciiDigit(previous)) {
      // thousands separator: exactly three digits follow, then no digit
      const next = text.charCodeAt(p + 4);
      if (
        isAsciiDigit(text.charCodeAt(p + 1)) &&
        isAsciiDigit(text.charCodeAt(p + 2)) &&
        isAsciiDigit(text.charCodeAt(p + 3)) &&
        !isAsciiDigit(next)
      ) {
        p++;
        continue;
      }
    }
    if (
      cls === CJK_DOT &&
      charClass(previous) !== ARABIC &&
      charClass(text.charCodeAt(p + 1)) === CJK_DIGIT
    ) {
      // 三点五 but not 十点三十分 (a time): the fraction digits must not be followed by a unit or 分
      let q = p + 1;
      while (q < limit && charClass(text.charCodeAt(q)) === CJK_DIGIT) q++;
      const after = charClass(text.charCodeAt(q));
      if (after !== SMALL_UNIT && after !== TENS && text.charCodeAt(q) !== 0x5206 /* 分 */) {
        p++;
        continue;
      }
    }
    break;
  }
  return p;
}

function scriptOf(text: string, start: number, end: number): NumeralScript {
  let arabic = false;
  let chinese = false;
  for (let p = start; p < end; p++) {
    const cls = charClass(text.charCodeAt(p));
    if (cls === ARABIC) arabic = true;
    else if (cls !== DOT && cls !== 0) chinese = true;
  }
  return arabic && chinese ? 'mixed' : arabic ? 'arabic' : 'chinese';
}

/**
 * `三四天` (3 or 4 days), `五六十人` (50 to 60), `一两个`: two neighbouring Chinese digits, then
 * optionally units only. Returns [from, to] or null.
 */
function fusedRange(text: string, start: number, end: number): [number, number] | null {
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  if (charClass(a) !== CJK_DIGIT || charClass(b) !== CJK_DIGIT) return null;
  const low = charValue(a);
  const high = charValue(b);
  if (low < 1 || high !== low + 1) return null;
  let multiplier = 1;
  if (end > start + 2) {
    for (let p = start + 2; p < end; p++) {
      const cls = charClass(text.charCodeAt(p));
      if (cls !== SMALL_UNIT && cls !== BIG_UNIT) return null;
    }
    multiplier = evaluateNumeral(`一${text.slice(start + 2, end)}`, 0, end - start - 1);
    if (Number.isNaN(multiplier)) return null;
  }
  return [low * multiplier, high * multiplier];
}

function isPositionalWithoutZero(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let p = start; p < end; p++) {
    const code = text.charCodeAt(p);
    if (charClass(code) !== CJK_DIGIT || charValue(code) === 0) return false;
  }
  return true;
}

/**
 * Reads the quantity whose numeral starts at `start` (which must start a numeral) and appends it
 * (or the parts of a digital date or time) to `out`. Returns where scanning continues.
 */
export function scanQuantityAt(
  text: string,
  start: number,
  limit: number,
  counters: CounterMatcher,
  state: ScanState,
  out: Scanned[],
): number {
  const skipped = skipNonQuantity(text, start, limit, out);
  if (skipped >= 0) return skipped;
  const end = runEnd(text, start, limit);
  if (end - start >= MAX_RUN) {
    // Too long to be a numeral: skip the whole run of numeral characters.
    let p = end;
    while (p < limit && charClass(text.charCodeAt(p)) !== 0) p++;
    return p;
  }
  const afterRun = skipInlineSpaces(text, end, limit);
  const read = readRunValue(text, start, end, afterRun);
  if (read === null) return end; // not a numeral we can read honestly: report nothing
  const { value, range } = read;
  const script = scriptOf(text, start, end);

  // before: 第, qualifiers
  const ordinal = start > 0 && text.charCodeAt(start - 1) === ORDINAL_MARK;
  const spanStart = ordinal ? start - 1 : start;
  const marks = marksAfter(text, afterRun, end, limit, range === null);
  let qualifier: QuantityQualifier | null =
    range === null ? (marks.over ? 'over' : qualifierBefore(text, spanStart)) : 'about';
  let spanEnd = marks.spanEnd;
  let footnote = marks.footnote;

  const counted = readCounter(text, limit, counters, state, {
    start,
    end,
    spanStart,
    afterRun,
    counterStart: marks.counterStart,
    value,
    script,
    ordinal,
  });
  const { counter, counterSpan } = counted;
  let role = counted.role;
  if (counter !== null) spanEnd = counted.spanEnd;
  if (counted.footnote !== null) footnote = (footnote ?? '') + counted.footnote;
  if (qualifier === null) {
    for (const [word, kind] of AFTER_QUALIFIERS) if (text.startsWith(word, spanEnd)) qualifier = kind;
  }
  if (role === 'count' && script === 'arabic') role = roleOfArabicCount(text, start, end, counter);
  if (role === 'date' && counter === '月') state.dayAfterMonth = skipInlineSpaces(text, spanEnd, limit);

  if (range !== null) {
    out.push({
      quantity: {
        kind: 'range',
        from: makeNumeral(text, start, end, range[0], script),
        to: makeNumeral(text, start, end, range[1], script),
        span: { start: spanStart, end: spanEnd },
        raw: text.slice(spanStart, spanEnd),
        role,
        counter,
        counterSpan,
        footnote,
        qualifier,
      },
      bare: false,
    });
    return spanEnd;
  }
  const numeral = makeNumeral(text, start, end, value, script);
  const bare = script === 'chinese' && end - start === 1 && counter === null && !ordinal;
  out.push({
    quantity: single(text, numeral, role, spanStart, spanEnd, counter, counterSpan, footnote, qualifier),
    bare,
  });
  return spanEnd;
}

/**
 * Where scanning continues when the numeral at `start` is no quantity of its own: a digital date or
 * time (its parts appended to `out`), or the 一 of 进一步/下一步; -1 otherwise.
 */
function skipNonQuantity(text: string, start: number, limit: number, out: Scanned[]): number {
  const first = text.charCodeAt(start);
  if (charClass(first) === ARABIC) {
    const end = readDigitalDateOrTime(text, start, limit, out);
    if (end >= 0) return end;
  }
  // 进一步 (further), 下一步 (next) are words, not one step
  if (first === 0x4e00 /* 一 */ && start > 0 && text.startsWith('一步', start)) {
    const before = text.charCodeAt(start - 1);
    if (before === 0x8fdb /* 进 */ || before === 0x4e0b /* 下 */) return start + 2;
  }
  return -1;
}

/**
 * The value of the run `[start, end)`, or the range neighbouring digits give (一二类, 三四天: "one or
 * two", not twelve; 二〇二一 and 二零二零年 are years); null when it is neither.
 */
function readRunValue(
  text: string,
  start: number,
  end: number,
  afterRun: number,
): { value: number; range: [number, number] | null } | null {
  const value = evaluateNumeral(text, start, end);
  if (
    !Number.isNaN(value) &&
    !(isPositionalWithoutZero(text, start, end) && text.charCodeAt(afterRun) !== 0x5e74) /* 年 */
  ) {
    return { value, range: null };
  }
  const range = fusedRange(text, start, end);
  return range === null ? null : { value: range[0], range };
}

/** 余/多 (only after a single number) and footnote marks after a run; where a counter may start. */
function marksAfter(
  text: string,
  afterRun: number,
  end: number,
  limit: number,
  single: boolean,
): { over: boolean; footnote: string | null; spanEnd: number; counterStart: number } {
  let p = afterRun;
  let spanEnd = end;
  let over = false;
  const more = text.charCodeAt(p);
  if ((more === 0x4f59 /* 余 */ || more === 0x591a) /* 多 */ && single) {
    over = true;
    spanEnd = p + 1;
    p = skipInlineSpaces(text, spanEnd, limit);
  }
  const footnoteStart = p;
  while (p < limit && isFootnoteMark(text.charCodeAt(p))) p++;
  const footnote = p > footnoteStart ? text.slice(footnoteStart, p) : null;
  if (footnote !== null) spanEnd = p;
  return { over, footnote, spanEnd, counterStart: p };
}

/** Where a numeral stands and what it read as: what {@link readCounter} looks after. */
interface NumeralAt {
  /** The numeral's run of characters. */
  start: number;
  end: number;
  /** Where the quantity starts (on 第 for an ordinal). */
  spanStart: number;
  /** After the run and the spaces that follow it. */
  afterRun: number;
  /** After 余/多 and footnote marks: where a counter would start. */
  counterStart: number;
  value: number;
  script: NumeralScript;
  ordinal: boolean;
}

/**
 * The counter after a numeral (例, 人, 天 …), or the clock words that make it a time (19点, 13分),
 * with the role they give, where the quantity then ends, and a footnote mark after the counter.
 */
function readCounter(
  text: string,
  limit: number,
  counters: CounterMatcher,
  state: ScanState,
  at: NumeralAt,
): {
  counter: string | null;
  counterSpan: Span | null;
  role: QuantityRole;
  spanEnd: number;
  footnote: string | null;
} {
  const { start, end, spanStart, afterRun, counterStart, value, script, ordinal } = at;
  const more = text.charCodeAt(afterRun);
  const integer = Number.isInteger(value);
  const previous = start > 0 ? text.charCodeAt(start - 1) : 0;
  let counter: string | null = null;
  let counterSpan: Span | null = null;
  let role: QuantityRole = ordinal ? 'ordinal' : 'count';
  const matched = counters.match(text, counterStart);
  if (matched !== null && !isWordAfterCounter(matched, text.charCodeAt(counterStart + matched.length))) {
    counter = matched;
    counterSpan = { start: counterStart, end: counterStart + matched.length };
    if (!ordinal) role = roleOfCounter(text, matched, start, end, counterSpan.end, value, script, state);
  } else if (!ordinal && integer && value <= 24 && (more === 0x70b9 || more === 0x9ede) /* 点 點 */) {
    // 19点, 下午3点: a clock hour (三点 alone is "three points", so Chinese needs a time word before)
    if (script === 'arabic' || (spanStart > 0 && TIME_OF_DAY.includes(text.charAt(spanStart - 1)))) {
      counter = text[afterRun]!;
      counterSpan = { start: afterRun, end: afterRun + 1 };
      role = 'time';
    }
  } else if (
    !ordinal &&
    integer &&
    value < 60 &&
    more === 0x5206 /* 分 */ &&
    (previous === 0x65f6 || previous === 0x6642 || previous === 0x70b9 || previous === 0x9ede)
  ) {
    // 19时13分: the minutes of a time
    counter = '分';
    counterSpan = { start: afterRun, end: afterRun + 1 };
    role = 'time';
  }
  if (counterSpan === null) return { counter, counterSpan, role, spanEnd: -1, footnote: null };
  let q = counterSpan.end;
  while (q < limit && isFootnoteMark(text.charCodeAt(q))) q++;
  const footnote = q > counterSpan.end ? text.slice(counterSpan.end, q) : null;
  return { counter, counterSpan, role, spanEnd: q, footnote };
}

/**
 * A count in Arabic digits that is a name rather than a number: a code (a leading zero, letters
 * glued to it, ten digits or more without a counter), or the year of a document number (〔2021〕).
 */
function roleOfArabicCount(text: string, start: number, end: number, counter: string | null): QuantityRole {
  const previous = start > 0 ? text.charCodeAt(start - 1) : 0;
  const leadingZero =
    charValue(text.charCodeAt(start)) === 0 && end - start > 1 && text.charCodeAt(start + 1) !== 0x2e;
  const glued =
    isAsciiLetter(previous) ||
    isAsciiLetter(text.charCodeAt(end)) ||
    previous === 0x40 /* @ */ ||
    previous === 0x5f; /* _ */
  if (leadingZero || glued || (end - start >= 10 && counter === null)) return 'code';
  if (previous === 0x3014 && text.charCodeAt(end) === 0x3015 && end - start === 4) return 'date';
  return 'count';
}

/** 一次性 (disposable), 第一时间 (at once), 一时期: the counter is the start of a word. */
function isWordAfterCounter(counter: string, next: number): boolean {
  if (counter === '次') return next === 0x6027; // 性
  if (counter === '时' || counter === '時') {
    return next === 0x95f4 || next === 0x9593 || next === 0x671f || next === 0x5019 || next === 0x6bb5; // 间 間 期 候 段
  }
  return false;
}

function roleOfCounter(
  text: string,
  counter: string,
  start: number,
  end: number,
  counterEnd: number,
  value: number,
  script: NumeralScript,
  state: ScanState,
): QuantityRole {
  switch (counter) {
    case '年': {
      // 2021年, 二〇二一年 are years; 5年 is a duration
      const isYear =
        (script === 'arabic' && end - start === 4) ||
        (script === 'chinese' && end - start >= 2 && isPositionalDigits(text, start, end));
      return isYear ? 'date' : 'count';
    }
    case '月':
      return Number.isInteger(value) && value >= 1 && value <= 12 ? 'date' : 'count';
    case '日':
    case '号': {
      if (start === state.dayAfterMonth) return 'date';
      if (counter === '号') return 'code';
      const rest = text.slice(counterEnd, counterEnd + 2);
      if (rest.startsWith('内') || rest === '以内' || rest === '之内') return 'count';
      for (const cue of DURATION_CUES) if (endsWithAt(text, start, cue)) return 'count';
      return 'date';
    }
    case '时':
    case '時':
      return 'time';
    default:
      return 'count';
  }
}

function isPositionalDigits(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) if (charClass(text.charCodeAt(p)) !== CJK_DIGIT) return false;
  return true;
}

/** Whether a numeral can start at `position` of `text`. */
export function canStartNumeral(text: string, position: number): boolean {
  return startsNumeral(text.charCodeAt(position));
}

/** Whether `code` may stand inside a numeral run (digits, units, decimal points, commas). */
export function insideNumeral(code: number): boolean {
  const cls = charClass(code);
  return (cls !== 0 && cls !== SPACE) || code === COMMA;
}

export { MAX_RUN };
