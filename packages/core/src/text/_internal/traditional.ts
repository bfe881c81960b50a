import { Locale, Trie } from 'opencc-js/t2cn';
import type { Edit } from './segmentMap';
import { TRADITIONAL_UNITS } from './traditionalUnits';
import { forEachUnitDelta } from './unitDeltas';

/**
 * Traditional → simplified conversion with OpenCC's own dictionaries, done segment by segment so
 * that every change stays mappable to the original offsets.
 *
 * The chain is OpenCC's `hk2s` (Hong Kong variants → OpenCC traditional → simplified) with the
 * Taiwan variants folded in: HKVariantsRev*, TWVariantsRev*, then TSPhrases + TSCharacters, with
 * TSPhrases as the segmenter, as the built-in converters do. Only these dictionaries are used:
 * they replace character for character except for a handful of entries that go to or from
 * supplementary-plane characters (`二噁英 → 二𫫇英`). The phrase dictionaries of `twp`/`hkp`
 * (`隨身碟 → U盘`) are left out on purpose: they reword, which this cleaner must not do.
 */

type DictLike = string | readonly (readonly [string, string])[];

interface Converter {
  segmenter: Trie;
  chain: Trie[];
}

let converter: Converter | null = null;
let firstUnits: Uint8Array | null = null;

function dictEntries(dict: DictLike): [string, string][] {
  if (typeof dict === 'string') {
    const out: [string, string][] = [];
    if (dict === '') return out;
    for (const line of dict.split('|')) {
      const space = line.indexOf(' ');
      if (space > 0) out.push([line.slice(0, space), line.slice(space + 1).split(' ')[0] ?? '']);
    }
    return out;
  }
  return dict.map(([a, b]) => [a, b]);
}

function chainGroups(): DictLike[][] {
  const groups: DictLike[][] = [];
  for (const g of [...(Locale.from.hk ?? []), ...(Locale.from.tw ?? []), ...(Locale.to.cn ?? [])]) {
    groups.push([...(g as readonly DictLike[])]);
  }
  return groups;
}

/**
 * A table of the code units that the chain changes when they stand alone, from
 * {@link TRADITIONAL_UNITS}: built from a short string, so that plain simplified text never builds
 * OpenCC's tries (that costs about 50 ms and megabytes of garbage in every process and thread).
 */
export function getFirstUnits(): Uint8Array {
  if (firstUnits) return firstUnits;
  const table = new Uint8Array(65536);
  forEachUnitDelta(TRADITIONAL_UNITS, (unit) => {
    table[unit] = 1;
  });
  firstUnits = table;
  return table;
}

/**
 * The code units {@link TRADITIONAL_UNITS} must hold, computed from OpenCC's dictionaries: the
 * first unit of every key of the character dictionaries (HKVariantsRev, TWVariantsRev,
 * TSCharacters) that the whole chain changes (HK variants such as 温 go to 溫 and back to 温, so
 * they are left out). Phrase dictionaries only refine how those characters convert, so a line
 * without any of them is left alone. Slow: for the generator and its test only.
 */
export function unitsTheChainChanges(): number[] {
  const units = new Set<number>();
  const conv = getConverter();
  for (const group of chainGroups()) {
    const characters = group[group.length - 1];
    if (characters === undefined) continue;
    for (const [from] of dictEntries(characters)) {
      if (from.length > 0 && convertSegment(conv, from) !== from) units.add(from.charCodeAt(0));
    }
  }
  return [...units].sort((a, b) => a - b);
}

function getConverter(): Converter {
  if (converter) return converter;
  const groups = chainGroups();
  const chain = groups.map((group) => {
    const trie = new Trie();
    trie.loadDictGroup(group);
    return trie;
  });
  const segmenter = new Trie();
  const tsPhrases = groups[groups.length - 1]?.[0];
  if (tsPhrases !== undefined) segmenter.loadDict(tsPhrases);
  converter = { segmenter, chain };
  return converter;
}

/** True when `text[from, to)` holds a character that the converter may change (cheap scan). */
export function mayHoldTraditional(text: string, from = 0, to = text.length): boolean {
  const table = getFirstUnits();
  for (let i = from; i < to; i++) {
    if (table[text.charCodeAt(i)] === 1) return true;
  }
  return false;
}

function convertSegment(conv: Converter, segment: string): string {
  let out = segment;
  for (const trie of conv.chain) out = trie.convert(out);
  return out;
}

/**
 * Edits that turn traditional characters of `text` into simplified ones. Only lines holding a
 * candidate character are segmented and converted.
 */
export function traditionalEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const table = getFirstUnits();
  const n = text.length;
  let lineStart = 0;
  while (lineStart < n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    let hit = false;
    for (let i = lineStart; i < lineEnd; i++) {
      if (table[text.charCodeAt(i)] === 1) {
        hit = true;
        break;
      }
    }
    if (hit) convertLine(text, lineStart, lineEnd, edits);
    lineStart = lineEnd + 1;
  }
  return edits;
}

function convertLine(text: string, from: number, to: number, edits: Edit[]): void {
  const conv = getConverter();
  const line = text.slice(from, to);
  let runStart = -1;
  const flushRun = (end: number): void => {
    if (runStart < 0) return;
    emit(conv, line, runStart, end, from, edits);
    runStart = -1;
  };
  for (let i = 0; i < line.length; ) {
    const match = conv.segmenter.matchPrefix(line, i);
    if (match) {
      flushRun(i);
      emit(conv, line, i, match.end, from, edits);
      i = match.end;
    } else {
      if (runStart < 0) runStart = i;
      const c = line.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < line.length ? 2 : 1;
    }
  }
  flushRun(line.length);
}

function emit(conv: Converter, line: string, start: number, end: number, base: number, edits: Edit[]): void {
  const source = line.slice(start, end);
  const converted = convertSegment(conv, source);
  if (converted === source) return;
  if (converted.length === source.length) {
    pushDiff(source, converted, base + start, edits);
    return;
  }
  // The length changed (a supplementary-plane character): convert code point by code point so
  // that only the characters concerned lose their one-to-one mapping.
  for (let i = 0; i < source.length; ) {
    const c = source.charCodeAt(i);
    const w = c >= 0xd800 && c <= 0xdbff && i + 1 < source.length ? 2 : 1;
    const ch = source.slice(i, i + w);
    const conv1 = convertSegment(conv, ch);
    if (conv1 !== ch) edits.push({ start: base + start + i, end: base + start + i + w, text: conv1 });
    i += w;
  }
}

/** Edits only the changed stretches of an equal-length replacement. */
function pushDiff(source: string, converted: string, at: number, edits: Edit[]): void {
  let i = 0;
  const n = source.length;
  while (i < n) {
    if (source.charCodeAt(i) === converted.charCodeAt(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && source.charCodeAt(j) !== converted.charCodeAt(j)) j++;
    edits.push({ start: at + i, end: at + j, text: converted.slice(i, j) });
    i = j;
  }
}
