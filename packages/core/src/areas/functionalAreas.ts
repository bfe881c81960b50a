/**
 * Functional areas (新区, 先导区, 经济区, 园区): names that bulletins use as if they were districts
 * but that are not administrative units, so the official list has no code of their own. Each is
 * mapped to the county-level division that holds it (or holds most of it), as data.
 */
export interface FunctionalArea {
  /** The name as bulletins write it. */
  name: string;
  /** The 6-digit code of the county-level division it maps to. */
  code: string;
  /** Why this mapping, for the reader. */
  note: string;
  /** A generic name (保税区, 高新区) that means this area only inside its city. */
  cityOnly?: boolean;
}

/** The functional areas that Dalian's bulletins name (区市县(先导区)). */
const DALIAN_FUNCTIONAL_AREAS: readonly FunctionalArea[] = [
  {
    name: '金普新区',
    code: '210213',
    note: '大连金普新区 administers 金州区; its streets carry 210213 codes',
  },
  { name: '大连金普新区', code: '210213', note: 'full name of 金普新区' },
  { name: '金州新区', code: '210213', note: 'name of 金普新区 before 2014' },
  { name: '大连经济技术开发区', code: '210213', note: 'part of 金普新区, in 金州区' },
  { name: '大连保税区', code: '210213', note: 'part of 金普新区, in 金州区' },
  { name: '保税区', code: '210213', note: 'Dalian usage: 大连保税区, in 金州区', cityOnly: true },
  {
    name: '普湾新区',
    code: '210213',
    note: 'merged into 金普新区 (2014); its streets are coded under 金州区 today',
  },
  {
    name: '高新园区',
    code: '210211',
    note: '大连高新技术产业园区: 凌水 and 七贤岭 streets are coded under 甘井子区',
    cityOnly: true,
  },
  { name: '高新区', code: '210211', note: 'short for 大连高新技术产业园区', cityOnly: true },
  { name: '大连高新技术产业园区', code: '210211', note: 'its streets are coded under 甘井子区' },
  { name: '长兴岛经济区', code: '210281', note: '长兴岛 and 交流岛 streets are coded under 瓦房店市' },
  { name: '长兴岛', code: '210281', note: 'short for 长兴岛经济区', cityOnly: true },
  { name: '花园口经济区', code: '210283', note: 'in 庄河市' },
];

/** Wenzhou's industrial clusters, which its 2020 bulletins list beside the districts. */
const WENZHOU_FUNCTIONAL_AREAS: readonly FunctionalArea[] = [
  { name: '浙南产业集聚区', code: '330303', note: 'seated in 龙湾区 (温州经济技术开发区)' },
  { name: '瓯江口产业集聚区', code: '330303', note: '灵昆街道, coded under 龙湾区' },
];

/** Every functional area the resolver knows. */
export const FUNCTIONAL_AREAS: readonly FunctionalArea[] = [
  ...DALIAN_FUNCTIONAL_AREAS,
  ...WENZHOU_FUNCTIONAL_AREAS,
];
