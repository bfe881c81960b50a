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

const OPEN = '（(';
const CLOSE = '）)';
/** Words that make an item a category, not an area (`境外输入3例`, `含2例由…`). */
const NOT_AREA =
  /输入|本土|本地|病例|确诊|无症状|转为|重症|危重|重型|死亡|出院|其中|均为|来自|含|例|人员转|隔离|发现|筛查/;
const ITEM_RE = /^(?:其中)?([^0-9０-９]{1,30}?)([0-9０-９]{1,7})例\*?$/;
const ALL_IN_RE = /^(?:均|全部)?在([^0-9０-９]{1,20})$/;

/** Index of the bracket closing the one at `open`, or -1 (bounded search). */
export function closingBracket(text: string, open: number, limit = 2000): number {
  let depth = 0;
  const end = Math.min(text.length, open + limit);
  for (let index = open; index < end; index++) {
    const char = text[index]!;
    if (OPEN.includes(char)) depth++;
    else if (CLOSE.includes(char)) {
      depth--;
      if (depth === 0) return index;
    }
  }
  return -1;
}

/** Splits `[from, to)` at top-level separators (outside brackets). */
function splitTopLevel(text: string, from: number, to: number, separators: string): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  for (let index = from; index < to; index++) {
    const char = text[index]!;
    if (OPEN.includes(char)) depth++;
    else if (CLOSE.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(char)) {
      parts.push([start, index]);
      start = index + 1;
    }
  }
  parts.push([start, to]);
  return parts.filter(([a, b]) => b > a);
}

function parseItem(text: string, from: number, to: number): ListItem | null {
  const raw = text.slice(from, to);
  const match = ITEM_RE.exec(raw);
  if (!match) return null;
  const area = match[1]!.trim();
  if (!area || NOT_AREA.test(area.replace(/[（(].*[）)]/, ''))) return null;
  const areaStart = from + raw.indexOf(match[1]!);
  const valueStart = from + match[0].lastIndexOf(match[2]!);
  return {
    area,
    areaStart,
    areaEnd: areaStart + match[1]!.length,
    value: parseNumeral(match[2]!) ?? Number.NaN,
    valueStart,
    valueEnd: valueStart + match[2]!.length,
    children: [],
  };
}

/**
 * Parses a list of `<area>N例` items in `[from, to)`: `上海5例，广东2例`, nested groups separated by
 * `；` (`内蒙古20例，其中呼和浩特市18例、巴彦淖尔市1例；江苏12例…`), `辽宁60例，均在大连市`.
 * Returns null when any top-level item is not an area with a count (then it is not a breakdown).
 */
export function parseBreakdownList(text: string, from: number, to: number): ListItem[] | null {
  const groups = splitTopLevel(text, from, to, '；;');
  const items: ListItem[] = [];
  for (const [groupStart, groupEnd] of groups) {
    const parts = splitTopLevel(text, groupStart, groupEnd, '，,、');
    let parent: ListItem | null = null;
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
      const item = parseItem(text, partStart, partEnd);
      if (!item) return null;
      if (nested && parent) parent.children.push(item);
      else if (!nested && raw.startsWith('其中') && parent) parent.children.push(item);
      else {
        items.push(item);
        parent = item;
      }
    }
  }
  return items.length > 0 ? items : null;
}
