// The floor of the extraction bench: the least one pass of JavaScript over the text must do before it
// reads the meaning of anything, measured beside the plain scan.
import { FIGURE_WORDS } from '../src/bulletin/_internal/figureWords';
import { chineseValue } from './plainScan';

/** 1: an ASCII digit; 2: a Chinese numeral character; 3: a counter (例 人 名); 4: a blank. */
const CLASS = new Uint8Array(0x10000);
for (let code = 0x30; code <= 0x39; code++) CLASS[code] = 1;
for (const char of '零〇一二两三四五六七八九十百千万') CLASS[char.charCodeAt(0)] = 2;
for (const char of '例人名') CLASS[char.charCodeAt(0)] = 3;
for (const char of ' \t\n') CLASS[char.charCodeAt(0)] = 4;

/** The figure grammar's words by first character, longest first, as its engine looks them up. */
const FIRST_SLOT = new Uint16Array(0x10000);
const LISTS: string[][] = [[]];
for (const [word] of FIGURE_WORDS) {
  const first = word.charCodeAt(0);
  if (FIRST_SLOT[first] === 0) {
    FIRST_SLOT[first] = LISTS.length;
    LISTS.push([]);
  }
  LISTS[FIRST_SLOT[first]!]!.push(word);
}
for (const list of LISTS) list.sort((a, b) => b.length - a.length);

/** What the floor scan read: each count's value and span, and how many words of the grammar it met. */
export interface FloorReading {
  counts: Array<{ value: number; start: number; end: number }>;
  words: number;
}

/**
 * NFKC, then ONE pass of JavaScript over every character (a table look-up each) that looks up the
 * figure grammar's words where one may start, reads every count's value and keeps one small
 * object per count. Any reader of a grammar of words in JavaScript that says where each number
 * stands does at least this, before it gives a word a role or a count a field; its ratio to the
 * plain scan is what is left for all the rest.
 *
 * @example
 * floorScan('新增确诊病例12例，无症状感染者三例').counts.map((count) => count.value); // [12, 3]
 */
export function floorScan(text: string): FloorReading {
  const folded = text.normalize('NFKC');
  const counts: FloorReading['counts'] = [];
  let words = 0;
  let start = -1; // where the numeral being read started
  let kind = 0; // its class: 1 Arabic, 2 Chinese
  let value = 0;
  for (let index = 0; index < folded.length; index++) {
    const code = folded.charCodeAt(index);
    const charClass = CLASS[code]!;
    if (charClass === 1 || charClass === 2) {
      if (start < 0 || kind !== charClass) {
        start = index;
        kind = charClass;
        value = 0;
      }
      if (charClass === 1) value = value * 10 + code - 0x30;
      continue;
    }
    if (start >= 0) {
      // (one blank may stand between a numeral and its counter, as in the plain scan)
      const counterAt = charClass === 4 && index + 1 < folded.length ? index + 1 : index;
      if (CLASS[folded.charCodeAt(counterAt)] === 3) {
        const read = kind === 1 ? value : chineseValue(folded.slice(start, index));
        counts.push({ value: read, start, end: counterAt + 1 });
      }
      start = -1;
    }
    const slot = FIRST_SLOT[code]!;
    if (slot === 0) continue;
    for (const word of LISTS[slot]!) {
      if (folded.startsWith(word, index)) {
        words++;
        index += word.length - 1;
        break;
      }
    }
  }
  return { counts, words };
}
