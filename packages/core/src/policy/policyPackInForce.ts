import { FangkongError } from '../errors';
import { invalidArgument } from '../_internal/invalidArgument';
import type { InstantInput } from '../time/instant';
import { toMillis } from '../time/_internal/toMillis';
import { RISK_SCHEME_IDS, type RiskSchemeId } from '../risk/riskLevels';
import { builtInPacks } from './builtInPacks';
import { jurisdictionCode } from './jurisdictionCode';
import { isPackLike } from './_internal/isPackLike';
import type { PolicyPack, QuarantineCategory, RiskScheme } from './types';

/**
 * Tells whether a pack made for `packJurisdiction` applies in `jurisdiction`: the same, or a
 * place under it (`CN` covers `CN-LN-DL`).
 *
 * @example
 * jurisdictionCovers('CN', 'CN-LN-DL'); // → true
 * jurisdictionCovers('CN-LN-DL', 'CN'); // → false
 */
export function jurisdictionCovers(packJurisdiction: string, jurisdiction: string): boolean {
  if (typeof packJurisdiction !== 'string')
    throw invalidArgument('packJurisdiction', 'a jurisdiction code such as "CN-LN"', packJurisdiction);
  if (typeof jurisdiction !== 'string')
    throw invalidArgument('jurisdiction', 'a jurisdiction code such as "CN-LN-DL"', jurisdiction);
  return jurisdiction === packJurisdiction || jurisdiction.startsWith(`${packJurisdiction}-`);
}

function depth(jurisdiction: string): number {
  let count = 0;
  for (let i = 0; i < jurisdiction.length; i++) if (jurisdiction.charCodeAt(i) === 45) count++;
  return count;
}

/**
 * Whether `pack` is in force at `at` (an instant or epoch milliseconds): `from` ≤ at < `until`.
 *
 * @example
 * isPackInForce(cnP8, '2021-06-01T00:00:00+08:00'); // → true
 * isPackInForce(cnP8, '2022-06-28T00:00:00+08:00'); // → false (the 9th protocol took over)
 */
export function isPackInForce(pack: PolicyPack, at: InstantInput): boolean {
  isPackLike(pack, 'pack');
  const millis = toMillis(at, 'at');
  return (
    toMillis(pack.effective.from) <= millis &&
    (pack.effective.until === null || millis < toMillis(pack.effective.until))
  );
}

interface Candidate {
  pack: PolicyPack;
  from: number;
  /** Exclusive end; Infinity while still in force. */
  until: number;
}

interface PackIndex {
  /** The packs and the fields the index rests on, to notice a changed list or pack. */
  packs: PolicyPack[];
  /** Jurisdiction, start and end of each pack, flat: three entries a pack. */
  keys: (string | null)[];
  byJurisdiction: Map<string, Candidate[]>;
}

const indexes = new WeakMap<readonly PolicyPack[], PackIndex>();

function keysOf(packs: readonly PolicyPack[]): (string | null)[] {
  const keys: (string | null)[] = [];
  for (const pack of packs) keys.push(pack.jurisdiction, pack.effective.from, pack.effective.until);
  return keys;
}

/**
 * The packs covering `jurisdiction`, in order of precedence (most specific jurisdiction, then latest
 * start), with their periods in epoch milliseconds. Built once per list of packs and jurisdiction;
 * rebuilt when the list or a pack's jurisdiction or period changes.
 */
function candidatesFor(packs: readonly PolicyPack[], place: string): Candidate[] {
  if (!Array.isArray(packs)) throw invalidArgument('packs', 'an array of policy packs', packs);
  if (packs !== builtInPacks) for (let i = 0; i < packs.length; i++) isPackLike(packs[i], `packs[${i}]`);
  const jurisdiction = jurisdictionCode(place, 'jurisdiction');
  let index = indexes.get(packs);
  if (index !== undefined && !isCurrent(index, packs)) index = undefined;
  if (index === undefined) {
    index = { packs: [...packs], keys: keysOf(packs), byJurisdiction: new Map() };
    indexes.set(packs, index);
  }
  let candidates = index.byJurisdiction.get(jurisdiction);
  if (candidates === undefined) {
    candidates = [];
    for (const pack of packs) {
      if (!jurisdictionCovers(pack.jurisdiction, jurisdiction)) continue;
      candidates.push({
        pack,
        from: toMillis(pack.effective.from),
        until: pack.effective.until === null ? Number.POSITIVE_INFINITY : toMillis(pack.effective.until),
      });
    }
    // Stable: packs of equal precedence keep the order of the list.
    candidates.sort((a, b) => depth(b.pack.jurisdiction) - depth(a.pack.jurisdiction) || b.from - a.from);
    if (index.byJurisdiction.size >= 256) index.byJurisdiction.clear();
    index.byJurisdiction.set(jurisdiction, candidates);
  }
  return candidates;
}

function isCurrent(index: PackIndex, packs: readonly PolicyPack[]): boolean {
  if (index.packs.length !== packs.length) return false;
  for (let i = 0; i < packs.length; i++) {
    const pack = packs[i]!;
    if (
      index.packs[i] !== pack ||
      index.keys[3 * i] !== pack.jurisdiction ||
      index.keys[3 * i + 1] !== pack.effective.from ||
      index.keys[3 * i + 2] !== pack.effective.until
    )
      return false;
  }
  return true;
}

/**
 * The packs in force at `at` in `jurisdiction`, the one that takes precedence first: the most
 * specific jurisdiction, then the latest start.
 *
 * @param at the instant
 * @param jurisdiction e.g. `CN-LN-DL`
 * @param packs where to look (default: the built-in packs)
 * @example
 * packsInForce('2021-01-14T00:00:00+08:00', 'CN-LN-DL').map((pack) => pack.id);
 * // → ['dl-2021-01', 'cn-2021-community-risk-areas', 'cn-p7-2020-09', 'cn-2020-07-inbound', 'cn-2020-04-discharge', 'cn-p6-2020-03']
 */
export function packsInForce(
  at: InstantInput,
  jurisdiction: string,
  packs: readonly PolicyPack[] = builtInPacks,
): PolicyPack[] {
  const millis = toMillis(at, 'at');
  const result: PolicyPack[] = [];
  for (const candidate of candidatesFor(packs, jurisdiction)) {
    if (candidate.from <= millis && millis < candidate.until) result.push(candidate.pack);
  }
  return result;
}

/**
 * The pack that applies at `at` in `jurisdiction`: the first of {@link packsInForce}.
 *
 * @throws FangkongError `NO_POLICY_IN_FORCE` when no pack covers them
 * @example
 * policyPackInForce('2023-02-01T00:00:00+08:00', 'CN-LN-DL').id; // → 'cn-class-b-2023-01'
 */
export function policyPackInForce(
  at: InstantInput,
  jurisdiction: string,
  packs: readonly PolicyPack[] = builtInPacks,
): PolicyPack {
  const found = packsInForce(at, jurisdiction, packs)[0];
  if (!found) {
    throw new FangkongError('NO_POLICY_IN_FORCE', `No policy pack covers ${jurisdiction} at ${String(at)}`, {
      details: { jurisdiction, at },
    });
  }
  return found;
}

/** A quarantine rule found for a jurisdiction and date; `category` is null when quarantine was abolished. */
export type QuarantineRuleLookup =
  | { pack: PolicyPack; category: QuarantineCategory }
  | { pack: PolicyPack; category: null };

/**
 * The quarantine category `categoryId` in force at `at` in `jurisdiction`: from the first pack in
 * force that defines it, unless a more precedent pack abolished quarantine (then `category` is null).
 *
 * @throws FangkongError `NO_POLICY_IN_FORCE` when no pack is in force, `NOT_FOUND` when none defines the category
 * @example
 * findQuarantineCategory('closeContact', '2021-06-01T00:00:00+08:00', 'CN-LN-DL').pack.id; // → 'cn-p8-2021-05'
 */
export function findQuarantineCategory(
  categoryId: string,
  at: InstantInput,
  jurisdiction: string,
  packs: readonly PolicyPack[] = builtInPacks,
): QuarantineRuleLookup {
  if (typeof categoryId !== 'string')
    throw invalidArgument('categoryId', 'a quarantine category such as "closeContact"', categoryId);
  const millis = toMillis(at, 'at');
  for (const candidate of candidatesFor(packs, jurisdiction)) {
    if (candidate.from > millis || millis >= candidate.until) continue;
    const pack = candidate.pack;
    for (const category of pack.rules.quarantine) if (category.id === categoryId) return { pack, category };
    if (pack.rules.noQuarantine) return { pack, category: null };
  }
  const candidates = packsInForce(millis, jurisdiction, packs);
  if (candidates.length === 0) {
    throw new FangkongError('NO_POLICY_IN_FORCE', `No policy pack covers ${jurisdiction} at ${String(at)}`, {
      details: { jurisdiction, at },
    });
  }
  const known = [...new Set(candidates.flatMap((pack) => pack.rules.quarantine.map((item) => item.id)))];
  throw new FangkongError(
    'NOT_FOUND',
    `categoryId: no quarantine category "${categoryId}" in force in ${jurisdiction} at ${String(at)}; in force: ${known.join(', ') || '(none)'}`,
    {
      details: {
        path: 'categoryId',
        expected: `one of ${known.join(', ') || '(none)'}`,
        categoryId,
        jurisdiction,
        at,
        known,
      },
    },
  );
}

/** A risk scheme found for a jurisdiction and date; `scheme` is null when risk areas were abolished. */
export type RiskSchemeLookup = { pack: PolicyPack; scheme: RiskScheme } | { pack: PolicyPack; scheme: null };

/**
 * The risk scheme in force at `at` in `jurisdiction`: `schemeId` if given, else the first scheme of
 * the first pack that has one.
 *
 * @throws FangkongError `NO_POLICY_IN_FORCE` or `NOT_FOUND`
 * @example
 * findRiskScheme('riskArea', '2021-01-14T00:00:00+08:00', 'CN-LN-DL').pack.id; // → 'dl-2021-01'
 * findRiskScheme('riskArea', '2021-11-22T00:00:00+08:00', 'CN-LN-DL').pack.id; // → 'cn-2021-community-risk-areas'
 */
export function findRiskScheme(
  schemeId: RiskSchemeId | undefined,
  at: InstantInput,
  jurisdiction: string,
  packs: readonly PolicyPack[] = builtInPacks,
): RiskSchemeLookup {
  if (schemeId !== undefined && !RISK_SCHEME_IDS.includes(schemeId as RiskSchemeId)) {
    throw invalidArgument('schemeId', `a risk scheme: ${RISK_SCHEME_IDS.join(', ')}`, schemeId);
  }
  const candidates = packsInForce(at, jurisdiction, packs);
  if (candidates.length === 0) {
    throw new FangkongError('NO_POLICY_IN_FORCE', `No policy pack covers ${jurisdiction} at ${String(at)}`, {
      details: { jurisdiction, at },
    });
  }
  for (const pack of candidates) {
    const scheme =
      schemeId === undefined
        ? pack.rules.riskSchemes[0]
        : pack.rules.riskSchemes.find((item) => item.id === schemeId);
    if (scheme) return { pack, scheme };
    if (pack.rules.noRiskAreas) return { pack, scheme: null };
  }
  const known = [...new Set(candidates.flatMap((pack) => pack.rules.riskSchemes.map((item) => item.id)))];
  throw new FangkongError(
    'NOT_FOUND',
    `schemeId: no risk scheme${schemeId ? ` "${schemeId}"` : ''} in force in ${jurisdiction} at ${String(at)}; in force: ${known.join(', ') || '(none)'}`,
    {
      details: {
        path: 'schemeId',
        expected: `one of ${known.join(', ') || '(none)'}`,
        schemeId,
        jurisdiction,
        at,
        known,
      },
    },
  );
}
