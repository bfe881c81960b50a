import { parseNumeral } from '../../numbers/parseNumeral';
import type { PartOfDay } from '../types';
import type { TimeToken, TimeUnit } from './tokenizeTime';

/**
 * The grammar of one time expression, over tokens. Each function reads a bounded number of
 * tokens from a start index, so trying it at every token of a long text stays linear.
 *
 *   expression := prefix? '('? point (connector point | '(' point connector point ')')? ')'? suffix?
 *   point      := numericDate clock? | year? month? day? | relativeDay ('(' N 日 ')')?
 *                 then partOfDay? clock?
 *   slot       := N? unit           (an empty slot, `年月日`, is kept: digits were stripped)
 */

/** A number slot: a number written before a unit, or an empty slot (`年月日`, digits stripped). */
export interface Slot {
  /** `null` for an empty slot. */
  value: number | null;
  start: number;
  end: number;
  chinese: boolean;
}

/**
 * One point in time as written, before any inference. Every field is always present (`undefined`
 * when not written; see {@link newPoint}): points are built field by field in the order the text
 * gives, and one shape keeps every reader of them (acceptance, resolution) monomorphic.
 */
export interface PointNode {
  start: number;
  end: number;
  year: Slot | undefined;
  /** 去年 -1, 今年 0, 明年 1, 前年 -2. */
  yearOffset: number | undefined;
  month: Slot | undefined;
  day: Slot | undefined;
  /** 今日 0, 昨日 -1, 前日 -2, 明日 1. */
  relativeDay: number | undefined;
  /** The day in brackets after a relative word: `今天(23日)`. */
  checkDay: Slot | undefined;
  part: PartOfDay | undefined;
  hour: Slot | undefined;
  minute: Slot | undefined;
  second: Slot | undefined;
  half: boolean;
  /** `2021/1/20`, `2021-11-24`, `2021.1.20` */
  numericDate: boolean;
  /** The last number had no unit and took the unit of the range's end (`0-24时`, `23-24日`). */
  borrowedUnit: boolean;
  /** Index of the first token after the point (while it is read: after what it has taken so far). */
  next: number;
}

/** An empty point at token `index`, whose text starts at `start`, with every field present. */
function newPoint(start: number, index: number): PointNode {
  return {
    start,
    end: start,
    year: undefined,
    yearOffset: undefined,
    month: undefined,
    day: undefined,
    relativeDay: undefined,
    checkDay: undefined,
    part: undefined,
    hour: undefined,
    minute: undefined,
    second: undefined,
    half: false,
    numericDate: false,
    borrowedUnit: false,
    next: index,
  };
}

/** A whole expression: one point or a range, with what surrounds it (every field present). */
export interface ExpressionNode {
  start: number;
  end: number;
  /** Index of the first token after the expression. */
  next: number;
  prefix: 'asOf' | 'from' | 'anchor' | undefined;
  suffix: 'from' | 'after' | 'untilNow' | 'anchor' | 'asOf' | undefined;
  first: PointNode;
  second: PointNode | undefined;
}

function skipSpace(tokens: readonly TimeToken[], index: number): number {
  let at = index;
  while (tokens[at]?.kind === 'space') at++;
  return at;
}

const MAX_CHINESE_PART = 3; // 二十五, 三十一
const YEAR_DIGITS = 4;

/** The value of a number token as the given unit, or undefined if it cannot be one. */
function numberAs(token: TimeToken, unit: TimeUnit): number | undefined {
  if (token.kind === 'num') {
    if (unit === 'year') return token.text.length === YEAR_DIGITS ? Number(token.text) : undefined;
    return token.text.length <= 2 ? Number(token.text) : undefined;
  }
  if (token.kind !== 'cnum') return undefined;
  const text = token.text;
  if (unit === 'year') {
    // positional only: 二〇二一
    if (text.length !== YEAR_DIGITS || /[十廿卅两]/.test(text)) return undefined;
    const value = parseNumeral(text);
    return value !== null && value >= 1000 && value <= 2999 ? value : undefined;
  }
  if (text.length > MAX_CHINESE_PART) return undefined;
  // 两 is a count (两节, 两月), not a date part; 两点 is 2 o'clock.
  if (unit !== 'hour' && text.includes('两')) return undefined;
  const value = parseNumeral(text);
  return value !== null && Number.isInteger(value) && value >= 0 && value <= 99 ? value : undefined;
}

/** A slot as read, with its unit and where reading goes on (one object: points keep it as their slot). */
interface SlotRead extends Slot {
  unit: TimeUnit;
  /** Token index after the unit. */
  next: number;
  weak: boolean;
}

/**
 * The last {@link readSlot} call: a point reads the same position for a year, a month, a day and an
 * hour in turn. Reads are never mutated, so handing the same one out again is safe.
 */
let lastSlotTokens: readonly TimeToken[] | null = null;
let lastSlotIndex = -1;
let lastSlotRead: SlotRead | null = null;

/** Reads `N unit` or an empty strong unit (`年`, `月`, `日`, `时`) at `index`. */
function readSlot(tokens: readonly TimeToken[], index: number): SlotRead | null {
  if (tokens === lastSlotTokens && index === lastSlotIndex) return lastSlotRead;
  const read = readSlotUncached(tokens, index);
  lastSlotTokens = tokens;
  lastSlotIndex = index;
  lastSlotRead = read;
  return read;
}

function readSlotUncached(tokens: readonly TimeToken[], index: number): SlotRead | null {
  const token = tokens[index];
  if (!token) return null;
  if (token.kind === 'num' || token.kind === 'cnum') {
    const unitIndex = skipSpace(tokens, index + 1);
    const unitToken = tokens[unitIndex];
    if (unitToken?.kind !== 'unit' || !unitToken.unit) return null;
    const value = numberAs(token, unitToken.unit);
    if (value === undefined) return null;
    return {
      value,
      start: token.start,
      end: unitToken.end,
      chinese: token.kind === 'cnum',
      unit: unitToken.unit,
      next: unitIndex + 1,
      weak: unitToken.weak === true,
    };
  }
  if (token.kind === 'unit' && token.unit && !token.weak) {
    return {
      value: null,
      start: token.start,
      end: token.end,
      chinese: false,
      unit: token.unit,
      next: index + 1,
      weak: false,
    };
  }
  return null;
}

function isNumber(token: TimeToken | undefined): token is TimeToken {
  return token?.kind === 'num' || token?.kind === 'cnum';
}

/** Index after a range connector (至, 到, ~, -, --), or -1. */
function readConnector(tokens: readonly TimeToken[], index: number): number {
  const token = tokens[index];
  if (token?.kind === 'to') return index + 1;
  if (token?.kind === 'dash') return tokens[index + 1]?.kind === 'dash' ? index + 2 : index + 1;
  return -1;
}

function isDateSep(token: TimeToken): boolean {
  return token.kind === 'dash' || (token.kind === 'sep' && (token.text === '/' || token.text === '.'));
}

/** `2021/1/20`, `2021-11-24`, `2021.1.20`: [year, month, day] tokens and the next index. */
function readNumericDate(
  tokens: readonly TimeToken[],
  index: number,
): { parts: TimeToken[]; next: number } | null {
  const year = tokens[index];
  const sep1 = tokens[index + 1];
  const month = tokens[index + 2];
  const sep2 = tokens[index + 3];
  const day = tokens[index + 4];
  if (year?.kind !== 'num' || year.text.length !== YEAR_DIGITS) return null;
  if (!sep1 || !sep2 || month?.kind !== 'num' || day?.kind !== 'num') return null;
  if (month.text.length > 2 || day.text.length > 2) return null;
  if (!isDateSep(sep1) || sep1.kind !== sep2.kind || sep1.text !== sep2.text) return null;
  // 2021.1.20.5 or 2021-1-2-3 is not a date
  const after = tokens[index + 5];
  if (after && (after.kind === 'sep' || after.kind === 'dash') && isNumber(tokens[index + 6])) return null;
  return { parts: [year, month, day], next: index + 5 };
}

/** The slot of an Arabic number token. */
function numberSlot(token: TimeToken): Slot {
  return { value: Number(token.text), start: token.start, end: token.end, chinese: false };
}

/** `19:13` or `19:13:05` after a date. */
function readColonClock(
  tokens: readonly TimeToken[],
  index: number,
): { hour: Slot; minute: Slot; second?: Slot; next: number } | null {
  const hour = tokens[index];
  const colon = tokens[index + 1];
  const minute = tokens[index + 2];
  if (hour?.kind !== 'num' || hour.text.length > 2 || colon?.kind !== 'sep' || colon.text !== ':')
    return null;
  if (minute?.kind !== 'num' || minute.text.length !== 2) return null;
  const slot = numberSlot;
  const colon2 = tokens[index + 3];
  const second = tokens[index + 4];
  if (colon2?.kind === 'sep' && colon2.text === ':' && second?.kind === 'num' && second.text.length === 2) {
    return { hour: slot(hour), minute: slot(minute), second: slot(second), next: index + 5 };
  }
  return { hour: slot(hour), minute: slot(minute), next: index + 3 };
}

function hasDate(point: PointNode): boolean {
  return (
    point.numericDate === true ||
    point.year !== undefined ||
    point.yearOffset !== undefined ||
    point.month !== undefined ||
    point.day !== undefined ||
    point.relativeDay !== undefined
  );
}

/**
 * Takes tokens up to `to` (exclusive, after the point's first token) into the point; returns the
 * first token after spaces.
 */
function take(point: PointNode, tokens: readonly TimeToken[], to: number): number {
  point.end = (tokens[to - 1] as TimeToken).end;
  point.next = to;
  return skipSpace(tokens, to);
}

/** Whether the point read at token `index` has taken anything (every take moves `next` past `index`). */
function consumed(point: PointNode, index: number): boolean {
  return point.next !== index;
}

/**
 * Reads one point in time at `index`. `allowBorrow` lets a bare number take the unit of a range
 * end that follows (`0-24时`). Returns null when nothing time-like starts here.
 */
function parsePoint(tokens: readonly TimeToken[], index: number, allowBorrow: boolean): PointNode | null {
  const first = tokens[index];
  if (!first) return null;
  const point = newPoint(first.start, index);
  if (readNumericPoint(point, tokens, index)) return point;
  let at = readCalendarDate(point, tokens, index);
  if (!consumed(point, index)) at = readRelativeDay(point, tokens, at);
  if (point.part === undefined) {
    const word = tokens[at];
    if (word?.kind === 'word' && word.keyword?.role === 'partOfDay') {
      point.part = word.keyword.part;
      at = take(point, tokens, at + 1);
    }
  }
  if (readClockTime(point, tokens, at)) return point;
  if (hasDate(point)) {
    const clock = readColonClock(tokens, at);
    if (clock) {
      point.hour = clock.hour;
      point.minute = clock.minute;
      if (clock.second) point.second = clock.second;
      take(point, tokens, clock.next);
      return point;
    }
  }
  if (allowBorrow) {
    const borrowed = readBorrowed(tokens, at, point);
    if (borrowed) {
      take(point, tokens, at + 1);
      point.borrowedUnit = true;
      if (borrowed.unit === 'hour') point.hour = borrowed.slot;
      else point.day = borrowed.slot;
    }
  }
  return consumed(point, index) ? point : null;
}

/** A numeric date (`2021-01-16`, `2021.1.16`) with an optional colon clock after it. */
function readNumericPoint(point: PointNode, tokens: readonly TimeToken[], index: number): boolean {
  const numeric = readNumericDate(tokens, index);
  if (!numeric) return false;
  const [year, month, day] = numeric.parts as [TimeToken, TimeToken, TimeToken];
  point.numericDate = true;
  point.year = numberSlot(year);
  point.month = numberSlot(month);
  point.day = numberSlot(day);
  const after = take(point, tokens, numeric.next);
  const clock = readColonClock(tokens, after);
  if (clock) {
    point.hour = clock.hour;
    point.minute = clock.minute;
    if (clock.second) point.second = clock.second;
    take(point, tokens, clock.next);
  }
  return true;
}

/** Year (or 今年/去年), month and day, each optional; returns where reading goes on. */
function readCalendarDate(point: PointNode, tokens: readonly TimeToken[], index: number): number {
  let at = index;
  const yearWord = tokens[at];
  if (yearWord?.kind === 'word' && yearWord.keyword?.role === 'relativeYear') {
    point.yearOffset = yearWord.keyword.offset;
    at = take(point, tokens, at + 1);
  } else {
    const read = readSlot(tokens, at);
    if (read?.unit === 'year') {
      point.year = read;
      at = take(point, tokens, read.next);
    }
  }
  const monthRead = readSlot(tokens, at);
  if (monthRead?.unit === 'month') {
    point.month = monthRead;
    at = take(point, tokens, monthRead.next);
  }
  const dayRead = readSlot(tokens, at);
  // 号 is a day only after a month: 第16号令, 〔2021〕23号 are not dates.
  if (dayRead?.unit === 'day' && !(dayRead.weak && !point.month)) {
    point.day = dayRead;
    at = take(point, tokens, dayRead.next);
  }
  return at;
}

/** 今天, 昨日, 今早, with a day in brackets that checks it (`今天(23日)`). */
function readRelativeDay(point: PointNode, tokens: readonly TimeToken[], at: number): number {
  const word = tokens[at];
  if (word?.kind !== 'word' || word.keyword?.role !== 'relativeDay') return at;
  point.relativeDay = word.keyword.offset;
  if (word.keyword.part) point.part = word.keyword.part;
  take(point, tokens, at + 1);
  const open = skipSpace(tokens, point.next);
  if (tokens[open]?.kind === 'open') {
    const inner = readSlot(tokens, skipSpace(tokens, open + 1));
    if (inner?.unit === 'day' && inner.value !== null) {
      const close = skipSpace(tokens, inner.next);
      if (tokens[close]?.kind === 'close') {
        point.checkDay = inner;
        take(point, tokens, close + 1);
      }
    }
  }
  return skipSpace(tokens, point.next);
}

/** An hour (`19时`, `3点`) with minutes and seconds, or 半 (half past). */
function readClockTime(point: PointNode, tokens: readonly TimeToken[], at: number): boolean {
  const hourRead = readSlot(tokens, at);
  if (hourRead?.unit !== 'hour') return false;
  point.hour = hourRead;
  const minuteAt = take(point, tokens, hourRead.next);
  // minutes and seconds only with a number: 分 alone is a common word (部分, 分区)
  const minuteRead = readSlot(tokens, minuteAt);
  if (minuteRead?.unit === 'minute' && minuteRead.value !== null && point.hour.value !== null) {
    point.minute = minuteRead;
    const secondRead = readSlot(tokens, take(point, tokens, minuteRead.next));
    if (secondRead?.unit === 'second' && secondRead.value !== null) {
      point.second = secondRead;
      take(point, tokens, secondRead.next);
    }
  } else {
    const half = tokens[minuteAt];
    if (half?.kind === 'word' && half.keyword?.role === 'half' && point.hour.value !== null) {
      point.half = true;
      take(point, tokens, minuteAt + 1);
    }
  }
  return true;
}

/** A bare number followed by a connector and `N时` / `N日`: it takes that unit (`0-24时`). */
function readBorrowed(
  tokens: readonly TimeToken[],
  index: number,
  point: PointNode,
): { unit: 'hour' | 'day'; slot: Slot } | null {
  const token = tokens[index];
  if (!isNumber(token)) return null;
  const afterNumber = skipSpace(tokens, index + 1);
  if (tokens[afterNumber]?.kind === 'unit') return null;
  const connector = readConnector(tokens, afterNumber);
  if (connector < 0) return null;
  const end = readSlot(tokens, skipSpace(tokens, connector));
  if (!end || end.value === null) return null;
  const canBeDay = point.day === undefined && point.part === undefined && point.relativeDay === undefined;
  if (end.unit !== 'hour' && !(end.unit === 'day' && canBeDay)) return null;
  const value = numberAs(token, end.unit);
  if (value === undefined) return null;
  return {
    unit: end.unit,
    slot: { value, start: token.start, end: token.end, chinese: token.kind === 'cnum' },
  };
}

/**
 * Reads a whole expression starting at token `index`: prefix, one point or a range, suffix.
 * Returns null when no point starts there.
 */
export function parseExpression(tokens: readonly TimeToken[], index: number): ExpressionNode | null {
  let at = index;
  let prefix: ExpressionNode['prefix'];
  const head = tokens[at];
  if (head?.kind === 'word' && head.keyword?.role === 'prefix') {
    prefix = head.keyword.prefix;
    at = skipSpace(tokens, at + 1);
  }
  let openAt = -1;
  if (tokens[at]?.kind === 'open') {
    openAt = at;
    at = skipSpace(tokens, at + 1);
  }
  const first = parsePoint(tokens, at, true);
  if (!first) return null;
  let next = first.next;
  let second: PointNode | undefined;

  // 3月18日（0-24时）
  const parenAt = skipSpace(tokens, next);
  if (
    tokens[parenAt]?.kind === 'open' &&
    hasDate(first) &&
    first.hour === undefined &&
    first.part === undefined
  ) {
    const inner = parsePoint(tokens, skipSpace(tokens, parenAt + 1), true);
    if (inner && !hasDate(inner) && inner.hour !== undefined) {
      const connector = readConnector(tokens, skipSpace(tokens, inner.next));
      const end = connector >= 0 ? parsePoint(tokens, skipSpace(tokens, connector), false) : null;
      const close = end ? skipSpace(tokens, end.next) : -1;
      if (end && !hasDate(end) && end.hour !== undefined && tokens[close]?.kind === 'close') {
        first.hour = inner.hour;
        if (inner.minute) first.minute = inner.minute;
        if (inner.part) first.part = inner.part;
        second = end;
        next = close + 1;
        first.end = (tokens[close] as TimeToken).end;
      }
    }
  }
  if (!second) {
    const connector = readConnector(tokens, skipSpace(tokens, next));
    if (connector >= 0) {
      const end = parsePoint(tokens, skipSpace(tokens, connector), false);
      if (end) {
        second = end;
        next = end.next;
      }
    }
  }
  if (first.borrowedUnit && !second) return null;

  let closedParen = false;
  if (openAt >= 0) {
    const close = skipSpace(tokens, next);
    if (tokens[close]?.kind === 'close') {
      next = close + 1;
      closedParen = true;
    }
  }
  let suffix: ExpressionNode['suffix'];
  const tailAt = skipSpace(tokens, next);
  const tail = tokens[tailAt];
  if (tail?.kind === 'word' && tail.keyword?.role === 'suffix') {
    suffix = tail.keyword.suffix;
    next = tailAt + 1;
  }
  // 以 … 为起始点 only: 以 alone is too common to be a prefix.
  if (prefix === 'anchor' && suffix !== 'anchor') prefix = undefined;
  let start = first.start;
  if (closedParen) start = (tokens[openAt] as TimeToken).start;
  if (prefix) start = (head as TimeToken).start;
  return { start, end: (tokens[next - 1] as TimeToken).end, next, prefix, suffix, first, second };
}

/** Every slot of a point, by unit, in order. */
export function slotsOf(point: PointNode): Array<[TimeUnit, Slot]> {
  const slots: Array<[TimeUnit, Slot]> = [];
  if (point.year) slots.push(['year', point.year]);
  if (point.month) slots.push(['month', point.month]);
  if (point.day) slots.push(['day', point.day]);
  if (point.hour) slots.push(['hour', point.hour]);
  if (point.minute) slots.push(['minute', point.minute]);
  if (point.second) slots.push(['second', point.second]);
  return slots;
}

/** Whether a point has a slot with no number in it (`年月日`: digits stripped). */
export function hasEmptySlot(point: PointNode): boolean {
  return (
    point.year?.value === null ||
    point.month?.value === null ||
    point.day?.value === null ||
    point.hour?.value === null ||
    point.minute?.value === null ||
    point.second?.value === null
  );
}

export { hasDate, skipSpace };
