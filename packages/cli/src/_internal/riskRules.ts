/**
 * The CLI's one adapter to core's risk API: which pack and scheme apply, and the chain of earliest
 * downgrades. Everything that depends on core's names for schemes, levels and transitions is here.
 */
import type { PolicyPack, RiskScheme } from '@fangkong/core/policy';
import type { AreaHistory, DowngradeResult, RiskLevelResult } from '@fangkong/core/risk';
import { CliError } from '../errors';
import { loadPack } from './packs';

/** The pack and scheme a risk question is asked under. */
export interface RiskRules {
  pack: PolicyPack;
  scheme: RiskScheme;
}

/**
 * The pack and scheme for `--pack`/`--jurisdiction` and `--scheme` at an instant: the pack given,
 * or the pack in force there and then.
 */
export async function riskRules(
  options: { pack?: string; jurisdiction?: string; scheme?: string },
  at: string,
  /** Without a scheme named, the first scheme in force that has this level. */
  level: string | undefined,
  cwd: string,
): Promise<RiskRules> {
  if (!options.jurisdiction === !options.pack) {
    throw new CliError('USAGE', 'a risk question needs either --jurisdiction or --pack (one of them)', {
      expected: '--jurisdiction CN-LN-DL, or --pack dl-2021-01 / --pack my-pack.json',
      example: 'fangkong risk -j CN-LN-DL --level medium --last-case 2021-11-08 --at 2021-11-23',
    });
  }
  if (options.pack) {
    const pack = await loadPack(options.pack, cwd);
    const scheme = options.scheme
      ? pack.rules.riskSchemes.find((item) => item.id === options.scheme)
      : (pack.rules.riskSchemes.find((item) => hasLevel(item, level)) ?? pack.rules.riskSchemes[0]);
    if (!scheme) {
      throw new CliError(
        'USAGE',
        `pack ${pack.id} has no risk scheme${options.scheme ? ` "${options.scheme}"` : ''}`,
        {
          expected: `one of ${pack.rules.riskSchemes.map((item) => item.id).join(', ') || '(this pack has none)'}`,
          example: `fangkong policy show ${pack.id}`,
        },
      );
    }
    return { pack, scheme };
  }
  const { findRiskScheme, packsInForce } = await import('@fangkong/core/policy');
  if (!options.scheme && level !== undefined) {
    for (const pack of packsInForce(at, options.jurisdiction!)) {
      const scheme = pack.rules.riskSchemes.find((item) => hasLevel(item, level));
      if (scheme) return { pack, scheme };
      if (pack.rules.noRiskAreas) break;
    }
  }
  const found = findRiskScheme(options.scheme, at, options.jurisdiction!);
  if (!found.scheme) {
    throw new CliError(
      'USAGE',
      `no risk areas in ${options.jurisdiction} at ${at}: pack ${found.pack.id} abolished them`,
      {
        expected: 'an instant when risk areas existed (before 2023-01-08)',
      },
    );
  }
  return { pack: found.pack, scheme: found.scheme };
}

const hasLevel = (scheme: RiskScheme, level: string | undefined) =>
  level !== undefined && scheme.levels.some((item) => item.id === level);

/** The level of an area at an instant, by core's `riskLevelAt`. */
export async function levelAt(rules: RiskRules, area: AreaHistory, at: string): Promise<RiskLevelResult> {
  const { riskLevelAt } = await import('@fangkong/core/risk');
  return riskLevelAt(rules.pack, rules.scheme.id, area, at);
}

/**
 * The earliest downgrades one after another from the area's level down to the lowest level, as far
 * as the rules and the known conditions allow (a pending or failed condition ends the chain).
 */
export async function downgradeChain(rules: RiskRules, area: AreaHistory): Promise<DowngradeResult[]> {
  const { earliestDowngrade } = await import('@fangkong/core/risk');
  const chain: DowngradeResult[] = [];
  let current = area;
  for (let step = 0; step < rules.scheme.levels.length; step++) {
    const next = earliestDowngrade(rules.pack, rules.scheme.id, current);
    if (!next) break;
    chain.push(next);
    if (next.blockedBy || next.pendingConditions.length > 0) break;
    current = { ...current, level: next.to, enteredAt: next.at, enteredFrom: next.from };
  }
  return chain;
}

/** `from → to` of a downgrade, with the scheme's names. */
export function transitionName(rules: RiskRules, downgrade: DowngradeResult): string {
  const name = (id: string) => rules.scheme.levels.find((level) => level.id === id)?.name ?? id;
  return `${downgrade.from} (${name(downgrade.from)}) → ${downgrade.to} (${name(downgrade.to)})`;
}
