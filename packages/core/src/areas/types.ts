/**
 * Plain types of the areas domain. Data-free: the root of `@fangkong/core` and the extraction code
 * may import them without loading the division table, which only `@fangkong/core/areas` carries.
 */
import type { Span, Warning } from '../types';

/**
 * The levels of a Chinese area name, from the province down to a door number:
 * 省 > 市 > 区/市/县 (also 新区/先导区) > 街道/镇/乡 > 社区/村 > 屯/小区/组 > 楼/栋 > 单元 > 号/室.
 * `village` is the official 村级 level: a 社区居委会 or a 村委会.
 */
export type AreaLevel =
  | 'province'
  | 'city'
  | 'county'
  | 'township'
  | 'village'
  | 'locality'
  | 'building'
  | 'unit'
  | 'number';

/** One level of an area name as written. */
export interface AreaNamePart {
  /** The part with spaces and line breaks removed and marker characters simplified, e.g. `和平社区`. */
  name: string;
  /** The level its ending says (`街道` → township), `null` when it has no known ending. */
  level: AreaLevel | null;
  /** Where it is in the input. */
  span: Span;
}

/** The result of {@link "@fangkong/core/areas"!parseAreaName | parseAreaName} (`@fangkong/core/areas`). */
export interface ParsedAreaName {
  /** The levels in the order written. */
  parts: AreaNamePart[];
  /** The name with the parts joined (spaces and line breaks removed). */
  name: string;
  warnings: Warning[];
}

/**
 * How well a level matched the official list:
 * - `exact`: the official name, or it without its committee/office ending (`和平社区` for 和平社区居委会);
 * - `alias`: a functional area mapped to the administrative unit that holds it (金普新区 → 金州区);
 * - `suffixStripped`: the names agree once their endings are dropped (`海洋村` for 海洋居委会,
 *   `庄河` for 庄河市).
 */
export type AreaMatchKind = 'exact' | 'alias' | 'suffixStripped';

/** Confidence of a whole resolution: the weakest match on the path, or why there is no code. */
export type AreaConfidence = AreaMatchKind | 'ambiguous' | 'unresolved';

/** One official division. */
export interface Division {
  /** The 12-digit statistical division code, e.g. `210213031001`. */
  code: string;
  /** The official name, e.g. `和平社区居委会`. */
  name: string;
  /** Its level: province, city, county, township or village. */
  level: 'province' | 'city' | 'county' | 'township' | 'village';
}

/** A division matched by a part of the input. */
export interface MatchedDivision extends Division {
  /** How the written name matched the official one. */
  match: AreaMatchKind;
  /** The text that matched it, in the input. */
  span: Span;
}

/** The result of resolving an area name against the official division list. */
export interface ResolvedArea {
  /** The input as given. */
  input: string;
  /**
   * The 12-digit code of the deepest division the list knows for this name, or of the common
   * ancestor of the candidates when the name is ambiguous; `null` when nothing matched.
   */
  code: string | null;
  /** The divisions from the province down to the deepest match (official names). */
  path: Division[];
  /** The divisions that the input itself named, with how each matched. */
  matches: MatchedDivision[];
  /** The weakest match on the path, `ambiguous` when several divisions fit equally, or `unresolved`. */
  confidence: AreaConfidence;
  /** Codes of the equally good candidates when ambiguous (at most 10). */
  candidates: string[];
  /** Levels below the deepest official division (屯, 小区, 楼, 单元, 号), parsed from the text. */
  below: AreaNamePart[];
  warnings: Warning[];
}

/** Where to look for a name that could be in several places (many 城关街道 exist in China). */
export interface AreaOptions {
  /**
   * A division that holds the name: an official code (2 to 12 digits, e.g. `2102`) or a name
   * (`大连市`, `辽宁省大连市`, `金普新区`).
   */
  within?: string;
}

/** One item of a list of areas, with the prefix it inherits from the items before it. */
export interface AreaListItem {
  /** The item as written (spaces kept), e.g. `城关街道日新社区黄海明珠五期小区`. */
  text: string;
  /** Where the item is in the input. */
  span: Span;
  /** Its levels as written. */
  parts: AreaNamePart[];
  /** The levels inherited from the previous item (or the context prefix), outermost first. */
  inherited: AreaNamePart[];
  /** The full name: inherited levels then the item's own, e.g. `庄河市城关街道日新社区黄海明珠五期小区`. */
  fullName: string;
}

/** The result of {@link "@fangkong/core/areas"!expandAreaList | expandAreaList} (`@fangkong/core/areas`). */
export interface AreaList {
  items: AreaListItem[];
  /**
   * The count the text declares after the list (`4个中风险地区` → 4, `等30个` → 30), `null` when
   * it gives none. It may exceed `items.length` when the list says `等` (and others).
   */
  declaredCount: number | null;
  /** Set when the list ends with `等` before the count: the items are examples, not all. */
  truncated: boolean;
  warnings: Warning[];
}
