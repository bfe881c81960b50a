import { expectOptions, isString, oneOf, optional } from '../_internal/args';
import { type DivisionNode, divisionTable, keysFor, nodeByCode, villagesOf } from './_internal/divisionTable';
import type { Division } from './types';

const LEVEL_NAMES = ['province', 'city', 'county', 'township', 'village'] as const;

/** A division with the short forms people write for it (for dictionaries and search). */
export interface ListedDivision extends Division {
  /** Other ways to write it: `和平社区` for 和平社区居委会, `庄河` for 庄河市. */
  shortNames: string[];
}

const LIST_DIVISIONS_OPTIONS = { deepest: optional(oneOf(LEVEL_NAMES)), within: optional(isString) };

/**
 * Lists official divisions, outermost first, e.g. to build a segmentation dictionary. Skips the
 * unnamed city level of municipalities (市辖区, 县).
 *
 * @param options - `deepest`: the deepest level to list (default `township`); `within`: a code
 *   (2 to 9 digits) whose descendants alone are listed
 * @returns the divisions with their short names
 *
 * @example
 * listDivisions({ within: '210283', deepest: 'township' }).map((d) => d.name).slice(0, 3);
 * // → ['庄河市', '城关街道', '新华街道']
 */
export function listDivisions(
  options: { deepest?: Division['level']; within?: string } = {},
): ListedDivision[] {
  expectOptions(options, 'options', LIST_DIVISIONS_OPTIONS);
  const deepest = LEVEL_NAMES.indexOf(options.deepest ?? 'township');
  const out: ListedDivision[] = [];
  const visit = (node: DivisionNode) => {
    if (node.level > deepest) return;
    if (!node.transparent) {
      out.push({
        code: node.code.padEnd(12, '0'),
        name: node.name,
        level: LEVEL_NAMES[node.level],
        shortNames: keysFor(node.name, node.level)
          .map((k) => k.key)
          .filter((k) => k !== node.name),
      });
    }
    const children = node.level === 3 ? (deepest >= 4 ? villagesOf(node) : []) : node.children;
    for (const child of children) visit(child);
  };
  if (options.within) {
    const node = nodeByCode(options.within);
    if (node) visit(node);
  } else {
    for (const province of divisionTable().provinces) visit(province);
  }
  return out;
}
