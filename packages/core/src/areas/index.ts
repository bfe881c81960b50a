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
