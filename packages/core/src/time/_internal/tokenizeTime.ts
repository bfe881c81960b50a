import type { PartOfDay } from '../types';

/**
 * The tokenizer behind `parseTime` and `findTimeExpressions`. It reads the text once, left to
 * right, with no regular expression: every later step works on tokens, and a run of digits or of
 * unrelated characters is ONE token however long it is, which keeps scanning linear.
 *
 * Offsets: normalisation maps every UTF-16 code unit to exactly one code unit (full-width digits
 * to ASCII, 時 to 时, dashes to `-` …), so token offsets are offsets into the caller's text.
 */

/** A calendar or clock unit written after a number. */
export type TimeUnit = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

/** What a keyword does in a time expression. */
export type Keyword =
  | { role: 'prefix'; prefix: 'asOf' | 'from' | 'anchor' }
  | { role: 'suffix'; suffix: 'from' | 'after' | 'untilNow' | 'anchor' | 'asOf' }
  | { role: 'partOfDay'; part: PartOfDay }
  | { role: 'relativeDay'; offset: number; part?: PartOfDay }
  | { role: 'relativeYear'; offset: number }
  | { role: 'half' };

export type TokenKind =
  /** ASCII digits (full-width already folded). */
  | 'num'
  /** Chinese numeral characters: 〇零一二三四五六七八九十廿卅两. */
  | 'cnum'
  | 'unit'
  /** `/`, `.` or `:` */
  | 'sep'
  /** any dash: - — – － … */
  | 'dash'
  /** 至, 到, ~ */
  | 'to'
  | 'open'
  | 'close'
  /** 、和及与: a list of dates (`12月25日、26日`). */
  | 'list'
  /** horizontal white space inside an expression (`2020 年 1 月 27 日`) */
  | 'space'
  | 'word'
  /** anything else, including line breaks (a run of such characters is one token). */
  | 'other';

export interface TimeToken {
  kind: TokenKind;
  /** Offset of the first code unit in the original text. */
  start: number;
  /** Offset after the last code unit. */
  end: number;
  /** Normalised text of `num` and `cnum` tokens, the separator of `sep`; empty otherwise. */
  text: string;
  unit?: TimeUnit;
  /** A unit character that is only a unit right after a number (号 点 分 秒). */
  weak?: boolean;
  keyword?: Keyword;
}

/** Code units folded before tokenizing: traditional forms, full-width punctuation, dashes. */
const FOLD: Record<string, string> = {
  時: '时',
  點: '点',
  號: '号',
  後: '后',
  從: '从',
  為: '为',
  開: '开',
  來: '来',
  間: '间',
  裡: '里',
  兩: '两',
  '：': ':',
  '／': '/',
  '．': '.',
  '（': '(',
  '）': ')',
  '～': '~',
  '〜': '~',
  '—': '-',
  '–': '-',
  '－': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '-',
  '−': '-',
  '﹣': '-',
  '　': ' ',
  '\u00a0': ' ',
  '\t': ' ',
  '\u200b': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\ufeff': ' ',
};

/**
 * Folds full-width digits, traditional characters of time words, dashes and spaces, one code unit
 * for one code unit, so offsets into the result are offsets into the input.
 */
export function foldTimeText(text: string): string {
  return text.replace(FOLD_PATTERN, foldChar);
}

// One character class, no quantifier: linear, and much faster than a loop of concatenations.
const FOLD_PATTERN = new RegExp(
  `[０-９${Object.keys(FOLD)
    .join('')
    .replace(/[-\\\]^]/g, '\\$&')}]`,
  'g',
);

function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  return FOLD[char] ?? char;
}

const UNITS: Record<string, { unit: TimeUnit; weak: boolean }> = {
  年: { unit: 'year', weak: false },
  月: { unit: 'month', weak: false },
  日: { unit: 'day', weak: false },
  号: { unit: 'day', weak: true },
  时: { unit: 'hour', weak: false },
  点: { unit: 'hour', weak: true },
  分: { unit: 'minute', weak: true },
  秒: { unit: 'second', weak: true },
};

const KEYWORDS = new Map<string, Keyword>([
  ['截至', { role: 'prefix', prefix: 'asOf' }],
  ['截止', { role: 'prefix', prefix: 'asOf' }],
  ['截止到', { role: 'prefix', prefix: 'asOf' }],
  ['截止至', { role: 'prefix', prefix: 'asOf' }],
  ['截至到', { role: 'prefix', prefix: 'asOf' }],
  ['从', { role: 'prefix', prefix: 'from' }],
  ['自', { role: 'prefix', prefix: 'from' }],
  ['以', { role: 'prefix', prefix: 'anchor' }],
  ['起', { role: 'suffix', suffix: 'from' }],
  ['开始', { role: 'suffix', suffix: 'from' }],
  ['以来', { role: 'suffix', suffix: 'from' }],
  ['后', { role: 'suffix', suffix: 'after' }],
  ['以后', { role: 'suffix', suffix: 'after' }],
  ['之后', { role: 'suffix', suffix: 'after' }],
  ['至今', { role: 'suffix', suffix: 'untilNow' }],
  ['为起始点', { role: 'suffix', suffix: 'anchor' }],
  ['为起点', { role: 'suffix', suffix: 'anchor' }],
  ['为止', { role: 'suffix', suffix: 'asOf' }],
  ['凌晨', { role: 'partOfDay', part: 'earlyMorning' }],
  ['早上', { role: 'partOfDay', part: 'morning' }],
  ['早晨', { role: 'partOfDay', part: 'morning' }],
  ['清晨', { role: 'partOfDay', part: 'morning' }],
  ['上午', { role: 'partOfDay', part: 'morning' }],
  ['早', { role: 'partOfDay', part: 'morning' }],
  ['中午', { role: 'partOfDay', part: 'noon' }],
  ['下午', { role: 'partOfDay', part: 'afternoon' }],
  ['傍晚', { role: 'partOfDay', part: 'evening' }],
  ['晚上', { role: 'partOfDay', part: 'evening' }],
  ['晚间', { role: 'partOfDay', part: 'evening' }],
  ['夜间', { role: 'partOfDay', part: 'evening' }],
  ['夜里', { role: 'partOfDay', part: 'evening' }],
  ['晚', { role: 'partOfDay', part: 'evening' }],
  ['今日', { role: 'relativeDay', offset: 0 }],
  ['今天', { role: 'relativeDay', offset: 0 }],
  ['昨日', { role: 'relativeDay', offset: -1 }],
  ['昨天', { role: 'relativeDay', offset: -1 }],
  ['前日', { role: 'relativeDay', offset: -2 }],
  ['前天', { role: 'relativeDay', offset: -2 }],
  ['明日', { role: 'relativeDay', offset: 1 }],
  ['明天', { role: 'relativeDay', offset: 1 }],
  ['今早', { role: 'relativeDay', offset: 0, part: 'morning' }],
  ['今晨', { role: 'relativeDay', offset: 0, part: 'morning' }],
  ['今晚', { role: 'relativeDay', offset: 0, part: 'evening' }],
  ['今夜', { role: 'relativeDay', offset: 0, part: 'evening' }],
  ['昨晚', { role: 'relativeDay', offset: -1, part: 'evening' }],
  ['昨夜', { role: 'relativeDay', offset: -1, part: 'evening' }],
  ['明早', { role: 'relativeDay', offset: 1, part: 'morning' }],
  ['去年', { role: 'relativeYear', offset: -1 }],
  ['今年', { role: 'relativeYear', offset: 0 }],
  ['明年', { role: 'relativeYear', offset: 1 }],
  ['前年', { role: 'relativeYear', offset: -2 }],
  ['半', { role: 'half' }],
]);
/** Keywords by first character, longest first, so a position is matched with startsWith, no slicing. */
const KEYWORDS_BY_FIRST = new Map<string, Array<[string, Keyword]>>();
for (const entry of KEYWORDS) {
  const first = entry[0][0] as string;
  const list = KEYWORDS_BY_FIRST.get(first) ?? [];
  list.push(entry);
  list.sort((a, b) => b[0].length - a[0].length);
  KEYWORDS_BY_FIRST.set(first, list);
}

const CHINESE_DIGITS = '〇零一二三四五六七八九十廿卅两';
const SINGLE: Record<string, TokenKind> = {
  '/': 'sep',
  '.': 'sep',
  ':': 'sep',
  '-': 'dash',
  至: 'to',
  到: 'to',
  '~': 'to',
  '(': 'open',
  ')': 'close',
  '、': 'list',
  和: 'list',
  及: 'list',
  与: 'list',
};

const OTHER = 0;
const DIGIT = 1;
const SPACE = 2;
const KEYWORD = 3;
const CHINESE = 4;
const UNIT = 5;
const SINGLE_CHAR = 6;
/** Character class by code unit: one array read per character in the hot loop. */
const CLASS = new Uint8Array(0x10000);
for (let digit = 0x30; digit <= 0x39; digit++) CLASS[digit] = DIGIT;
CLASS[0x20] = SPACE;
for (const char of CHINESE_DIGITS) CLASS[char.charCodeAt(0)] = CHINESE;
for (const char of Object.keys(UNITS)) CLASS[char.charCodeAt(0)] = UNIT;
for (const char of Object.keys(SINGLE)) CLASS[char.charCodeAt(0)] = SINGLE_CHAR;
// keywords last: 至 starts 至今 and is also a connector; 早 … fall back to their other class
const FALLBACK_CLASS = new Uint8Array(0x10000);
for (const char of KEYWORDS_BY_FIRST.keys()) {
  const code = char.charCodeAt(0);
  FALLBACK_CLASS[code] = CLASS[code] as number;
  CLASS[code] = KEYWORD;
}

/**
 * Splits folded text into time tokens in one pass. Keywords are matched longest first.
 */
export function tokenizeTime(folded: string): TimeToken[] {
  const tokens: TimeToken[] = [];
  const length = folded.length;
  let index = 0;
  while (index < length) {
    let kind = CLASS[folded.charCodeAt(index)] as number;
    if (kind === KEYWORD) {
      const found = (KEYWORDS_BY_FIRST.get(folded[index] as string) as Array<[string, Keyword]>).find(
        ([word]) => folded.startsWith(word, index),
      );
      if (found) {
        tokens.push({
          kind: 'word',
          start: index,
          end: index + found[0].length,
          text: '',
          keyword: found[1],
        });
        index += found[0].length;
        continue;
      }
      kind = FALLBACK_CLASS[folded.charCodeAt(index)] as number;
    }
    const start = index;
    switch (kind) {
      case DIGIT:
      case CHINESE:
      case SPACE: {
        index++;
        while (index < length && CLASS[folded.charCodeAt(index)] === kind) index++;
        if (kind === SPACE) tokens.push({ kind: 'space', start, end: index, text: '' });
        else
          tokens.push({
            kind: kind === DIGIT ? 'num' : 'cnum',
            start,
            end: index,
            text: folded.slice(start, index),
          });
        break;
      }
      case UNIT: {
        const unit = UNITS[folded[index] as string] as { unit: TimeUnit; weak: boolean };
        tokens.push({ kind: 'unit', start, end: index + 1, text: '', unit: unit.unit, weak: unit.weak });
        index++;
        break;
      }
      case SINGLE_CHAR: {
        const char = folded[index] as string;
        const single = SINGLE[char] as TokenKind;
        tokens.push({ kind: single, start, end: index + 1, text: single === 'sep' ? char : '' });
        index++;
        break;
      }
      default: {
        index++;
        while (index < length && CLASS[folded.charCodeAt(index)] === OTHER) index++;
        const last = tokens[tokens.length - 1];
        if (last && last.kind === 'other' && last.end === start) last.end = index;
        else tokens.push({ kind: 'other', start, end: index, text: '' });
      }
    }
  }
  return tokens;
}
