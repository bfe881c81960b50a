/**
 * The CLI's one adapter to core's risk API: the query from the flags, the level at an instant and
 * the chain of earliest downgrades. Everything that depends on core's names for schemes, levels and
 * transitions is here.
 */
import type { PolicyPack } from '@fangkong/core/policy';
import type {
  AreaHistory,
  DowngradeChain,
  DowngradeStep,
  LevelAtResult,
  RiskLevelId,
  RiskQuery,
  RiskSchemeId,
} from '@fangkong/core/risk';
import { CliError } from '../errors';
import { loadPack } from './packs';

/** The flags of `fangkong risk` that describe the area. */
export interface AreaFlags {
  level: string;
  enteredAt?: string;
  enteredFrom?: string;
  lastCaseAt?: string;
  cases?: readonly { at: string }[];
  screenings?: readonly { at: string; negative: boolean }[];
}

/** What `fangkong risk` answers: the level at an instant, the downgrade chain, and level names. */
export interface RiskAnswer {
  level: LevelAtResult;
  chain: DowngradeChain;
  /** The name of a level of the chain's scheme, e.g. `medium` → `中风险`. */
  levelName: (id: string) => string;
}

/**
 * Asks core for the level of an area at `at` and its chain of earliest downgrades, under `--pack`
 * or the packs in force in `--jurisdiction` (a code such as `CN-LN-DL` or a name such as 大连市).
 */
export async function answerRisk(
  options: { pack?: string; jurisdiction?: string; scheme?: string },
  flags: AreaFlags,
  at: string,
  cwd: string,
): Promise<RiskAnswer> {
  if (!options.jurisdiction === !options.pack) {
    throw new CliError('USAGE', 'a risk question needs either --jurisdiction or --pack (one of them)', {
      expected: '--jurisdiction CN-LN-DL, or --pack dl-2021-01 / --pack my-pack.json',
      example: 'fangkong risk -j CN-LN-DL --level medium --last-case 2021-11-08 --at 2021-11-23',
    });
  }
  // Core checks the level and scheme names and says what it expected.
  const area: AreaHistory = { level: flags.level as RiskLevelId };
  if (flags.enteredAt) area.enteredAt = flags.enteredAt;
  if (flags.enteredFrom) area.enteredFrom = flags.enteredFrom as RiskLevelId;
  if (flags.lastCaseAt) area.lastCaseAt = flags.lastCaseAt;
  if (flags.cases?.length) area.cases = flags.cases;
  if (flags.screenings?.length) area.screenings = flags.screenings;
  const query: RiskQuery = { area };
  let pack: PolicyPack | undefined;
  if (options.pack) {
    pack = await loadPack(options.pack, cwd);
    query.pack = pack;
  } else query.jurisdiction = options.jurisdiction!;
  if (options.scheme) query.scheme = options.scheme as RiskSchemeId;
  const { earliestDowngrade, riskLevelAt } = await import('@fangkong/core/risk');
  const level = riskLevelAt({ ...query, at });
  const chain = earliestDowngrade(query);
  pack ??= (await import('@fangkong/core/policy')).builtInPack(chain.packId);
  const scheme = pack?.rules.riskSchemes.find((item) => item.id === chain.scheme);
  return {
    level,
    chain,
    levelName: (id) => scheme?.levels.find((item) => item.id === id)?.name ?? id,
  };
}

/** `from → to` of a downgrade step, with the scheme's names. */
export function transitionName(answer: RiskAnswer, step: DowngradeStep): string {
  return `${step.fromLevel} (${answer.levelName(step.fromLevel)}) → ${step.toLevel} (${answer.levelName(step.toLevel)})`;
}
