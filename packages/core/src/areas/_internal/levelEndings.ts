import type { AreaLevel } from '../types';

/**
 * Endings that mark the level of an area name, longest first where one ends another
 * (`社区` before `区`). `市` is a city here; a `市` after a city is a county-level city.
 * `地区` is left out on purpose: in bulletins it almost always means a risk area (中风险地区).
 */
const LEVEL_ENDINGS: readonly (readonly [string, AreaLevel])[] = [
  ['特别行政区', 'province'],
  ['自治区', 'province'],
  ['省', 'province'],
  ['自治州', 'city'],
  ['盟', 'city'],
  ['市', 'city'],
  ['先导区', 'county'],
  ['新区', 'county'],
  ['自治县', 'county'],
  ['自治旗', 'county'],
  ['县', 'county'],
  ['旗', 'county'],
  ['街道办事处', 'township'],
  ['街道', 'township'],
  ['办事处', 'township'],
  ['苏木', 'township'],
  ['镇', 'township'],
  ['乡', 'township'],
  ['社区居民委员会', 'village'],
  ['社区居委会', 'village'],
  ['居民委员会', 'village'],
  ['村民委员会', 'village'],
  ['居委会', 'village'],
  ['村委会', 'village'],
  ['社区', 'village'],
  ['嘎查', 'village'],
  ['村', 'village'],
  ['小区', 'locality'],
  ['屯', 'locality'],
  ['组', 'locality'],
  ['队', 'locality'],
  ['区', 'county'],
  ['号楼', 'building'],
  ['栋', 'building'],
  ['幢', 'building'],
  ['楼', 'building'],
  ['单元', 'unit'],
  ['室', 'number'],
  ['号', 'number'],
];

/** Rank of each level, outermost first. */
export const LEVEL_RANK: Readonly<Record<AreaLevel, number>> = {
  province: 0,
  city: 1,
  county: 2,
  township: 3,
  village: 4,
  locality: 5,
  building: 6,
  unit: 7,
  number: 8,
};

/** The ending of `text` that starts at `index`, longest first, if any. */
export function endingAt(text: string, index: number): readonly [string, AreaLevel] | undefined {
  for (const entry of LEVEL_ENDINGS) {
    if (text.startsWith(entry[0], index)) return entry;
  }
  return undefined;
}
