import {
  arrayOf,
  isBoolean,
  isInteger,
  isPlainObject,
  isString,
  objectOf,
  oneOf,
  optional,
  type Shape,
} from '../../_internal/args';
import { isInstant } from '../../time/_internal/isInstant';
import { FangkongError } from '../../errors';
import { invalidArgument } from '../../_internal/invalidArgument';
import { levelDefinition, RISK_LEVEL_IDS, RISK_SCHEME_IDS } from '../riskLevels';
import { findRiskScheme } from '../../policy/policyPackInForce';
import type { PolicyPack, RiskScheme } from '../../policy/types';
import { toMillis } from '../../time/_internal/toMillis';
import type { InstantInput } from '../../time/instant';
import type { AreaHistory, RiskQuery } from '../types';

const level = oneOf(RISK_LEVEL_IDS, 'a risk level:');

/** The checks of an {@link AreaHistory}. */
const AREA_SHAPE: Shape = {
  level,
  enteredAt: optional(isInstant),
  enteredFrom: optional(level),
  lastCaseAt: optional(isInstant),
  cases: optional(
    arrayOf(
      objectOf({
        at: isInstant,
        count: optional(isInteger(0, Number.MAX_SAFE_INTEGER)),
        cluster: optional(isBoolean),
        community: optional(isBoolean),
      }),
    ),
  ),
  screenings: optional(arrayOf(objectOf({ at: isInstant, negative: isBoolean }))),
};

/** The checks of a {@link RiskQuery}, plus `extra` (e.g. riskLevelAt's `at`). */
function riskQueryShape(extra: Shape = {}): Shape {
  return {
    pack: optional(isPlainObject),
    jurisdiction: optional(isString),
    packs: optional(arrayOf(isPlainObject)),
    rulesAt: optional(isInstant),
    scheme: optional(oneOf(RISK_SCHEME_IDS, 'a risk scheme:')),
    area: objectOf(AREA_SHAPE),
    ...extra,
  };
}

/** The instant whose rules apply: `rulesAt`, else the last case, else the entry into the level. */
function rulesInstant(query: RiskQuery): InstantInput | null {
  if (query.rulesAt !== undefined) return query.rulesAt;
  let last: number | null = null;
  const cases = query.area.cases ?? [];
  for (let i = 0; i < cases.length; i++) {
    const at = toMillis(cases[i]!.at, `area.cases[${i}].at`);
    if (last === null || at > last) last = at;
  }
  if (query.area.lastCaseAt !== undefined) {
    const at = toMillis(query.area.lastCaseAt, 'area.lastCaseAt');
    if (last === null || at > last) last = at;
  }
  return last ?? query.area.enteredAt ?? null;
}

/**
 * Checks a risk query and finds its pack and scheme: `pack` given, or the packs in force in
 * `jurisdiction` (the same lookup as `planQuarantine`). The area's level must be one of the scheme's.
 */
export function resolveRiskRules(
  query: RiskQuery,
  name: string,
  extra: Shape = {},
): { pack: PolicyPack; scheme: RiskScheme; area: AreaHistory } {
  objectOf(riskQueryShape(extra))(query, 'query');
  let pack: PolicyPack;
  let scheme: RiskScheme | undefined;
  // Without a scheme, the scheme of the area's level (medium → riskArea, low3 → liaoningFiveTier).
  const wanted = query.scheme ?? levelDefinition(query.area.level)?.scheme;
  if (query.pack !== undefined) {
    pack = query.pack;
    scheme =
      pack.rules.riskSchemes.find((item) => item.id === wanted) ??
      (query.scheme === undefined ? pack.rules.riskSchemes[0] : undefined);
    if (scheme === undefined) {
      const known = pack.rules.riskSchemes.map((item) => item.id).join(', ') || '(none)';
      throw new FangkongError(
        'NOT_FOUND',
        `query.scheme: pack "${pack.id}" has no risk scheme${query.scheme ? ` "${query.scheme}"` : ''}; it has: ${known}`,
        { details: { path: 'query.scheme', expected: `one of ${known}`, packId: pack.id } },
      );
    }
  } else {
    if (query.jurisdiction === undefined) {
      throw invalidArgument('query', `${name} needs either query.pack or query.jurisdiction`, query);
    }
    const at = rulesInstant(query);
    if (at === null) {
      throw invalidArgument(
        'query.rulesAt',
        'an instant whose rules apply (or area.cases, area.lastCaseAt or area.enteredAt)',
        undefined,
      );
    }
    const found = findRiskScheme(wanted, at, query.jurisdiction, query.packs);
    if (found.scheme === null) {
      throw new FangkongError(
        'NO_POLICY_IN_FORCE',
        `Pack "${found.pack.id}" abolished risk areas in ${query.jurisdiction} at ${String(at)}`,
        { details: { path: 'query.jurisdiction', packId: found.pack.id } },
      );
    }
    pack = found.pack;
    scheme = found.scheme;
  }
  const levels = scheme.levels.map((item) => item.id);
  if (!scheme.classification?.length && !levels.includes(query.area.level)) {
    throw new FangkongError(
      'NOT_FOUND',
      `query.area.level: scheme "${scheme.id}" of pack "${pack.id}" has no level "${query.area.level}"; expected one of ${levels.join(', ')}`,
      { details: { path: 'query.area.level', expected: `one of ${levels.join(', ')}`, packId: pack.id } },
    );
  }
  return { pack, scheme, area: query.area };
}
