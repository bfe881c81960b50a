import { expectText } from '../_internal/args';
import type { Warning } from '../types';
import { normalizeAreaText } from './_internal/normalizeAreaText';
import { splitAreaParts } from './_internal/splitAreaParts';
import type { ParsedAreaName } from './types';

/**
 * Splits an area name into its levels by their endings (省, 市, 区/县/新区/先导区, 街道/镇/乡,
 * 社区/村, 屯/小区/组/队, 楼/栋, 单元, 号/室). Spaces and line breaks inside the name are dropped and
 * traditional endings are read (`區`, `鎮`); spans point into the input. It uses no division data,
 * so it is cheap and never loads the table: {@link resolveArea} matches names against the list.
 *
 * @param input - an area name as written, e.g. `庄河市城关街道海洋村刘亮屯`
 * @returns the parts in order, each with its level (`null` when it has no known ending)
 *
 * @example
 * parseAreaName('金普新区光中街道和平 社区').parts.map((p) => [p.name, p.level]);
 * // → [['金普新区', 'county'], ['光中街道', 'township'], ['和平社区', 'village']]
 */
export function parseAreaName(input: string): ParsedAreaName {
  expectText(input, 'input');
  const normalized = normalizeAreaText(input);
  const parts = splitAreaParts(normalized);
  const warnings: Warning[] = [];
  if (parts.length === 0) {
    warnings.push({ code: 'EMPTY_AREA_NAME', message: 'The area name is empty once spaces are removed.' });
  }
  return { parts, name: parts.map((part) => part.name).join(''), warnings };
}
