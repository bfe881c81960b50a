import { REGION_TABLE } from './regionTable';

/** A bulletin's region as the official division: its name and 6-digit code. */
export interface ResolvedRegion {
  name: string;
  code: string;
}

/** Endings a region may be written with or without, longest first. */
const SUFFIXES = [
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '特别行政区',
  '自治区',
  '自治州',
  '地区',
  '省',
  '市',
  '盟',
];

function shortName(name: string): string {
  for (const suffix of SUFFIXES) {
    if (name.length > suffix.length + 1 && name.endsWith(suffix)) return name.slice(0, -suffix.length);
  }
  return name;
}

/** The peoples named in autonomous prefectures' official names (`延边朝鲜族自治州`, `伊犁哈萨克自治州`). */
const PEOPLES = [
  '朝鲜族',
  '土家族',
  '布依族',
  '哈尼族',
  '景颇族',
  '傈僳族',
  '蒙古族',
  '苗族',
  '藏族',
  '羌族',
  '彝族',
  '侗族',
  '傣族',
  '白族',
  '回族',
  '柯尔克孜',
  '哈萨克',
  '蒙古',
];

/**
 * The names an autonomous prefecture goes by in bulletins: its place name without the peoples and
 * with or without 州 (`延边朝鲜族自治州` → `延边`, `延边州`); none for other regions.
 */
function prefectureNames(name: string): string[] {
  if (!name.endsWith('自治州')) return [];
  let place = name.slice(0, -'自治州'.length);
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const people of PEOPLES) {
      if (place.length > people.length + 1 && place.endsWith(people)) {
        place = place.slice(0, -people.length);
        stripped = true;
      }
    }
  }
  return [place, `${place}州`];
}

interface Tables {
  byName: Map<string, ResolvedRegion>;
  byShort: Map<string, ResolvedRegion>;
}

let tables: Tables | null = null;

/** Built on first use: official names, and short names (a province wins over a city: 吉林). */
function regionTables(): Tables {
  if (tables) return tables;
  const byName = new Map<string, ResolvedRegion>();
  const byShort = new Map<string, ResolvedRegion>();
  for (const entry of REGION_TABLE.split('|')) {
    const region = { code: entry.slice(0, 6), name: entry.slice(6) };
    byName.set(region.name, region);
    const short = shortName(region.name);
    const other = byShort.get(short);
    if (!other || (other.code.endsWith('0000') === false && region.code.endsWith('0000')))
      byShort.set(short, region);
    for (const alias of prefectureNames(region.name)) if (!byShort.has(alias)) byShort.set(alias, region);
  }
  tables = { byName, byShort };
  return tables;
}

/**
 * The official name and 6-digit code of a province or prefecture-level region as a bulletin writes
 * it: with or without its ending (`辽宁` / `辽宁省`, `大连` / `大连市`, `新疆` → 新疆维吾尔自治区,
 * `延边` / `延边州` → 延边朝鲜族自治州); null when it is not one (a district, `全市`).
 */
export function resolveRegion(name: string): ResolvedRegion | null {
  const { byName, byShort } = regionTables();
  const exact = byName.get(name);
  if (exact) return exact;
  const short = byShort.get(shortName(name));
  if (!short) return null;
  // `吉林市` is the city even though bare `吉林` is the province.
  if (name.endsWith('市') && short.code.endsWith('0000') && !short.name.endsWith('市')) {
    for (const region of byName.values()) if (region.name === name) return region;
    return null;
  }
  return short;
}

/** The names `lastRegionIn` looks for, longest first, grouped by their first code unit. */
let namesByFirstUnit: Map<number, string[]> | null = null;

/** Official names and bare province names, longest first (ties in table order). */
function regionNames(): string[] {
  const { byName, byShort } = regionTables();
  const names = [
    ...byName.keys(),
    ...[...byShort.entries()].filter(([, r]) => r.code.endsWith('0000')).map(([s]) => s),
  ];
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

/**
 * The last region named in `text` (`截至1月7日24时河南省…` → 河南省): official names and bare
 * province names, longest first. Reads as one regular expression `name|name|…` (longest first)
 * matched left to right without overlaps would, keeping the last match; but a position whose code
 * unit starts no name is passed over with one look-up instead of trying every name there.
 */
export function lastRegionIn(text: string): ResolvedRegion | null {
  if (!namesByFirstUnit) {
    namesByFirstUnit = new Map();
    for (const name of regionNames()) {
      const first = name.charCodeAt(0);
      const group = namesByFirstUnit.get(first);
      if (group) group.push(name);
      else namesByFirstUnit.set(first, [name]);
    }
  }
  let last: string | null = null;
  let at = 0;
  while (at < text.length) {
    const match = namesByFirstUnit.get(text.charCodeAt(at))?.find((name) => text.startsWith(name, at));
    if (match === undefined) {
      at++;
      continue;
    }
    last = match;
    at += match.length;
  }
  return last === null ? null : resolveRegion(last);
}

/** `lastRegionIn` as it was first written, one regular expression over every name: its tests' reference. */
export function lastRegionInByPattern(text: string): ResolvedRegion | null {
  const pattern = new RegExp(regionNames().join('|'), 'g');
  let found: ResolvedRegion | null = null;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) found = resolveRegion(match[0]);
  return found;
}
