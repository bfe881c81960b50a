import { BigramCounts } from './bigramCounts';
import { isHan } from '../../_internal/chars';
import { isAsciiLetter, isWordChar } from './charClass';

/** A stretch of text judged injected, with the evidence. */
export interface InjectedHit {
  start: number;
  end: number;
  reason: string;
}

/** Length of the k-grams used to find verbatim repeats. */
const KGRAM_LENGTH = 6;
/** Base of the polynomial rolling hash of k-grams (the 32-bit FNV prime), modulo 2^32. */
const HASH_BASE = 0x01000193;
/** HASH_BASE to the power KGRAM_LENGTH - 1: what the character leaving the window weighs. */
const LEAVING_WEIGHT = (() => {
  let weight = 1;
  for (let i = 0; i < KGRAM_LENGTH - 1; i++) weight = Math.imul(weight, HASH_BASE);
  return weight;
})();
/** Longest repeated string considered (a headline, not a paragraph). */
const MAX_LENGTH = 120;
/** Repeats seen more often than this are boilerplate, not splices; also bounds the work. */
const MAX_OCCURRENCES = 64;
const MAX_CANDIDATES = 4096;
/** Below this length a document's own statistics say too little to call anything foreign. */
const MIN_DOCUMENT = 1000;

export interface Candidate {
  text: string;
  first: number;
  hash: number;
}

/** A clause separator strictly inside `s` (a headline's own comma or dash), not at its ends. */
function hasInnerSeparator(s: string): boolean {
  for (let i = 1; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x7c || c === 0x2014 || c === 0x2013)
      return true;
    if (c === 0x2d && !(s.charCodeAt(i - 1) >= 0x30 && s.charCodeAt(i - 1) <= 0x39)) return true;
  }
  return false;
}

/** Letters of a string: Han characters and ASCII letters. */
function letterCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHan(c) || isAsciiLetter(c)) n++;
  }
  return n;
}

/** Open-addressing counter of 32-bit k-gram hashes. */
class HashCounter {
  private readonly keys: Int32Array;
  private readonly used: Uint8Array;
  readonly counts: Int32Array;
  private readonly mask: number;
  constructor(expected: number) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.keys = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.counts = new Int32Array(size);
    this.mask = size - 1;
  }
  slot(key: number): number {
    let h = Math.imul(key, 0x9e3779b1);
    h = (h ^ (h >>> 15)) & this.mask;
    while (this.used[h] === 1 && this.keys[h] !== key) h = (h + 1) & this.mask;
    return h;
  }
  /** Counts `key` once more; returns its slot (fixed from then on: nothing is ever deleted). */
  add(key: number): number {
    const h = this.slot(key);
    this.used[h] = 1;
    this.keys[h] = key;
    this.counts[h] = (this.counts[h] as number) + 1;
    return h;
  }
  /** Number of slots (slot numbers are below it). */
  get size(): number {
    return this.mask + 1;
  }
  get(key: number): number {
    const h = this.slot(key);
    return this.used[h] === 1 ? (this.counts[h] as number) : 0;
  }
}

/**
 * Rolling hashes of every k-gram of `text` (`INVALID` for those that cross a line break).
 * Polynomial hash modulo 2^32; collisions only add candidates, which are then checked verbatim.
 */
const INVALID = 0x7fffffff;
export function kgramHashes(text: string): Int32Array {
  const n = text.length;
  const m = Math.max(0, n - KGRAM_LENGTH + 1);
  const hashes = new Int32Array(m);
  let h = 0;
  let lastBreak = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) lastBreak = i;
    if (i >= KGRAM_LENGTH) h = (h - Math.imul(text.charCodeAt(i - KGRAM_LENGTH), LEAVING_WEIGHT)) | 0;
    h = (Math.imul(h, HASH_BASE) + c) | 0;
    const start = i - KGRAM_LENGTH + 1;
    if (start >= 0) hashes[start] = lastBreak >= start || h === INVALID ? INVALID : h;
  }
  return hashes;
}

function occurrencesOf(text: string, needle: string, positions: readonly number[]): number[] {
  const out: number[] = [];
  let last = -1;
  for (const p of positions) {
    if (p < last) continue;
    if (text.startsWith(needle, p)) {
      out.push(p);
      last = p + needle.length;
    }
  }
  return out;
}

/** Share of the character pairs of `s` that occur in the text only inside its `r` occurrences. */
function foreignShare(s: string, r: number, bigrams: BigramCounts): { foreign: number; pairs: number } {
  let foreign = 0;
  let pairs = 0;
  for (let i = 0; i + 1 < s.length; i++) {
    const a = s.charCodeAt(i);
    const b = s.charCodeAt(i + 1);
    if (!isWordChar(a) || !isWordChar(b)) continue;
    pairs++;
    let mult = 0;
    for (let j = 0; j + 1 < s.length; j++) if (s.charCodeAt(j) === a && s.charCodeAt(j + 1) === b) mult++;
    if (bigrams.get(a, b) <= mult * r) foreign++;
  }
  return { foreign, pairs };
}

function lineBounds(text: string, at: number): [number, number] {
  const s = text.lastIndexOf('\n', at - 1) + 1;
  let e = text.indexOf('\n', at);
  if (e < 0) e = text.length;
  return [s, e];
}

/** The first line holding a word character: the title line of a plain-text document. */
export function firstLine(text: string): [number, number] | null {
  let s = 0;
  while (s < text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    for (let i = s; i < e; i++) if (isWordChar(text.charCodeAt(i))) return [s, e];
    s = e + 1;
  }
  return null;
}

/** Code units that `hasInnerSeparator` may count as a clause break. */
function isSeparatorUnit(c: number): boolean {
  return (
    c === 0x2c ||
    c === 0x3b ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x7c ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0x2d
  );
}

/**
 * Whether some k-gram of a title string that covers a clause-break unit occurs at least
 * `BODY_MIN` times in `text` outside the title line (a necessary condition for any hit). Linear:
 * one rolling hash over the text against the few title k-grams, verified verbatim on a hash match.
 */
const BODY_MIN = 3;
const FILTER_SIZE = 4096;
export function titleWindowRecurs(
  text: string,
  title: [number, number] | null,
  titles: readonly string[],
): boolean {
  const windows: string[] = [];
  for (const t of titles) {
    for (let w = 0; w + KGRAM_LENGTH <= t.length; w++) {
      let covers = false;
      for (let i = w; i < w + KGRAM_LENGTH; i++) if (isSeparatorUnit(t.charCodeAt(i))) covers = true;
      if (covers) {
        const s = t.slice(w, w + KGRAM_LENGTH);
        if (!windows.includes(s)) windows.push(s);
      }
    }
  }
  if (windows.length === 0) return false;
  const hashes = new Int32Array(windows.length);
  const counts = new Int32Array(windows.length);
  const filter = new Uint8Array(FILTER_SIZE);
  for (let k = 0; k < windows.length; k++) {
    const s = windows[k] as string;
    let h = 0;
    for (let i = 0; i < KGRAM_LENGTH; i++) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(i)) | 0;
    hashes[k] = h;
    filter[h & (FILTER_SIZE - 1)] = 1;
  }
  const skipFrom = title ? title[0] : -1;
  const skipTo = title ? title[1] : -1;
  const n = text.length;
  let h = 0;
  for (let i = 0; i < n; i++) {
    if (i >= KGRAM_LENGTH) h = (h - Math.imul(text.charCodeAt(i - KGRAM_LENGTH), LEAVING_WEIGHT)) | 0;
    h = (Math.imul(h, HASH_BASE) + text.charCodeAt(i)) | 0;
    const start = i - KGRAM_LENGTH + 1;
    if (filter[h & (FILTER_SIZE - 1)] === 0 || start < 0 || (start >= skipFrom && start < skipTo)) continue;
    for (let k = 0; k < hashes.length; k++) {
      if (hashes[k] !== h || !text.startsWith(windows[k] as string, start)) continue;
      // A line that repeats the title line whole is a repeated heading (an index, a document
      // joined to itself), not text spliced into a sentence: it does not count.
      if (title && repeatsTitleLine(text, title, start)) continue;
      counts[k] = (counts[k] as number) + 1;
      if ((counts[k] as number) >= BODY_MIN) return true;
    }
  }
  return false;
}

/** More anchors than this and {@link separatorAnchorsRecur} does not pay: the rolling hash decides alone. */
const MAX_ANCHORS = 16;

/**
 * A cheaper necessary condition for {@link titleWindowRecurs}, by native searches: every window of
 * a title covering a clause break at `s` holds the four characters ending at `s` or the four
 * starting at `s` (a window starts between `s - 5` and `s`), so when no such anchor occurs
 * `BODY_MIN` times outside the title line, no window does either. True when it cannot tell (an
 * anchor recurs, or the titles hold too many breaks for the searches to pay).
 */
export function separatorAnchorsRecur(
  text: string,
  title: [number, number] | null,
  titles: readonly string[],
): boolean {
  const anchors: string[] = [];
  for (const t of titles) {
    for (let s = 0; s < t.length; s++) {
      if (!isSeparatorUnit(t.charCodeAt(s))) continue;
      if (s >= 3) addOnce(anchors, t.slice(s - 3, s + 1));
      if (s + 4 <= t.length) addOnce(anchors, t.slice(s, s + 4));
    }
  }
  if (anchors.length > MAX_ANCHORS) return true;
  return anchors.some((anchor) => occursOutside(text, anchor, title, BODY_MIN));
}

function addOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/** Whether `needle` occurs at least `times` times (overlapping ones too) starting outside the title line. */
function occursOutside(text: string, needle: string, title: [number, number] | null, times: number): boolean {
  let count = 0;
  for (let p = text.indexOf(needle); p >= 0; p = text.indexOf(needle, p + 1)) {
    if (title && p >= title[0] && p < title[1]) continue;
    if (++count >= times) return true;
  }
  return false;
}

function repeatsTitleLine(text: string, title: [number, number], at: number): boolean {
  const [s, e] = lineBounds(text, at);
  return e - s === title[1] - title[0] && text.startsWith(text.slice(title[0], title[1]), s);
}

const SEPARATORS = new Set([0x2d, 0x5f, 0x7c, 0x3a, 0x20, 0x2014, 0x2013, 0xb7, 0x2022, 0x2c, 0x3001]);

/**
 * Finds text injected into a document: a string of at least six characters that repeats verbatim,
 * whose character pairs occur nowhere else in the document (topically foreign), and that is
 * spliced into running text — with the title line as corroboration. When the title line is
 * essentially such a string, the whole line goes, and its other fragments (`B体育`) are looked for
 * in the body too. Linear time: k-gram hashing, then bounded verbatim checks.
 *
 * @param externalTitle a title that is not part of `text` (an HTML `<title>`), also corroborating.
 * @param options `splits`: also look for strings that split words (no title needed); `countEvery`:
 *   count every k-gram of the text even when only a title's can qualify (the slow path, for tests)
 */
export function findInjected(
  text: string,
  externalTitle: string | null = null,
  options: { splits?: boolean; countEvery?: boolean } = {},
): InjectedHit[] {
  const n = text.length;
  if (n < MIN_DOCUMENT) return [];
  // Only a headline-shaped string found in the title can qualify: without a short title holding a
  // clause break there is nothing to look for, and the scan is skipped.
  const title = firstLine(text);
  const titleText = title && title[1] - title[0] <= MAX_LENGTH ? text.slice(title[0], title[1]) : '';
  const external = externalTitle !== null && externalTitle.length <= MAX_LENGTH ? externalTitle : '';
  // Title path: only a headline-shaped string found in the title can qualify. A candidate holds a
  // clause break and recurs at least three times outside the title line, so some k-gram of a title
  // that covers a clause break must recur as often: one cheap rolling-hash pass with no allocation
  // per character rules the title path out for most documents.
  const titlePath =
    (hasInnerSeparator(titleText) || hasInnerSeparator(external)) &&
    separatorAnchorsRecur(text, title, [titleText, external]) &&
    titleWindowRecurs(text, title, [titleText, external]);
  // Split path (no title needed): a string that splits words must recur and be spliced between
  // word characters whose pair occurs elsewhere; `splitsMayRecur` is its cheap necessary test.
  const splitPath = options.splits === true && splitsMayRecur(text);
  if (!titlePath && !splitPath) return [];
  const hashes = kgramHashes(text);
  // Without the split path only strings of a title can qualify: the k-grams of the titles are
  // counted, not every k-gram of the text (when the cap on candidates cannot bind; see titleRepeats).
  const { candidates, wanted } =
    splitPath || options.countEvery === true || hashes.length > 2 * MAX_CANDIDATES
      ? everyRepeat(text, hashes)
      : titleRepeats(text, hashes, [titleText, external]);
  if (wanted.size === 0) return [];

  // The document's pair counts cost a pass and two tables: built only once a candidate needs them.
  let counted: BigramCounts | null = null;
  const bigramsOf = (): BigramCounts => {
    counted ??= new BigramCounts(text);
    return counted;
  };

  const accepted: Accepted[] = [];
  for (const c of candidates.values()) {
    // Cheap tests first: only a headline-shaped string seen in the title can qualify.
    const inTitle =
      titlePath && (titleText.includes(c.text) || (external !== '' && external.includes(c.text)));
    if (!inTitle || !hasInnerSeparator(c.text)) {
      const split = splitPath ? splitsWords(text, c, wanted.get(c.hash), bigramsOf) : null;
      if (split) accepted.push(split);
      continue;
    }
    const headline = titleHeadline(text, c, wanted.get(c.hash), title, bigramsOf);
    if (headline) accepted.push(headline);
  }
  if (accepted.length === 0) return [];
  accepted.sort((a, b) => b.occurrences.length - a.occurrences.length || a.text.length - b.text.length);

  const hits: InjectedHit[] = [];
  const overlaps = (s: number, e: number): boolean => hits.some((h) => s < h.end && h.start < e);
  for (const a of accepted) {
    for (const p of a.occurrences) {
      if (!overlaps(p, p + a.text.length)) hits.push({ start: p, end: p + a.text.length, reason: a.reason });
    }
  }

  if (title) absorbTitleLine(text, title, titleText, hits, bigramsOf, overlaps);
  hits.sort((a, b) => a.start - b.start);
  return hits;
}

/** The candidate strings of a text, and the positions of the first k-gram of each (by hash). */
export interface Repeats {
  candidates: Map<string, Candidate>;
  wanted: Map<number, number[]>;
}

/** Every repeated string of the text: every k-gram counted, in a table as large as the text. */
export function everyRepeat(text: string, hashes: Int32Array): Repeats {
  const counter = new HashCounter(hashes.length);
  // The slot of each position's k-gram (-1 for none), so that later look-ups need no probing.
  const slots = new Int32Array(hashes.length);
  for (let i = 0; i < hashes.length; i++)
    slots[i] = hashes[i] !== INVALID ? counter.add(hashes[i] as number) : -1;
  const candidates = repeatedStrings(text, hashes, slots, counter.counts);
  const wanted = firstKgramPositions(candidates, counter, hashes, slots);
  return { candidates, wanted };
}

/** Counts of chosen k-gram hashes, with a filter on their low bits to pass over the others cheaply. */
class ChosenHashCounts {
  private readonly counts = new Map<number, number>();
  private readonly filter = new Uint8Array(FILTER_SIZE);

  choose(hash: number): void {
    if (hash === INVALID || this.counts.has(hash)) return;
    this.counts.set(hash, 0);
    this.filter[hash & (FILTER_SIZE - 1)] = 1;
  }

  /** The count of `hash`, or undefined when it was not chosen. */
  get(hash: number): number | undefined {
    return this.filter[hash & (FILTER_SIZE - 1)] === 0 ? undefined : this.counts.get(hash);
  }

  /** Counts every chosen hash among `hashes` (INVALID is never chosen). */
  countIn(hashes: Int32Array): void {
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i] as number;
      const count = this.get(hash);
      if (count !== undefined) this.counts.set(hash, count + 1);
    }
  }
}

/**
 * The candidates of {@link everyRepeat} that can be a title's strings, without counting every
 * k-gram: a string of a title is made of the title's k-grams, so a run of repeated k-grams that
 * holds any other k-gram is no title's string and needs no count. Only the titles' k-grams are
 * counted, then the k-grams next to their runs of repeats (a run that a repeated k-gram of another
 * kind extends is one longer run, no title's string, and goes). The runs left, their strings and
 * positions are those `everyRepeat` finds, in the same order, as long as the cap on candidates
 * cannot bind: at most `2 * MAX_CANDIDATES` k-grams (a run and the gap after it take two).
 */
export function titleRepeats(text: string, hashes: Int32Array, titles: readonly string[]): Repeats {
  const titleCounts = new ChosenHashCounts();
  for (const t of titles)
    for (let w = 0; w + KGRAM_LENGTH <= t.length; w++) titleCounts.choose(kgramHash(t, w));
  titleCounts.countIn(hashes);
  const repeatedInTitle = (i: number): boolean => (titleCounts.get(hashes[i] as number) ?? 0) >= 2;

  // Runs of repeated title k-grams, and the k-grams of other kinds beside them.
  const runs: Array<[start: number, end: number]> = [];
  const beside = new ChosenHashCounts();
  const m = hashes.length;
  for (let i = 0; i < m; i++) {
    if (!repeatedInTitle(i)) continue;
    let j = i;
    while (j + 1 < m && repeatedInTitle(j + 1)) j++;
    runs.push([i, j]);
    for (const k of [i - 1, j + 1]) {
      if (k >= 0 && k < m && titleCounts.get(hashes[k] as number) === undefined)
        beside.choose(hashes[k] as number);
    }
    i = j;
  }
  const candidates = new Map<string, Candidate>();
  const wanted = new Map<number, number[]>();
  if (runs.length === 0) return { candidates, wanted };
  beside.countIn(hashes);
  const repeatedBeside = (k: number): boolean =>
    k >= 0 && k < m && (beside.get(hashes[k] as number) ?? 0) >= 2;

  for (const [start, last] of runs) {
    if (repeatedBeside(start - 1) || repeatedBeside(last + 1)) continue;
    const end = last + KGRAM_LENGTH;
    if (end - start > MAX_LENGTH) continue;
    const s = text.slice(start, end);
    if (!candidates.has(s) && letterCount(s) >= 4)
      candidates.set(s, { text: s, first: start, hash: hashes[start] as number });
  }
  const wantedHashes = new ChosenHashCounts();
  for (const c of candidates.values()) {
    if ((titleCounts.get(c.hash) as number) > MAX_OCCURRENCES) continue;
    wanted.set(c.hash, []);
    wantedHashes.choose(c.hash);
  }
  if (wanted.size === 0) return { candidates, wanted };
  for (let i = 0; i < m; i++)
    if (wantedHashes.get(hashes[i] as number) !== undefined) wanted.get(hashes[i] as number)?.push(i);
  return { candidates, wanted };
}

/** The hash `kgramHashes` gives the k-gram of `s` at `at`. */
function kgramHash(s: string, at: number): number {
  let h = 0;
  for (let i = at; i < at + KGRAM_LENGTH; i++) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(i)) | 0;
  return h;
}

/** Maximal runs of repeated k-grams, as candidate strings (bounded in length and number). */
function repeatedStrings(
  text: string,
  hashes: Int32Array,
  slots: Int32Array,
  counts: Int32Array,
): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  let runStart = -1;
  for (let i = 0; i <= hashes.length; i++) {
    const slot = i < hashes.length ? (slots[i] as number) : -1;
    const repeated = slot >= 0 && (counts[slot] as number) >= 2;
    if (repeated) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0) {
      const end = i - 1 + KGRAM_LENGTH;
      if (end - runStart <= MAX_LENGTH && candidates.size < MAX_CANDIDATES) {
        const s = text.slice(runStart, end);
        if (!candidates.has(s) && letterCount(s) >= 4) {
          candidates.set(s, { text: s, first: runStart, hash: hashes[runStart] as number });
        }
      }
      runStart = -1;
    }
  }
  return candidates;
}

/** The positions of the first k-gram of each candidate, by hash (candidates seen too often left out). */
function firstKgramPositions(
  candidates: Map<string, Candidate>,
  counter: HashCounter,
  hashes: Int32Array,
  slots: Int32Array,
): Map<number, number[]> {
  const wanted = new Map<number, number[]>();
  const wantedSlot = new Uint8Array(counter.size);
  for (const c of candidates.values()) {
    if (counter.get(c.hash) <= MAX_OCCURRENCES) {
      wanted.set(c.hash, []);
      wantedSlot[slots[c.first] as number] = 1;
    }
  }
  if (wanted.size === 0) return wanted;
  for (let i = 0; i < hashes.length; i++) {
    const slot = slots[i] as number;
    if (slot < 0 || wantedSlot[slot] === 0) continue;
    const list = wanted.get(hashes[i] as number);
    if (list) list.push(i);
  }
  return wanted;
}

/**
 * A candidate seen in the title, judged as a headline spliced into the body: every body occurrence
 * inside running text, and most of its character pairs foreign to the document. Null when not.
 */
function titleHeadline(
  text: string,
  c: Candidate,
  positions: number[] | undefined,
  title: [number, number] | null,
  bigramsOf: () => BigramCounts,
): Accepted | null {
  if (!positions) return null;
  const n = text.length;
  const occ = occurrencesOf(text, c.text, positions);
  const r = occ.length;
  if (r < 2) return null;
  const len = c.text.length;
  const inlineAt: number[] = [];
  for (const p of occ) {
    if (title && p >= title[0] && p < title[1]) continue;
    const before = p > 0 ? text.charCodeAt(p - 1) : 0x0a;
    const after = p + len < n ? text.charCodeAt(p + len) : 0x0a;
    if (before === 0x0a || after === 0x0a) continue;
    inlineAt.push(p);
  }
  const inline = inlineAt.length;
  const bodyCount = title !== null ? r - occ.filter((p) => p >= title[0] && p < title[1]).length : r;
  // A headline, not a term: it holds a clause break of its own (`遭逆转,无缘胜利`), it is in the
  // title, and every body occurrence sits inside running text. Terms and names (无症状感染者,
  // 新型冠状病毒肺炎) repeat just as often and have foreign pairs too, so they must not qualify.
  // (The placement tests come first: they need no pair counts.)
  if (!(bodyCount >= 3 && inline >= 3 && inline === bodyCount)) return null;
  const bigrams = bigramsOf();
  const { foreign, pairs } = foreignShare(c.text, r, bigrams);
  if (pairs < 4) return null;
  const share = foreign / pairs;
  if (!(share >= 0.5)) return null;
  let joins = 0;
  for (const p of inlineAt) if (bigrams.get(text.charCodeAt(p - 1), text.charCodeAt(p + len)) >= 1) joins++;
  return {
    text: c.text,
    occurrences: occ,
    reason:
      `"${c.text}" repeats ${r} times verbatim, also in the title, ` +
      `${inline} times spliced into running text (${joins} of them where the text around it joins up); ` +
      `${foreign} of its ${pairs} character pairs occur nowhere else in the document`,
  };
}

/**
 * The title line: dropped whole when what is left of it once the hits are out is only separators
 * and short fragments, and those fragments are looked for in the body.
 */
function absorbTitleLine(
  text: string,
  title: [number, number],
  titleText: string,
  hits: InjectedHit[],
  bigramsOf: () => BigramCounts,
  overlaps: (start: number, end: number) => boolean,
): void {
  const inside = hits.filter((h) => h.start >= title[0] && h.end <= title[1]);
  if (inside.length === 0) return;
  const fragments: string[] = [];
  let kept = 0;
  let frag = '';
  for (let i = title[0]; i <= title[1]; i++) {
    const c = i < title[1] ? text.charCodeAt(i) : 0x0a;
    const covered = inside.some((h) => i >= h.start && i < h.end);
    if (covered || c === 0x0a || SEPARATORS.has(c) || !isWordChar(c)) {
      if (frag) fragments.push(frag);
      frag = '';
      continue;
    }
    kept++;
    frag += text[i];
  }
  const total = letterCount(titleText);
  if (kept > Math.max(4, 0.4 * total)) return;
  for (const h of inside) hits.splice(hits.indexOf(h), 1);
  const names = inside.map((h) => text.slice(h.start, h.end));
  hits.push({
    start: title[0],
    end: title[1],
    reason: `the title line is the injected text "${names[0]}"${fragments.length ? ` with "${fragments.join('", "')}"` : ''}`,
  });
  for (const f of fragments) findFragment(text, f, title, bigramsOf(), hits, overlaps);
}

/** A candidate judged injected: its verbatim occurrences and the evidence. */
interface Accepted {
  text: string;
  occurrences: number[];
  reason: string;
}

/** Shortest string the split path considers, and how often it must recur. */
const SPLIT_MIN_LENGTH = 6;
const SPLIT_MIN_OCCURRENCES = 3;
/**
 * Occurrences that must split a word: two where taking the string out joins a pair the document
 * uses elsewhere (`其|…|他` with `其他` elsewhere), or three with foreign seams on both sides
 * when the document is too short to hold the joined pairs (a real page: `现|了`, `施|了`, `其|他` occur nowhere else in it).
 */
const SPLIT_MIN_MENDS = 2;
const SPLIT_MIN_SPLITS = 3;

/** A clause separator inside `s` with two Han characters on each side (`爆冷,止步`). */
function hasHanClauseBreak(s: string): boolean {
  for (let i = 2; i + 2 < s.length; i++) {
    if (!isSeparatorUnit(s.charCodeAt(i))) continue;
    if (
      isHan(s.charCodeAt(i - 1)) &&
      isHan(s.charCodeAt(i - 2)) &&
      isHan(s.charCodeAt(i + 1)) &&
      isHan(s.charCodeAt(i + 2))
    )
      return true;
  }
  return false;
}

/** How often the pair `a`, `b` occurs inside `s`. */
function pairsInside(s: string, a: number, b: number): number {
  let n = 0;
  for (let i = 0; i + 1 < s.length; i++) if (s.charCodeAt(i) === a && s.charCodeAt(i + 1) === b) n++;
  return n;
}

/**
 * The split path: a headline-shaped string (a clause break inside) of at least six characters that
 * repeats verbatim at least three times, every time inside running text, with mostly foreign character pairs, and that splits words. An
 * occurrence `a|S|b` splits a word when `a` and `b` are Han characters, the seam `a+S[0]` occurs
 * nowhere else in the document and the seam `S[last]+b` nowhere but at occurrences of `S`; it
 * mends a word when moreover the pair `ab` occurs elsewhere (`中风|…|险地区` → `中风险`). A string
 * qualifies with two mends or three splits. A term repeated in a list or template fails: it recurs
 * beside the same characters (`区|新增…|3例`), so its seams are not unique, or beside digits and
 * punctuation. No title is needed.
 */
function splitsWords(
  text: string,
  c: Candidate,
  positions: readonly number[] | undefined,
  bigramsOf: () => BigramCounts,
): Accepted | null {
  const s = c.text;
  const len = s.length;
  // A headline, not a term: it holds a clause break of its own (`小规模纳税人`, a term, also sits
  // between Han characters at each occurrence).
  if (!positions || len < SPLIT_MIN_LENGTH || positions.length < SPLIT_MIN_OCCURRENCES) return null;
  if (!hasHanClauseBreak(s)) return null;
  const occ = occurrencesOf(text, s, positions);
  const r = occ.length;
  if (r < SPLIT_MIN_OCCURRENCES) return null;
  const n = text.length;
  // Every occurrence inside running text: no line edge on either side.
  for (const p of occ) {
    if (p === 0 || p + len >= n) return null;
    const before = text.charCodeAt(p - 1);
    const after = text.charCodeAt(p + len);
    if (before === 0x0a || after === 0x0a || before === 0x0d || after === 0x0d) return null;
  }
  // Cheap before the pair counts: at least as many occurrences between two Han characters as needed.
  let between = 0;
  for (const p of occ) if (isHan(text.charCodeAt(p - 1)) && isHan(text.charCodeAt(p + len))) between++;
  if (between < Math.min(SPLIT_MIN_MENDS, SPLIT_MIN_SPLITS)) return null;
  const bigrams = bigramsOf();
  const { foreign, pairs } = foreignShare(s, r, bigrams);
  if (pairs < 4 || !(foreign / pairs >= 0.5)) return null;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(len - 1);
  // How often each closing seam occurs at the occurrences themselves (to count it elsewhere).
  const seamsAfter = new Map<number, number>();
  for (const p of occ) {
    const b = text.charCodeAt(p + len);
    seamsAfter.set(b, (seamsAfter.get(b) ?? 0) + 1);
  }
  const splits: string[] = [];
  const mends: string[] = [];
  for (const p of occ) {
    const a = text.charCodeAt(p - 1);
    const b = text.charCodeAt(p + len);
    if (!isHan(a) || !isHan(b)) continue;
    const before = bigrams.get(a, first) - 1 - r * pairsInside(s, a, first);
    const after = bigrams.get(last, b) - (seamsAfter.get(b) ?? 0) - r * pairsInside(s, last, b);
    if (before > 0 || after > 0) continue;
    const join = `${text[p - 1]}|${text[p + len]}`;
    splits.push(join);
    if (bigrams.get(a, b) >= 1) mends.push(join);
  }
  if (mends.length < SPLIT_MIN_MENDS && splits.length < SPLIT_MIN_SPLITS) return null;
  return {
    text: s,
    occurrences: occ,
    reason:
      `"${s}" repeats ${r} times verbatim, always inside running text, and splits words at ${splits.length} ` +
      `of them (${splits.join(', ')}; ${mends.length} of these joins occur elsewhere in the document); ` +
      `${foreign} of its ${pairs} character pairs occur nowhere else in the document`,
  };
}

/**
 * A cheap necessary test for the split path, run before the full analysis when the title path is
 * ruled out: a qualifying string holds a clause break between two Han characters on each side
 * (`爆冷,止步`), so some such five-character window must recur at least three times. Only the few
 * separator positions are looked at.
 */
function splitsMayRecur(text: string): boolean {
  const seen = new Map<string, number>();
  const n = text.length;
  for (let i = 2; i + 2 < n; i++) {
    if (!isSeparatorUnit(text.charCodeAt(i))) continue;
    if (!isHan(text.charCodeAt(i - 1)) || !isHan(text.charCodeAt(i - 2))) continue;
    if (!isHan(text.charCodeAt(i + 1)) || !isHan(text.charCodeAt(i + 2))) continue;
    const key = text.slice(i - 2, i + 3);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  // Recurring `xx,yy` windows are common in bulletins (`病例,其中`, `会诊,综合`); the pairs on both
  // sides of a spliced headline's clause break are foreign: they occur only inside the window. One
  // more pass counts just those pairs, so ordinary bulletins skip the full analysis.
  const windows: [key: string, count: number][] = [];
  for (const [key, count] of seen) if (count >= SPLIT_MIN_OCCURRENCES) windows.push([key, count]);
  if (windows.length === 0) return false;
  const pairCounts = new Map<number, number>();
  const firstChars = new Uint8Array(0x10000);
  const pairOf = (a: number, b: number) => a * 0x10000 + b;
  for (const [key] of windows) {
    for (const at of [0, 3]) {
      pairCounts.set(pairOf(key.charCodeAt(at), key.charCodeAt(at + 1)), 0);
      firstChars[key.charCodeAt(at)] = 1;
    }
  }
  for (let i = 0; i + 1 < n; i++) {
    const c = text.charCodeAt(i);
    if (firstChars[c] === 0) continue;
    const pair = pairOf(c, text.charCodeAt(i + 1));
    const count = pairCounts.get(pair);
    if (count !== undefined) pairCounts.set(pair, count + 1);
  }
  for (const [key, count] of windows) {
    const left = pairCounts.get(pairOf(key.charCodeAt(0), key.charCodeAt(1))) ?? 0;
    const right = pairCounts.get(pairOf(key.charCodeAt(3), key.charCodeAt(4))) ?? 0;
    if (left <= count && right <= count) return true;
  }
  return false;
}

/** Body occurrences of a fragment of an injected title line, when spliced in and foreign. */
function findFragment(
  text: string,
  fragment: string,
  title: [number, number],
  bigrams: BigramCounts,
  hits: InjectedHit[],
  overlaps: (s: number, e: number) => boolean,
): void {
  if (fragment.length < 2) return;
  const occ: number[] = [];
  for (
    let p = text.indexOf(fragment);
    p >= 0 && occ.length <= MAX_OCCURRENCES;
    p = text.indexOf(fragment, p + fragment.length)
  ) {
    occ.push(p);
  }
  if (occ.length > MAX_OCCURRENCES) return;
  const { foreign, pairs } = foreignShare(fragment, occ.length, bigrams);
  if (pairs === 0 || foreign < pairs) return;
  for (const p of occ) {
    if (p >= title[0] && p < title[1]) continue;
    const [ls, le] = lineBounds(text, p);
    if (p === ls || p + fragment.length === le) continue; // on its own, not spliced
    if (overlaps(p, p + fragment.length)) continue;
    hits.push({
      start: p,
      end: p + fragment.length,
      reason: `"${fragment}" is a fragment of the injected title line, spliced into running text; none of its character pairs occur elsewhere`,
    });
  }
}
