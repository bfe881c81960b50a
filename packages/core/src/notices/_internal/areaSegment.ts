import { expandAreaList } from '../../areas/expandAreaList';
import { parseNumeral } from '../../numbers/parseNumeral';
import { isArabicDigit } from '../../_internal/chars';
import { isCjkNumeral, isSpace } from './chars';

/** An area read from a segment (cleaned-text offsets). */
export interface SegmentArea {
  asWritten: string;
  fullName: string;
  start: number;
  end: number;
}

/** What a segment before a trigger (`将…调整为`, `…自X起解除封闭管控`) says about areas. */
export interface AreaSegment {
  areas: SegmentArea[];
  /** The list as written (without the count and level words), or null when it names none. */
  areaText: string | null;
  areaStart: number;
  areaEnd: number;
  declaredCount: number | null;
  /** The one area named right before a count that is not `等`-led: the container of the counted areas. */
  within: SegmentArea | null;
  /** The list ends with `等` before its count. */
  exampleList: boolean;
  /** The segment points back to areas named before (`上述30个中风险地区`). */
  anaphoric: boolean;
  /** The count slot is there but has no number (`等个`, digits stripped). */
  emptyCount: boolean;
}

/** Words that lead a segment and are not part of an area name (link chrome, particles). */
const LEADING_NOISE = [
  '批准同意',
  '同意',
  '批准',
  '我市',
  '我区',
  '我县',
  '我省',
  '本市',
  '本区',
  '点击查看',
  '点击',
  '查看',
  '详见',
  '经研究决定',
  '经研究',
  '研究决定',
  '决定',
  '现将',
  '其中',
  '已经',
  '已',
  '将',
  '对',
  '均',
  '全部',
  '并',
  '和',
];
const ANAPHORS = ['上述', '以上', '前述', '所述', '该'];
const MAX_AREA_NAME = 40;
const BARE_UNITS = new Set([
  '社区',
  '村',
  '小区',
  '街道',
  '乡',
  '镇',
  '区',
  '县',
  '市',
  '屯',
  '楼',
  '地区',
  '区域',
  '片区',
]);
/** Level endings that a list joined by 和 repeats on both sides (`乙街道和丙街道`). */
const JOIN_LEVELS = [
  '街道',
  '社区',
  '小区',
  '单元',
  '村',
  '镇',
  '乡',
  '区',
  '县',
  '市',
  '屯',
  '楼',
  '栋',
  '组',
];
const JOINS = '和及与';
const ITEM_ENDS = '、，,；;';

/**
 * `A街道和B街道` → `A街道、B街道`: a 和 / 及 / 与 joins two items when the names on both sides end
 * with the same level. `光中街道和平社区` keeps its 和 (a community inside a subdistrict).
 * Same-length replacement, so offsets stay valid.
 */
function splitJoinedList(slice: string): string {
  let out = slice;
  for (let index = 1; index < slice.length - 1; index++) {
    if (!JOINS.includes(slice[index]!)) continue;
    const level = JOIN_LEVELS.find((ending) => slice.startsWith(ending, index - ending.length));
    if (!level) continue;
    let end = index + 1;
    while (end < slice.length && !ITEM_ENDS.includes(slice[end]!)) end++;
    const next = slice.slice(index + 1, end);
    const nextLevel = JOIN_LEVELS.find((ending) => next.endsWith(ending));
    if (next.length > level.length && nextLevel === level)
      out = `${out.slice(0, index)}、${out.slice(index + 1)}`;
  }
  return out;
}
/** Quotes around a list (`将“A、B、C”划定为…`) are not part of the names. */
const QUOTES_RE = /[“”"「」『』‘’]/g;
/** Units a bare count can count (`三处社区`, `30个中风险地区`, `5个街道`). */
const COUNT_UNITS = ['个', '处', '家'];

/**
 * Reads the areas written in `text[start, end)`: strips leading noise, detects a back-reference
 * (`上述`) and a count-only segment (`三处社区`, `30个中风险地区`), and hands the rest to the
 * areas domain's `expandAreaList` (prefix inheritance, `等N个`). Items without any known level
 * ending are dropped (they are not area names).
 */
export function readAreaSegment(text: string, start: number, end: number): AreaSegment {
  let from = start;
  let to = end;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  let anaphoric = false;
  for (let changed = true; changed && from < to; ) {
    changed = false;
    for (const word of LEADING_NOISE) {
      if (text.startsWith(word, from) && from + word.length <= to) {
        from += word.length;
        changed = true;
        break;
      }
    }
    for (const word of ANAPHORS) {
      if (text.startsWith(word, from) && from + word.length <= to) {
        from += word.length;
        anaphoric = true;
        changed = true;
        break;
      }
    }
  }
  const empty: AreaSegment = {
    areas: [],
    areaText: null,
    areaStart: from,
    areaEnd: from,
    declaredCount: null,
    within: null,
    exampleList: false,
    anaphoric,
    emptyCount: false,
  };
  if (from >= to) return empty;
  const count = readLeadingCount(text, from, to);
  if (count) return { ...empty, declaredCount: count.value, emptyCount: count.value === null };
  // Same-length replacements: offsets into `text` stay valid.
  const slice = splitJoinedList(text.slice(from, to).replace(QUOTES_RE, '、'));
  const list = expandAreaList(slice);
  const areas: SegmentArea[] = [];
  for (const item of list.items) {
    // An area name ends with a level (`…社区`, `…小区`, `…村三队` is parsed as such) and is
    // more than a bare unit word: anything else is prose that happens to hold one.
    const lastPart = item.parts[item.parts.length - 1];
    if (!lastPart || lastPart.level === null || item.fullName.length > MAX_AREA_NAME) continue;
    if (item.parts.length === 1 && BARE_UNITS.has(item.fullName)) continue;
    areas.push({
      asWritten: item.text,
      fullName: item.fullName,
      start: from + item.span.start,
      end: from + item.span.end,
    });
  }
  const listEnd = areas.length > 0 ? (areas[areas.length - 1] as SegmentArea).end : from;
  const only = areas[0];
  if (
    only &&
    areas.length === 1 &&
    !list.truncated &&
    list.declaredCount !== null &&
    list.declaredCount > 1 &&
    isCountAt(text, only.end, to)
  ) {
    return { ...empty, areaStart: from, areaEnd: only.end, declaredCount: list.declaredCount, within: only };
  }
  return {
    areas,
    areaText: areas.length > 0 ? text.slice(from, listEnd) : null,
    areaStart: from,
    areaEnd: listEnd,
    declaredCount: list.declaredCount,
    within: null,
    exampleList: list.truncated,
    anaphoric,
    emptyCount: false,
  };
}

/** A segment that is only a count: `三处社区`, `30个中风险地区`, `个中风险地区` (digits stripped). */
function readLeadingCount(text: string, from: number, to: number): { value: number | null } | null {
  let cursor = from;
  while (cursor < to && (isArabicDigit(text.charCodeAt(cursor)) || isCjkNumeral(text[cursor]))) cursor++;
  const unit = COUNT_UNITS.find((candidate) => text.startsWith(candidate, cursor));
  if (!unit) return null;
  if (cursor === from && !(unit === '个' && cursor + 1 < to)) return null;
  return { value: cursor === from ? null : parseNumeral(text.slice(from, cursor)) };
}

/** A count (`13个`) starts right at `at`. */
function isCountAt(text: string, at: number, to: number): boolean {
  let cursor = at;
  while (cursor < to && (isArabicDigit(text.charCodeAt(cursor)) || isCjkNumeral(text[cursor]))) cursor++;
  return cursor > at && COUNT_UNITS.some((unit) => text.startsWith(unit, cursor));
}
