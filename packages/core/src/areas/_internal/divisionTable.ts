/**
 * The official division table, decoded from the compact JSON that `scripts/build-divisions.ts`
 * writes. Provinces to townships (~45,000) are decoded on first use; the villages of a township
 * (~620,000 in all) only when a search reaches that township.
 */
// The data stays a JSON file beside the build (one copy for ESM and CJS), imported through the
// package's own exports map.
import table from '@fangkong/core/data/divisions.json' with { type: 'json' };
import { FUNCTIONAL_AREAS } from '../functionalAreas';

/** 0 province, 1 city, 2 county, 3 township, 4 village. */
export type TableLevel = 0 | 1 | 2 | 3 | 4;

export interface MatchKey {
  key: string;
  /** `exact`: the name or its short form; `core`: the name without its ending; `alias`: functional area. */
  kind: 'exact' | 'core' | 'alias';
}

export interface DivisionNode {
  /** The significant digits of the code (2, 4, 6, 9 or 12). */
  code: string;
  name: string;
  level: TableLevel;
  parent: DivisionNode | null;
  /** Children of provinces to counties; villages of a township once decoded. */
  children: DivisionNode[];
  /** 市辖区, 县, 省直辖县级行政区划: a city level that texts never name. */
  transparent: boolean;
  keys: MatchKey[];
  /** The encoded villages of a township, until decoded. */
  encodedVillages?: string;
}

interface EncodedTable {
  source: string;
  digits: number[];
  endings: string[];
  markers: string;
  traditional: string;
  levels: string[];
}

const TRANSPARENT = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** Committee and office endings dropped to get the name people write (和平社区居委会 → 和平社区). */
const COMMITTEE_ENDINGS: readonly (readonly [string, string])[] = [
  ['社区居民委员会', '社区'],
  ['社区居委会', '社区'],
  ['村民委员会', '村'],
  ['村委会', '村'],
  ['街道办事处', '街道'],
  ['居民委员会', ''],
  ['居委会', ''],
  ['委员会', ''],
  ['办事处', ''],
];

/** Endings of each level, longest first: dropped from official names, accepted after a core in text. */
export const FAMILY_ENDINGS: readonly (readonly string[])[] = [
  ['特别行政区', '自治区', '省', '市'],
  ['自治州', '地区', '盟', '市'],
  ['自治县', '自治旗', '新区', '林区', '特区', '区', '县', '市', '旗'],
  ['街道办事处', '民族乡', '街道', '苏木', '地区', '镇', '乡'],
  ['社区居民委员会', '社区居委会', '居民委员会', '村民委员会', '居委会', '村委会', '社区', '嘎查', '村'],
];

const ETHNIC_GROUPS = [
  '维吾尔',
  '柯尔克孜',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '达斡尔',
  '鄂伦春',
  '哈萨克',
  '塔吉克',
  '塔塔尔',
  '蒙古',
  '布依',
  '朝鲜',
  '土家',
  '哈尼',
  '傈僳',
  '拉祜',
  '东乡',
  '纳西',
  '景颇',
  '仫佬',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '德昂',
  '保安',
  '裕固',
  '独龙',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '高山',
  '回',
  '藏',
  '苗',
  '彝',
  '壮',
  '满',
  '侗',
  '瑶',
  '白',
  '傣',
  '黎',
  '佤',
  '畲',
  '水',
  '土',
  '羌',
  '怒',
  '京',
  '汉',
  '各',
];

function stripEthnic(name: string): string {
  let rest = name;
  for (;;) {
    const withoutZu = rest.endsWith('族') ? rest.slice(0, -1) : rest;
    const group = ETHNIC_GROUPS.find((g) => withoutZu.endsWith(g) && withoutZu.length - g.length >= 2);
    if (!group) return rest;
    rest = withoutZu.slice(0, -group.length);
  }
}

/** The keys a written name may match for an official name at a level. */
export function keysFor(name: string, level: TableLevel): MatchKey[] {
  const keys: MatchKey[] = [{ key: name, kind: 'exact' }];
  let short = name;
  for (const [ending, replacement] of COMMITTEE_ENDINGS) {
    if (name.endsWith(ending) && name.length > ending.length) {
      short = name.slice(0, -ending.length) + replacement;
      break;
    }
  }
  const family = FAMILY_ENDINGS[level]!;
  const typed = family.some((ending) => short.endsWith(ending) && short.length > ending.length);
  if (short !== name && typed) keys.push({ key: short, kind: 'exact' });
  let core = short;
  const ending = family.find((e) => core.endsWith(e) && core.length > e.length);
  if (ending) core = core.slice(0, -ending.length);
  core = stripEthnic(core);
  if (core.length >= 2 && !keys.some((k) => k.key === core)) keys.push({ key: core, kind: 'core' });
  return keys;
}

export interface DivisionTable {
  source: string;
  provinces: DivisionNode[];
  byCode: Map<string, DivisionNode>;
  /** Provinces to townships and functional areas, by the first two characters of each key. */
  index: Map<string, DivisionNode[]>;
  traditional: Map<string, string>;
  digits: readonly number[];
}

let cached: DivisionTable | undefined;

function decodeName(encoded: string, data: EncodedTable): string {
  const marker = data.markers.indexOf(encoded[encoded.length - 1]!);
  return marker < 0 ? encoded : encoded.slice(0, -1) + data.endings[marker];
}

function decodeGroup(
  group: string,
  parent: DivisionNode,
  level: TableLevel,
  data: EncodedTable,
): DivisionNode[] {
  if (group === '') return [];
  const width = data.digits[level]!;
  let previous = 0;
  return group.split('|').map((entry) => {
    const colon = entry.indexOf(':');
    const suffix = colon < 0 ? previous + 1 : Number(entry.slice(0, colon));
    previous = suffix;
    const name = decodeName(colon < 0 ? entry : entry.slice(colon + 1), data);
    return {
      code: parent.code + String(suffix).padStart(width, '0'),
      name,
      level,
      parent,
      children: [],
      transparent: level === 1 && TRANSPARENT.has(name),
      keys: keysFor(name, level),
    };
  });
}

/** The villages of a township, decoded on first use. */
export function villagesOf(township: DivisionNode): DivisionNode[] {
  if (township.level !== 3) return [];
  if (township.encodedVillages !== undefined) {
    township.children = decodeGroup(township.encodedVillages, township, 4, table as EncodedTable);
    delete township.encodedVillages;
  }
  return township.children;
}

function addToIndex(index: Map<string, DivisionNode[]>, key: string, node: DivisionNode): void {
  const head = key.slice(0, 2);
  const list = index.get(head);
  if (!list) index.set(head, [node]);
  else if (list[list.length - 1] !== node) list.push(node);
}

/** Decodes the table once per process (about 45,000 divisions; villages stay encoded). */
export function divisionTable(): DivisionTable {
  if (cached) return cached;
  const data = table as EncodedTable;
  const root: DivisionNode = {
    code: '',
    name: '',
    level: 0,
    parent: null,
    children: [],
    transparent: true,
    keys: [],
  };
  const byCode = new Map<string, DivisionNode>();
  const index = new Map<string, DivisionNode[]>();
  let parents: DivisionNode[] = [root];
  for (let level = 0; level < 4; level++) {
    const groups = data.levels[level]!.split('\n');
    if (groups.length !== parents.length) throw new Error(`division table level ${level + 1} is corrupt`);
    const next: DivisionNode[] = [];
    for (let g = 0; g < groups.length; g++) {
      const parent = parents[g]!;
      const children = decodeGroup(groups[g]!, parent === root ? root : parent, level as TableLevel, data);
      for (const child of children) {
        if (parent === root) child.parent = null;
        byCode.set(child.code, child);
        if (!child.transparent) for (const { key } of child.keys) addToIndex(index, key, child);
        next.push(child);
      }
      parent.children = children;
    }
    parents = next;
  }
  const villageGroups = data.levels[4]!.split('\n');
  if (villageGroups.length !== parents.length) throw new Error('division table villages are corrupt');
  parents.forEach((township, i) => {
    township.encodedVillages = villageGroups[i]!;
  });
  for (const area of FUNCTIONAL_AREAS) {
    const target = byCode.get(area.code);
    if (!target) throw new Error(`functional area ${area.name} maps to unknown code ${area.code}`);
    // An alias node stands for its target; `keys` carries the alias name.
    const alias: DivisionNode = { ...target, keys: [{ key: area.name, kind: 'alias' }], transparent: false };
    Object.defineProperty(alias, 'aliasOf', { value: target, enumerable: false });
    Object.defineProperty(alias, 'cityOnly', { value: area.cityOnly === true, enumerable: false });
    addToIndex(index, area.name, alias);
  }
  const traditional = new Map<string, string>();
  for (let i = 0; i + 1 < data.traditional.length; i += 2) {
    traditional.set(data.traditional[i]!, data.traditional[i + 1]!);
  }
  cached = { source: data.source, provinces: root.children, byCode, index, traditional, digits: data.digits };
  return cached;
}

/** The division an alias node stands for, or the node itself. */
export function targetOf(node: DivisionNode): DivisionNode {
  return (node as DivisionNode & { aliasOf?: DivisionNode }).aliasOf ?? node;
}

/** Whether an alias is generic and means its division only inside its city. */
export function isCityOnlyAlias(node: DivisionNode): boolean {
  return (node as DivisionNode & { cityOnly?: boolean }).cityOnly === true;
}

/** Finds a division (villages included) by its code, 2 to 12 digits, trailing zeros allowed. */
export function nodeByCode(code: string): DivisionNode | undefined {
  const t = divisionTable();
  const lengths = [12, 9, 6, 4, 2];
  let significant = code;
  if (code.length === 12) {
    for (const length of lengths) {
      if (/^0*$/.test(code.slice(length))) significant = code.slice(0, length);
    }
  }
  if (significant.length === 12) {
    const township = t.byCode.get(significant.slice(0, 9));
    return township ? villagesOf(township).find((v) => v.code === significant) : undefined;
  }
  return t.byCode.get(significant);
}
