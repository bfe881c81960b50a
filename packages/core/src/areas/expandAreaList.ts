import { isAsciiDigit } from '../_internal/chars';
import { expectOptions, expectText, isString, optional } from '../_internal/args';
import type { Span, Warning } from '../types';
import { LEVEL_RANK } from './_internal/levelEndings';
import { normalizeAreaText } from './_internal/normalizeAreaText';
import { splitAreaParts } from './_internal/splitAreaParts';
import type { AreaList, AreaListItem, AreaNamePart } from './types';

const SEPARATORS = new Set(['、', '，', ',', '；', ';', '。', '/']);
const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

function isChineseNumeral(ch: string): boolean {
  return ch in CHINESE_DIGITS || ch === '十' || ch === '百';
}

/** Value of a small Chinese numeral (up to 999), `null` when it is not one. */
function chineseNumeralValue(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in CHINESE_DIGITS) {
      digit = CHINESE_DIGITS[ch]!;
    } else if (ch === '十' || ch === '百') {
      const unit = ch === '十' ? 10 : 100;
      total += (digit ?? 1) * unit;
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

interface CountMatch {
  /** Index where the list ends (at 等 when present, else at the number). */
  cut: number;
  value: number | null;
  etc: boolean;
}

/** Finds `N个` or `等N个` in `text` from `from` to `to`: the declared count that closes a list. */
function findCount(text: string, from: number, to: number): CountMatch | null {
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const arabic = isAsciiDigit(ch.charCodeAt(0));
    if (!arabic && !isChineseNumeral(ch)) continue;
    let j = i;
    while (j < to && (arabic ? isAsciiDigit(text.charCodeAt(j)) : isChineseNumeral(text[j]!))) j++;
    if (text[j] !== '个') {
      i = j - 1;
      continue;
    }
    const digits = text.slice(i, j);
    const value = arabic ? Number(digits) : chineseNumeralValue(digits);
    const etc = i > from && text[i - 1] === '等';
    return { cut: etc ? i - 1 : i, value, etc };
  }
  return null;
}

function rankOf(part: AreaNamePart): number | null {
  return part.level === null ? null : LEVEL_RANK[part.level];
}

const EXPAND_AREA_LIST_OPTIONS = { prefix: optional(isString) };

/**
 * Splits a list of areas (`、`, `，`, `；` between items) and gives each item the levels it inherits:
 * an item that starts below the top level takes the outer levels of the item before it, down to
 * the level it restates. Items written one after another without a separator are split where the
 * level goes back up (`…和平社区站前街道御龙湾社区` → two items). A closing count (`4个中风险地区`,
 * `等30个`) ends the list and is returned as `declaredCount`. Uses no division data.
 *
 * @param text - the list as written (spans point into it)
 * @param options - `prefix`: levels the first item inherits, e.g. `大连市` or `大连市庄河市`
 * @returns the items with their spans and full names, the declared count and warnings
 *
 * @example
 * expandAreaList('庄河市城关街道日新社区世纪百合小区、新华街道长征社区、兰店乡鲍码村三队3个中风险地区')
 *   .items.map((item) => item.fullName);
 * // → ['庄河市城关街道日新社区世纪百合小区', '庄河市新华街道长征社区', '庄河市兰店乡鲍码村三队']
 */
export function expandAreaList(text: string, options: { prefix?: string } = {}): AreaList {
  expectText(text, 'text');
  expectOptions(options, 'options', EXPAND_AREA_LIST_OPTIONS);
  const warnings: Warning[] = [];
  const normalized = normalizeAreaText(text);
  const clean = normalized.text;

  let end = clean.length;
  const count = findCount(clean, 0, clean.length);
  let declaredCount: number | null = null;
  let truncated = false;
  if (count) {
    end = count.cut;
    declaredCount = count.value;
    truncated = count.etc;
  }

  // Raw items between separators, ellipses and a bare 等 dropped.
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= end; i++) {
    if (i < end && !SEPARATORS.has(clean[i]!)) continue;
    let s = start;
    let e = i;
    while (e > s && (clean[e - 1] === '…' || clean[e - 1] === '.' || clean[e - 1] === '等')) {
      if (clean[e - 1] === '等') truncated = true;
      e--;
    }
    while (s < e && (clean[s] === '…' || clean[s] === '.')) s++;
    if (e > s) ranges.push({ start: s, end: e });
    start = i + 1;
  }

  const prefixParts = options.prefix ? splitAreaParts(normalizeAreaText(options.prefix)) : [];
  let previousFull: AreaNamePart[] = prefixParts.map((part) => ({ ...part, span: { start: 0, end: 0 } }));
  const items: AreaListItem[] = [];
  for (const range of ranges) {
    const parts = splitAreaParts(normalized, range.start, range.end);
    // Split where the level goes back up: a new item written without a separator.
    const groups: AreaNamePart[][] = [];
    let current: AreaNamePart[] = [];
    let lastRank: number | null = null;
    for (const part of parts) {
      const rank = rankOf(part);
      if (current.length > 0 && rank !== null && lastRank !== null && rank <= lastRank) {
        groups.push(current);
        current = [];
      }
      current.push(part);
      if (rank !== null) lastRank = rank;
    }
    if (current.length > 0) groups.push(current);

    for (const own of groups) {
      const first = own[0]!;
      let firstRank = rankOf(first);
      if (firstRank === null) {
        const last = previousFull[previousFull.length - 1];
        firstRank = last ? rankOf(last) : null;
      }
      const inherited =
        firstRank === null
          ? []
          : previousFull.filter((part) => {
              const rank = rankOf(part);
              return rank !== null && rank < firstRank;
            });
      const span: Span = { start: first.span.start, end: own[own.length - 1]!.span.end };
      items.push({
        text: text.slice(span.start, span.end),
        span,
        parts: own,
        inherited,
        fullName: [...inherited, ...own].map((part) => part.name).join(''),
      });
      previousFull = [...inherited, ...own];
    }
  }
  if (declaredCount !== null && !truncated && declaredCount !== items.length) {
    warnings.push({
      code: 'AREA_COUNT_MISMATCH',
      message: `The list declares ${declaredCount} areas but ${items.length} were read.`,
      ...(count ? { span: { start: normalized.offsets[count.cut]!, end: normalized.offsets[end]! } } : {}),
    });
  }
  return { items, declaredCount, truncated, warnings };
}
