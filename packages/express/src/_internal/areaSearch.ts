/**
 * Area search by name: jieba's search tokens over the areas the store knows, and the official
 * division the query resolves to. nodejieba (over a second to load) and the division table are
 * imported on the first search only, never on another endpoint's path.
 */
import type { Segmenter } from '@fangkong/core';
import type { AreaTrack, Derived } from './derived';

let segmenter: Promise<Segmenter> | undefined;

/** The jieba segmenter, created on first use. */
function loadSegmenter(): Promise<Segmenter> {
  segmenter ??= import('@fangkong/jieba').then((jieba) => jieba.createJiebaSegmenter());
  return segmenter;
}

interface Indexed {
  track: AreaTrack;
  words: Set<string>;
}

const indexes = new WeakMap<Derived, Indexed[]>();

function wordsOf(tokenizer: Segmenter, text: string): Set<string> {
  const words = new Set<string>();
  for (const token of tokenizer.searchTokens(text)) {
    const word = token.word.trim();
    // Single characters (的, 区, 村) match everything: only words of two or more count.
    if ([...word].length >= 2) words.add(word);
  }
  return words;
}

export interface AreaHit {
  track: AreaTrack;
  score: number;
}

/** The known areas whose names hold the query's words, best first. */
export async function searchAreas(derived: Derived, query: string, limit: number): Promise<AreaHit[]> {
  const tokenizer = await loadSegmenter();
  let index = indexes.get(derived);
  if (index === undefined) {
    index = derived.tracks.map((track) => ({ track, words: wordsOf(tokenizer, track.area) }));
    indexes.set(derived, index);
  }
  const wanted = wordsOf(tokenizer, query);
  const hits: AreaHit[] = [];
  for (const item of index) {
    let score: number;
    if (item.track.area.includes(query)) score = 1;
    else if (wanted.size === 0) continue;
    else {
      let found = 0;
      for (const word of wanted) if (item.words.has(word) || item.track.area.includes(word)) found++;
      score = found / wanted.size;
    }
    if (score > 0) hits.push({ track: item.track, score: Math.round(score * 1000) / 1000 });
  }
  hits.sort(
    (a, b) => b.score - a.score || (a.track.area < b.track.area ? -1 : a.track.area > b.track.area ? 1 : 0),
  );
  return hits.slice(0, limit);
}

/** The official division of a name (`@fangkong/core/areas`), or null when nothing matched. */
export async function resolveOfficial(query: string, within: string | undefined) {
  const areas = await import('@fangkong/core/areas');
  const resolved = areas.resolveArea(query, within === undefined ? {} : { within });
  if (resolved.confidence === 'unresolved') return null;
  return {
    code: resolved.code,
    confidence: resolved.confidence,
    path: resolved.path.map((division) => ({
      code: division.code,
      name: division.name,
      level: division.level,
    })),
    candidates: resolved.candidates,
  };
}
