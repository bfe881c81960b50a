/**
 * Administrative division codes: resolving area names to their 12-digit codes, area lists and
 * names. Carries the division table (3 MB gzipped), so it is its own entry point.
 *
 * @module @fangkong/core/areas
 */
export type {
  AreaConfidence,
  AreaOptions,
  AreaLevel,
  AreaList,
  AreaListItem,
  AreaMatchKind,
  AreaNamePart,
  Division,
  MatchedDivision,
  ParsedAreaName,
  ResolvedArea,
} from './types';
export type { FunctionalArea } from './functionalAreas';
export type { ListedDivision } from './listDivisions';
export { FUNCTIONAL_AREAS } from './functionalAreas';
export { parseAreaName } from './parseAreaName';
export { expandAreaList } from './expandAreaList';
export { divisionByCode, divisionDataSource, resolveArea } from './resolveArea';
export { listDivisions } from './listDivisions';
