import { parseNumeral } from '../../numbers/parseNumeral';

/** One item of a parsed breakdown list, offsets into the cleaned text. */
export interface ListItem {
  area: string;
  areaStart: number;
  areaEnd: number;
  value: number;
  valueStart: number;
  valueEnd: number;
  children: ListItem[];
}

/** Opening and closing brackets, full-width and ASCII, by char code (no one-character strings in the loops). */
const isOpen = (code: number): boolean => code === 0xff08 /* （ */ || code === 0x28;
const isClose = (code: number): boolean => code === 0xff09 /* ） */ || code === 0x29;
/** Words that make an item a category, not an area (`境外输入3例`, `含2例由…`). */
const NOT_AREA =
  /输入|本土|本地|病例|确诊|无症状|转为|重症|危重|重型|死亡|出院|其中|均为|均系|均在|本市|来自|含|例|人员转|隔离|发现|筛查/;
const ALL_IN_RE = /^(?:均|全部)?在([^0-9０-９]{1,20})$/;

/** Index of the bracket closing the one at `open`, or -1 (bounded search). */
export function closingBracket(text: string, open: number, limit = 2000): number {
  let depth = 0;
  const end = Math.min(text.length, open + limit);
  for (let index = open; index < end; index++) {
    const code = text.charCodeAt(index);
    if (isOpen(code)) depth++;
    else if (isClose(code)) {
      depth--;
      if (depth === 0) return index;
    }
  }
  return -1;
}

/** Group separators (`；;`) and item separators (`，,、`), by char code. */
const GROUP_SEPARATORS = [0xff1b, 0x3b];
const ITEM_SEPARATORS = [0xff0c, 0x2c, 0x3001];

/** Splits `[from, to)` at top-level separators (outside brackets). */
function splitTopLevel(
  text: string,
  from: number,
  to: number,
  separators: readonly number[],
): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (isOpen(code)) depth++;
    else if (isClose(code)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(code)) {
      parts.push([start, index]);
      start = index + 1;
    }
  }
  parts.push([start, to]);
  return parts.filter(([a, b]) => b > a);
}

/** Joins between areas that share one count: `平阳县和苍南县各1例`. */
const JOINS = /[和及与]/;
/** An area written without a count, waiting for a later `各N例` (`平阳县、苍南县各1例`). */
const BARE_AREA_RE = /^[^0-9０-９]{2,20}$/;

function isArea(name: string): boolean {
  return name.length > 0 && !NOT_AREA.test(name.replace(/[（(].*[）)]/, ''));
}

/** An ASCII or full-width digit, by char code. */
const isDigit = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);

/** Whether `[from, to)` of `raw` holds 1 to 30 code units and no digit. */
const isWritten = (raw: string, from: number, to: number): boolean => {
  if (to - from < 1 || to - from > 30) return false;
  for (let index = from; index < to; index++) if (isDigit(raw.charCodeAt(index))) return false;
  return true;
};

/**
 * A part read as `<written>N例` (`其中` before it and `*` after allowed), by char codes, as
 * `/^(?:其中)?([^0-9０-９]{1,30}?)([0-9０-９]{1,7})例\*?$/` reads it (the expression and the offset
 * search after it were a third of reading a list): the count is the run of 1–7 digits before the
 * final `例`, the written part the 1–30 non-digits before it (after `其中` when that leaves some).
 * Returns the written part, the digits and where they start in `raw`, or null.
 */
export function itemParts(raw: string): { written: string; digits: string; countStart: number } | null {
  let end = raw.length;
  if (raw.charCodeAt(end - 1) === 0x2a /* * */) end--;
  if (raw.charCodeAt(end - 1) !== 0x4f8b /* 例 */) return null;
  const digitsEnd = end - 1;
  let countStart = digitsEnd;
  while (countStart > 0 && isDigit(raw.charCodeAt(countStart - 1))) countStart--;
  if (digitsEnd - countStart < 1 || digitsEnd - countStart > 7) return null;
  // `其中` is taken as a prefix when what follows it can still be the written part, as the
  // expression's optional group is tried first.
  const from = raw.startsWith('其中') && isWritten(raw, 2, countStart) ? 2 : 0;
  if (from === 0 && !isWritten(raw, 0, countStart)) return null;
  return { written: raw.slice(from, countStart), digits: raw.slice(countStart, digitsEnd), countStart };
}

/**
 * The items of one part: `鹿城区5例` → one; `平阳县和苍南县各1例` → one per area, all with the
 * value of the shared count (each area gets that many, 各). Null when the part is no `<area>N例`.
 */
function parseItems(text: string, from: number, to: number): ListItem[] | null {
  const raw = text.slice(from, to);
  const parts = itemParts(raw);
  if (!parts) return null;
  const { written, digits } = parts;
  const valueStart = from + parts.countStart;
  const value = parseNumeral(digits) ?? Number.NaN;
  const writtenStart = from + raw.indexOf(written);
  const each = written.trimEnd().endsWith('各');
  const names = each ? written.trimEnd().slice(0, -1) : written;
  const items: ListItem[] = [];
  let cursor = 0;
  for (const piece of each ? names.split(JOINS) : [names]) {
    const offset = names.indexOf(piece, cursor);
    cursor = offset + piece.length;
    const area = piece.trim();
    if (!isArea(area)) return null;
    const areaStart = writtenStart + offset + piece.indexOf(area);
    items.push({
      area,
      areaStart,
      areaEnd: areaStart + area.length,
      value,
      valueStart,
      valueEnd: valueStart + digits.length,
      children: [],
    });
  }
  return items.length > 0 ? items : null;
}

/**
 * Parses a list of `<area>N例` items in `[from, to)`: `上海5例，广东2例`, nested groups separated by
 * `；` (`内蒙古20例，其中呼和浩特市18例、巴彦淖尔市1例；江苏12例…`), `辽宁60例，均在大连市`, areas sharing
 * one count (`平阳县和苍南县各1例`, `平阳县、苍南县各1例`: each gets 1).
 * Returns null when any top-level item is not an area with a count (then it is not a breakdown).
 */
export function parseBreakdownList(text: string, from: number, to: number): ListItem[] | null {
  const groups = splitTopLevel(text, from, to, GROUP_SEPARATORS);
  const items: ListItem[] = [];
  for (const [groupStart, groupEnd] of groups) {
    const parts = splitTopLevel(text, groupStart, groupEnd, ITEM_SEPARATORS);
    let parent: ListItem | null = null;
    const waiting: Array<Pick<ListItem, 'area' | 'areaStart' | 'areaEnd'>> = [];
    const nested = groups.length > 1;
    for (const [partStart, partEnd] of parts) {
      const raw = text.slice(partStart, partEnd);
      const allIn = ALL_IN_RE.exec(raw);
      if (allIn && parent) {
        const areaStart = partStart + raw.indexOf(allIn[1]!);
        parent.children.push({
          area: allIn[1]!,
          areaStart,
          areaEnd: areaStart + allIn[1]!.length,
          value: parent.value,
          valueStart: parent.valueStart,
          valueEnd: parent.valueEnd,
          children: [],
        });
        continue;
      }
      const parsed = parseItems(text, partStart, partEnd);
      if (!parsed) {
        // `平阳县、苍南县各1例`: an area without a count waits for the `各` item that follows.
        const area = raw.trim();
        if (!BARE_AREA_RE.test(area) || !isArea(area)) return null;
        const areaStart = partStart + raw.indexOf(area);
        waiting.push({ area, areaStart, areaEnd: areaStart + area.length });
        continue;
      }
      const shared = parsed[parsed.length - 1]!;
      if (waiting.length > 0) {
        if (!text.slice(shared.areaEnd, shared.valueStart).startsWith('各')) return null;
        parsed.unshift(
          ...waiting.map((item) => ({
            ...item,
            value: shared.value,
            valueStart: shared.valueStart,
            valueEnd: shared.valueEnd,
            children: [],
          })),
        );
        waiting.length = 0;
      }
      for (const item of parsed) {
        if (nested && parent) parent.children.push(item);
        else if (!nested && raw.startsWith('其中') && parent) parent.children.push(item);
        else {
          items.push(item);
          parent = item;
        }
      }
    }
    if (waiting.length > 0) return null;
  }
  return items.length > 0 ? items : null;
}
