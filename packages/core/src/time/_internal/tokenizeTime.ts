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
type Keyword =
  | { role: 'prefix'; prefix: 'asOf' | 'from' | 'anchor' }
  | { role: 'suffix'; suffix: 'from' | 'after' | 'untilNow' | 'anchor' | 'asOf' }
  | { role: 'partOfDay'; part: PartOfDay }
  | { role: 'relativeDay'; offset: number; part?: PartOfDay }
  | { role: 'relativeYear'; offset: number }
  | { role: 'half' };

type TokenKind =
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
  unit?: TimeUnit | undefined;
  /** A unit character that is only a unit right after a number (号 点 分 秒). */
  weak?: boolean | undefined;
  keyword?: Keyword | undefined;
}

/** Every token has the same shape (all fields present), so the parser's reads stay monomorphic. */
function token(
  kind: TokenKind,
  start: number,
  end: number,
  text: string,
  unit?: TimeUnit,
  weak?: boolean,
  keyword?: Keyword,
): TimeToken {
  return { kind, start, end, text, unit, weak, keyword };
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

/**
 * {@link foldTimeText} of `text.slice(start, end)`: the slice as it is when nothing in it folds (the
 * common case: one array read per character), else its runs joined around the folded characters
 * (few: a run between folds is copied whole, where a replace calls back for every match).
 */
export function foldTimeSlice(text: string, start: number, end: number): string {
  let folded = '';
  let runStart = start;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (FOLDS[code] === 1) {
      folded += text.slice(runStart, index) + (FOLDED_CHAR[code] as string);
      runStart = index + 1;
    }
  }
  return runStart === start ? text.slice(start, end) : folded + text.slice(runStart, end);
}

// One character class, no quantifier: linear, and much faster than a loop of concatenations.
const FOLD_PATTERN = new RegExp(
  `[０-９${Object.keys(FOLD)
    .join('')
    .replace(/[-\\\]^]/g, '\\$&')}]`,
  'g',
);

/** 1 for a code unit that {@link foldTimeText} changes. */
const FOLDS = new Uint8Array(0x10000);
/** What each code unit that {@link foldTimeText} changes becomes, by code unit. */
const FOLDED_CHAR: string[] = [];
for (const char of Object.keys(FOLD)) {
  FOLDS[char.charCodeAt(0)] = 1;
  FOLDED_CHAR[char.charCodeAt(0)] = FOLD[char] as string;
}
for (let code = 0xff10; code <= 0xff19; code++) {
  FOLDS[code] = 1;
  FOLDED_CHAR[code] = String.fromCharCode(code - 0xff10 + 0x30);
}

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
/**
 * The keywords by the code unit they start with, longest first, so a position is matched with
 * startsWith, no slicing. The tables the tokenizer reads by
 * character are keyed by code unit, not by one-character string: `text[i]` of a Han character is a
 * new string each time, and looking it up by name interns it (1.5% of a short document's time).
 */
const KEYWORDS_BY_FIRST = new Map<number, Array<[string, Keyword]>>();
for (const entry of KEYWORDS) {
  const first = entry[0].charCodeAt(0);
  const list = KEYWORDS_BY_FIRST.get(first) ?? [];
  list.push(entry);
  list.sort((a, b) => b[0].length - a[0].length);
  KEYWORDS_BY_FIRST.set(first, list);
}

/**
 * Values looked up by code unit in the tokenizer's loop: a slot per code unit into a dense list, one
 * array read where a `Map` of numbers hashes its key.
 */
class CodeTable<T> {
  private readonly slots = new Uint8Array(0x10000);
  private readonly values: T[] = [];

  constructor(entries: Iterable<[number, T]>) {
    for (const [code, value] of entries) {
      this.values.push(value);
      this.slots[code] = this.values.length;
    }
  }

  /** The value of `code`, which the caller knows has one (its class says so). */
  get(code: number): T {
    return this.values[(this.slots[code] as number) - 1] as T;
  }
}

const KEYWORDS_AT = new CodeTable(KEYWORDS_BY_FIRST);

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
const UNIT_AT = new CodeTable(Object.entries(UNITS).map(([char, unit]) => [char.charCodeAt(0), unit]));
const SINGLE_AT = new CodeTable(Object.entries(SINGLE).map(([char, kind]) => [char.charCodeAt(0), kind]));

/** Character class by code unit: one array read per character in the hot loop. */
const CLASS = new Uint8Array(0x10000);
for (let digit = 0x30; digit <= 0x39; digit++) CLASS[digit] = DIGIT;
CLASS[0x20] = SPACE;
for (const char of CHINESE_DIGITS) CLASS[char.charCodeAt(0)] = CHINESE;
for (const char of Object.keys(UNITS)) CLASS[char.charCodeAt(0)] = UNIT;
for (const char of Object.keys(SINGLE)) CLASS[char.charCodeAt(0)] = SINGLE_CHAR;
// keywords last: 至 starts 至今 and is also a connector; 早 … fall back to their other class
const FALLBACK_CLASS = new Uint8Array(0x10000);
for (const code of KEYWORDS_BY_FIRST.keys()) {
  FALLBACK_CLASS[code] = CLASS[code] as number;
  CLASS[code] = KEYWORD;
}

/**
 * `SEGMENT_BREAK[code]` is 1 for a code unit of the UNFOLDED text that, once folded, can only ever
 * be part of an `other` token: no digit, unit, separator, space, and in no keyword. The tokens of
 * a text are then the tokens of the runs between such characters (plus `other` tokens, which no
 * expression crosses), so `findTimeExpressions` can tokenize only the runs that may hold a time.
 */
export const SEGMENT_BREAK = new Uint8Array(0x10000);
/**
 * `SEGMENT_CUE[code]` is 1 for a code unit of the UNFOLDED text that every accepted expression
 * contains at least one of: a unit (年月日号时点分秒), a date separator (`/ . -` and dashes), or the
 * first character of a relative day (今昨前明). A run without one holds no time expression.
 */
export const SEGMENT_CUE = new Uint8Array(0x10000);
{
  const inKeyword = new Uint8Array(0x10000);
  for (const word of KEYWORDS.keys())
    for (let at = 0; at < word.length; at++) inKeyword[word.charCodeAt(at)] = 1;
  const cues = [...Object.keys(UNITS), '/', '.', '-'];
  for (const [word, keyword] of KEYWORDS) if (keyword.role === 'relativeDay') cues.push(word[0] as string);
  const cue = new Uint8Array(0x10000);
  for (const char of cues) cue[char.charCodeAt(0)] = 1;
  const set = (code: number, folded: number) => {
    SEGMENT_BREAK[code] = CLASS[folded] === OTHER && inKeyword[folded] === 0 ? 1 : 0;
    SEGMENT_CUE[code] = cue[folded] as number;
  };
  for (let code = 0; code < 0x10000; code++) set(code, code);
  // characters that folding changes take the classes of what they fold to
  for (const char of Object.keys(FOLD)) set(char.charCodeAt(0), (FOLD[char] as string).charCodeAt(0));
  for (let digit = 0; digit <= 9; digit++) set(0xff10 + digit, 0x30 + digit);
}

const FILTER_OTHER = 0;
const FILTER_NUMERAL = 1;
const FILTER_SPACE = 2;
const FILTER_SEPARATOR = 3;
const FILTER_RELATIVE = 4;
const FILTER_YEAR = 5;
const FILTER_MONTH = 6;
const FILTER_DAY = 7;
const FILTER_HOUR = 8;
const FILTER_WEAK_UNIT = 9;
/** Class of an UNFOLDED code unit for {@link mayHoldTimeExpression}. */
const FILTER = new Uint8Array(0x10000);
/** Second characters of relative days (今日 今天 今早 今晨 今晚 今夜 昨… 前… 明…). */
const RELATIVE_SECOND = new Uint8Array(0x10000);
{
  const classOf = (folded: string): number => {
    if ((folded >= '0' && folded <= '9') || CHINESE_DIGITS.includes(folded)) return FILTER_NUMERAL;
    if (folded === ' ') return FILTER_SPACE;
    if (folded === '/' || folded === '.' || folded === '-') return FILTER_SEPARATOR;
    if ('今昨前明'.includes(folded)) return FILTER_RELATIVE;
    if (folded === '年') return FILTER_YEAR;
    if (folded === '月') return FILTER_MONTH;
    if (folded === '日') return FILTER_DAY;
    if (folded === '时') return FILTER_HOUR;
    if (UNITS[folded] !== undefined) return FILTER_WEAK_UNIT;
    return FILTER_OTHER;
  };
  const seconds = new Set<string>();
  for (const [word, keyword] of KEYWORDS) if (keyword.role === 'relativeDay') seconds.add(word[1] as string);
  const set = (code: number, folded: string) => {
    FILTER[code] = classOf(folded);
    RELATIVE_SECOND[code] = seconds.has(folded) ? 1 : 0;
  };
  for (const char of [...CHINESE_DIGITS, ' ', '/', '.', '-', '今', '昨', '前', '明', ...Object.keys(UNITS)])
    set(char.charCodeAt(0), char);
  for (const char of seconds) set(char.charCodeAt(0), char);
  for (let digit = 0; digit <= 9; digit++) {
    set(0x30 + digit, String(digit));
    set(0xff10 + digit, String(digit));
  }
  for (const char of Object.keys(FOLD)) set(char.charCodeAt(0), FOLD[char] as string);
}

/**
 * A cheap necessary condition for `[start, end)` of UNFOLDED text to hold an accepted time
 * expression (see `acceptExpression`): a number right before a unit or a date separator (spaces
 * between allowed), an empty month slot with another date unit (`年月日`) or an empty day and hour
 * (`日时`), or a relative day (`今日`, `昨晚` …). Runs that fail it need not be tokenized.
 */
export function mayHoldTimeExpression(text: string, start: number, end: number): boolean {
  let afterNumeral = false;
  let year = false;
  let month = false;
  let day = false;
  let hour = false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    switch (FILTER[code]) {
      case FILTER_NUMERAL:
        afterNumeral = true;
        break;
      case FILTER_SPACE:
        break;
      case FILTER_SEPARATOR:
      case FILTER_WEAK_UNIT:
        if (afterNumeral) return true;
        afterNumeral = false;
        break;
      case FILTER_YEAR:
      case FILTER_MONTH:
      case FILTER_DAY:
      case FILTER_HOUR: {
        if (afterNumeral) return true;
        const kind = FILTER[code];
        if (kind === FILTER_YEAR) year = true;
        else if (kind === FILTER_MONTH) month = true;
        else if (kind === FILTER_DAY) day = true;
        else hour = true;
        afterNumeral = false;
        break;
      }
      case FILTER_RELATIVE:
        if (index + 1 < end && RELATIVE_SECOND[text.charCodeAt(index + 1)] === 1) return true;
        afterNumeral = false;
        break;
      default:
        afterNumeral = false;
    }
  }
  return (month && (year || day || hour)) || (day && hour);
}

/** The longest keyword starting at `index` (whose character is a keyword's first), if any. */
function keywordAt(folded: string, index: number): [string, Keyword] | undefined {
  const candidates = KEYWORDS_AT.get(folded.charCodeAt(index));
  for (const candidate of candidates) if (folded.startsWith(candidate[0], index)) return candidate;
  return undefined;
}

/**
 * Splits folded text into time tokens in one pass. Keywords are matched longest first.
 *
 * @param offset added to every token's start and end (the position of `folded` in a larger text)
 */
export function tokenizeTime(folded: string, offset = 0): TimeToken[] {
  const tokens: TimeToken[] = [];
  const length = folded.length;
  let index = 0;
  while (index < length) {
    let kind = CLASS[folded.charCodeAt(index)] as number;
    if (kind === KEYWORD) {
      const found = keywordAt(folded, index);
      if (found) {
        tokens.push(
          token('word', offset + index, offset + index + found[0].length, '', undefined, undefined, found[1]),
        );
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
        const kindOf = kind === SPACE ? 'space' : kind === DIGIT ? 'num' : 'cnum';
        tokens.push(
          token(kindOf, offset + start, offset + index, kind === SPACE ? '' : folded.slice(start, index)),
        );
        break;
      }
      case UNIT: {
        const unit = UNIT_AT.get(folded.charCodeAt(index));
        tokens.push(token('unit', offset + start, offset + index + 1, '', unit.unit, unit.weak));
        index++;
        break;
      }
      case SINGLE_CHAR: {
        const single = SINGLE_AT.get(folded.charCodeAt(index));
        tokens.push(
          token(
            single,
            offset + start,
            offset + index + 1,
            single === 'sep' ? (folded[index] as string) : '',
          ),
        );
        index++;
        break;
      }
      default: {
        index++;
        while (index < length && CLASS[folded.charCodeAt(index)] === OTHER) index++;
        const last = tokens[tokens.length - 1];
        if (last && last.kind === 'other' && last.end === offset + start) last.end = offset + index;
        else tokens.push(token('other', offset + start, offset + index, ''));
      }
    }
  }
  return tokens;
}
