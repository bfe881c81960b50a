/**
 * Load time and segmentation speed of @fangkong/jieba on the five seeds × 10.
 * Run from packages/jieba: `npx tsx bench/run.ts` (or `pnpm bench`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createJiebaSegmenter, loadJieba } from '../src/index';

const seeds = resolve(import.meta.dirname, '../../../../shared/seeds');
const text = readdirSync(seeds)
  .sort()
  .map((file) => readFileSync(join(seeds, file), 'utf8'))
  .join('\n')
  .repeat(10);

let started = performance.now();
const segmenter = createJiebaSegmenter();
console.log(`import + create: ${(performance.now() - started).toFixed(1)} ms (nodejieba not loaded)`);
const { info } = loadJieba();
console.log(`load nodejieba + dictionaries: ${info.loadMillis.toFixed(0)} ms`);

const bytes = Buffer.byteLength(text);
const measure = (label: string, run: () => unknown) => {
  run();
  started = performance.now();
  run();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${label}: ${(bytes / 1e6 / seconds).toFixed(2)} MB/s, ${Math.round(text.length / seconds).toLocaleString('en')} chars/s`,
  );
};
console.log(`input: seeds × 10 = ${text.length.toLocaleString('en')} chars, ${(bytes / 1e6).toFixed(2)} MB`);
measure('cut', () => segmenter.cut(text));
measure('tokens (with offsets)', () => segmenter.tokens(text));
measure('searchTokens', () => segmenter.searchTokens(text));
measure('keywords', () => segmenter.keywords(text, 20));
