/**
 * Writes `dict/fangkong.dict.utf8`, the nodejieba user dictionary of @fangkong/jieba: official
 * division names (whole country from provinces to townships, villages of Liaoning) with their
 * short forms, the functional areas, and the domain terms of `src/terms.ts`.
 *
 * Run from packages/jieba: `npx tsx scripts/build-dict.ts` (`--check` fails when the committed
 * file differs). The file is committed so that a fresh clone needs no generation step.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FUNCTIONAL_AREAS, listDivisions } from '../../core/src/areas/index';
import { DOMAIN_TERMS } from '../src/terms';

const outFile = resolve(dirname(fileURLToPath(import.meta.url)), '../dict/fangkong.dict.utf8');

/** Provinces whose villages (社区, 村) go into the dictionary: Liaoning (the seeds are Dalian's). */
export const VILLAGE_PROVINCES = ['21'];
/** Frequency written for domain terms (the default dictionary sums to about 60 million). */
const TERM_FREQUENCY = 200000;

export function buildDictionary(): string {
  const words = new Map<string, string>();
  const add = (word: string, tag: string) => {
    // Words of one character would break ordinary text apart; spaces would break the file format.
    if ([...word].length < 2 || /\s/.test(word) || words.has(word)) return;
    words.set(word, tag);
  };
  // Domain terms get a high frequency: 本土 must beat 本 + 土 (a word without one gets the median).
  for (const term of DOMAIN_TERMS) add(term, `${TERM_FREQUENCY} n`);
  for (const area of FUNCTIONAL_AREAS) add(area.name, 'ns');
  const divisions = [
    ...listDivisions({ deepest: 'township' }),
    ...VILLAGE_PROVINCES.flatMap((code) =>
      listDivisions({ within: code, deepest: 'village' }).filter((d) => d.level === 'village'),
    ),
  ];
  for (const division of divisions) {
    add(division.name, 'ns');
    // Short forms that keep an ending (和平社区, 城关街道); bare cores only above townships (庄河).
    for (const short of division.shortNames) {
      const bare = !/(社区|村|街道|镇|乡|苏木|嘎查)$/.test(short);
      if (bare && (division.level === 'township' || division.level === 'village')) continue;
      add(short, 'ns');
    }
  }
  return [...words.entries()].map(([word, tag]) => `${word} ${tag}`).join('\n') + '\n';
}

const text = buildDictionary();
if (process.argv.includes('--check')) {
  if (readFileSync(outFile, 'utf8') !== text) {
    console.error(`${outFile} is out of date: run npx tsx scripts/build-dict.ts`);
    process.exit(1);
  }
  console.log(`${outFile} is up to date`);
} else {
  writeFileSync(outFile, text);
  console.log(
    `wrote ${outFile}: ${text.split('\n').length - 1} words, ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB`,
  );
}
