/**
 * Size, load time and lookup speed of `@fangkong/core/areas`.
 * Run from packages/core: `npx tsx bench/areas.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dataFile = resolve(import.meta.dirname, '../data/divisions.json');
const bytes = readFileSync(dataFile);
console.log(
  `data: ${(bytes.length / 1e6).toFixed(2)} MB on disk, ${(gzipSync(bytes, { level: 9 }).length / 1e6).toFixed(2)} MB gzipped`,
);

let started = performance.now();
const areas = await import('../src/areas/index');
const importMillis = performance.now() - started;
started = performance.now();
areas.resolveArea('大连市');
console.log(
  `load: import ${importMillis.toFixed(0)} ms, first lookup (decodes the table) ${(performance.now() - started).toFixed(0)} ms`,
);

const names: [string, { within: string }?][] = [
  ['金普新区光中街道和平社区'],
  ['站前街道御龙湾社区', { within: '金普新区' }],
  ['庄河市城关街道海洋村刘亮屯'],
  ['沙河口区星海湾街道星海公园社区'],
  ['上海市浦东新区'],
  ['鹿城区', { within: '温州市' }],
  ['城关街道海洋村', { within: '大连市' }],
  ['莊河市城關街道海洋村'],
];
for (const [name, context] of names) areas.resolveArea(name, context);
const rounds = 2000;
started = performance.now();
for (let i = 0; i < rounds; i++) for (const [name, context] of names) areas.resolveArea(name, context);
const perSecond = (rounds * names.length) / ((performance.now() - started) / 1000);
console.log(`resolveArea: ${Math.round(perSecond).toLocaleString('en')} lookups/s (warm, mixed names)`);

started = performance.now();
const cold = areas.resolveArea('城关街道');
console.log(
  `resolveArea('城关街道') without context: ${(performance.now() - started).toFixed(1)} ms, ${cold.confidence}`,
);
const list =
  '庄河市城关街道日新社区世纪百合小区、城关街道日新社区黄海明珠五期小区、新华街道长征社区、兰店乡鲍码村三队4个中风险地区';
started = performance.now();
for (let i = 0; i < 10000; i++) areas.expandAreaList(list);
console.log(
  `expandAreaList: ${Math.round(10000 / ((performance.now() - started) / 1000)).toLocaleString('en')} lists/s`,
);
