import { ChosenPairCounts, pairKey } from './bigramCounts';
import { isAsciiDigit, isHan } from '../../_internal/chars';
import type { Edit } from './segmentMap';

/** Punctuation that sits between Chinese words (full-width forms are ASCII by now). */
function isCjkPunct(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) || // 、。〈〉《》「」『』【】〔〕
    (c >= 0x2010 && c <= 0x2027) || // dashes, quotes, ellipsis
    c === 0x2c ||
    c === 0x3a ||
    c === 0x3b ||
    c === 0x28 ||
    c === 0x29 ||
    c === 0x21 ||
    c === 0x3f
  );
}

function isSpaceOrTab(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** Whether a run of spaces between `a` and `b` is noise inside Chinese text. */
function spaceIsNoise(a: number, b: number): boolean {
  const aHan = isHan(a);
  const bHan = isHan(b);
  if (aHan && (bHan || isAsciiDigit(b) || isCjkPunct(b))) return true;
  if (bHan && (isAsciiDigit(a) || isCjkPunct(a))) return true;
  if (isCjkPunct(a) && a >= 0x2010 && (bHan || isAsciiDigit(b))) return true;
  // `12 : 00`, `1 月` handled above; digits on both sides stay apart (`病例1 2` is ambiguous).
  return false;
}

/** The pairs of Han characters facing each other across a run of line breaks and blanks. */
function breakPairs(text: string): number[] {
  const pairs: number[] = [];
  const n = text.length;
  for (let i = text.indexOf('\n'); i >= 0; ) {
    let j = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d !== 0x0a && !isSpaceOrTab(d)) break;
      j++;
    }
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    const after = j < n ? text.charCodeAt(j) : 0;
    if (isHan(before) && isHan(after)) pairs.push(pairKey(before, after));
    if (j >= n) break;
    i = text.indexOf('\n', j);
  }
  return pairs;
}

/** Where a pass looks next: a stop at or after `from`, never past the first blank (`\n`, ` `, `\t`) there. */
export interface Stepper {
  next(from: number): number;
}

/** How many pairs the joins look up by a search of their own before one pass counts them all. */
const PAIR_SEARCHES = 8;

/**
 * Whether a pair of characters facing each other across a line break occurs at least twice in the
 * text (the test for joining the broken line). The first {@link PAIR_SEARCHES} pairs asked about
 * are looked up by a native search each, which stops at the second occurrence; after them, one
 * pass counts every pair facing across a break ({@link ChosenPairCounts}), so a text broken at
 * thousands of places still costs one pass. A text with a few broken lines costs a few searches.
 */
export class BreakPairRecurrence {
  private readonly searched = new Map<number, boolean>();
  private counted: ChosenPairCounts | null = null;
  constructor(private readonly text: string) {}

  /** For `a` and `b` facing each other across a line break (other pairs are not counted). */
  recurs(a: number, b: number): boolean {
    if (this.counted !== null) return this.counted.get(a, b) >= 2;
    const key = pairKey(a, b);
    const known = this.searched.get(key);
    if (known !== undefined) return known;
    if (this.searched.size >= PAIR_SEARCHES) {
      this.counted = new ChosenPairCounts(this.text, breakPairs(this.text));
      return this.counted.get(a, b) >= 2;
    }
    const pair = String.fromCharCode(a, b);
    const first = this.text.indexOf(pair);
    const recurs = first >= 0 && this.text.indexOf(pair, first + 1) >= 0;
    this.searched.set(key, recurs);
    return recurs;
  }
}

/**
 * The next line break, space or tab of a text at or after an offset, found by native searches
 * (`indexOf` of each of the three, kept until passed): the spacing pass has nothing to do at any
 * other character, and most of a Chinese text is other characters.
 */
class BlankFinder implements Stepper {
  private nextBreak = -1;
  private nextSpace = -1;
  private nextTab = -1;
  constructor(private readonly text: string) {}

  /** The offset of the first `\n`, ` ` or `\t` at or after `from`, or the text's length. */
  next(from: number): number {
    const text = this.text;
    if (this.nextBreak < from) this.nextBreak = found(text.indexOf('\n', from));
    if (this.nextSpace < from) this.nextSpace = found(text.indexOf(' ', from));
    if (this.nextTab < from) this.nextTab = found(text.indexOf('\t', from));
    return Math.min(this.nextBreak, this.nextSpace, this.nextTab, text.length);
  }
}

/** An `indexOf` result, with "not found" as `Infinity` (never to be searched for again). */
function found(index: number): number {
  return index < 0 ? Infinity : index;
}

/**
 * Edits that fix spacing: trim spaces at line ends, drop spaces inside Chinese text and between
 * numbers and Chinese (`2020 年 1 月` → `2020年1月`, `胜利西 社区` → `胜利西社区`), collapse runs
 * of blank lines to one, and join a line broken inside a word (`低风\n\n险地区`) when the pair of
 * characters across the break occurs elsewhere in the same text and the broken line is long.
 *
 * @param blanks where to look next: by default native searches for the blanks, skipping the rest
 *   (every other character is passed over anyway; a test steps unit by unit and compares)
 */
export function spacingEdits(text: string, blanks: Stepper = new BlankFinder(text)): Edit[] {
  const edits: Edit[] = [];
  const n = text.length;
  let pairs: BreakPairRecurrence | null = null;
  let lineStart = 0;
  for (let i = blanks.next(0); i < n; i = blanks.next(i + 1)) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      // A run of line breaks (and blank-only lines) from i to j.
      let j = i;
      let breaks = 0;
      let k = i;
      while (k < n) {
        const d = text.charCodeAt(k);
        if (d === 0x0a) {
          breaks++;
          j = k + 1;
        } else if (!isSpaceOrTab(d)) break;
        k++;
      }
      const before = i > 0 ? text.charCodeAt(i - 1) : 0;
      const after = j < n ? text.charCodeAt(j) : 0;
      if (isHan(before) && isHan(after) && i - lineStart >= 10) {
        pairs ??= new BreakPairRecurrence(text);
        if (pairs.recurs(before, after)) {
          edits.push({ start: i, end: j, text: '' });
          i = j - 1;
          continue;
        }
      }
      if (i === 0 || j === n) {
        // Line breaks at the very start or end of the text carry nothing.
        edits.push({ start: i, end: j, text: '' });
      } else if (breaks >= 3 || j - i !== breaks) {
        // Keep at most one blank line; drop blanks on blank lines.
        const keep = breaks >= 2 ? '\n\n' : '\n';
        edits.push({ start: i, end: j, text: keep });
      }
      i = j - 1;
      lineStart = j;
      continue;
    }
    if (!isSpaceOrTab(c)) continue;
    let j = i;
    let tabs = 0;
    while (j < n && isSpaceOrTab(text.charCodeAt(j))) {
      if (text.charCodeAt(j) === 0x09) tabs++;
      j++;
    }
    const atLineStart = i === lineStart;
    const atLineEnd = j === n || text.charCodeAt(j) === 0x0a;
    if (atLineStart || atLineEnd) {
      edits.push({ start: i, end: j, text: '' });
    } else if (tabs === 0 && j - i <= 3 && spaceIsNoise(text.charCodeAt(i - 1), text.charCodeAt(j))) {
      edits.push({ start: i, end: j, text: '' });
    }
    i = j - 1;
  }
  return edits;
}
