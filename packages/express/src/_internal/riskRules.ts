/**
 * The downgrade chain of an area: each step down to the scheme's lowest level, with the rule and
 * its reasons. The one place that speaks core's risk-rule API (`findRiskScheme`,
 * `earliestDowngrade`), so that a change of that API touches this file only.
 */
import {
  type AreaHistory,
  type PolicyPack,
  earliestDowngrade,
  findRiskScheme,
  isFangkongError,
  millisFromInstant,
} from '@fangkong/core';
import type * as z from 'zod';
import type { DowngradeChainSchema } from '../schemas';

type DowngradeChain = z.infer<typeof DowngradeChainSchema>;

const none = (stoppedBy: string, packId: string | null = null): DowngradeChain => ({
  packId,
  lowestLevel: null,
  lowestAt: null,
  steps: [],
  stoppedBy,
});

/**
 * The earliest downgrades of an area at `level` in `scheme` since `since`, under the pack in force
 * at `at` in `jurisdiction`: one step after another while each rule allows it (a pending or failed
 * condition ends the chain, with the step that has it).
 */
export function downgradeChain(input: {
  packs: readonly PolicyPack[];
  jurisdiction: string;
  scheme: string;
  level: string;
  since: string;
  enteredFrom?: string;
  lastCaseAt?: string;
  at: string;
}): DowngradeChain {
  let pack: PolicyPack;
  let lowestLevel: string;
  try {
    const lookup = findRiskScheme(input.scheme, input.at, input.jurisdiction, input.packs);
    if (lookup.scheme === null)
      return none(`Pack ${lookup.pack.id} in force at ${input.at} abolished risk areas.`, lookup.pack.id);
    pack = lookup.pack;
    lowestLevel = lookup.scheme.levels[0]?.id ?? input.level;
  } catch (error) {
    if (isFangkongError(error) && (error.code === 'NOT_FOUND' || error.code === 'NO_POLICY_IN_FORCE'))
      return none(error.message);
    throw error;
  }

  const chain: DowngradeChain = { packId: pack.id, lowestLevel, lowestAt: null, steps: [], stoppedBy: null };
  let area: AreaHistory = { level: input.level, enteredAt: input.since };
  if (input.enteredFrom !== undefined) area.enteredFrom = input.enteredFrom;
  if (input.lastCaseAt !== undefined && millisFromInstant(input.lastCaseAt) <= millisFromInstant(input.at))
    area.lastCaseAt = input.lastCaseAt;
  for (let guard = 0; guard < 16 && area.level !== lowestLevel; guard++) {
    const step = earliestDowngrade(pack, input.scheme, area);
    if (step === null) {
      chain.stoppedBy = `No rule of scheme "${input.scheme}" in pack ${pack.id} moves an area down from "${area.level}".`;
      return chain;
    }
    const item: DowngradeChain['steps'][number] = {
      fromLevel: step.from,
      toLevel: step.to,
      at: step.at,
      countedFrom: step.countedFrom,
      countedFromKind: step.countedFromKind,
      decidedBy: step.decidedBy,
      pendingConditions: step.pendingConditions,
      explanation: step.explanation,
    };
    chain.steps.push(item);
    if (step.blockedBy !== undefined) {
      item.blockedBy = step.blockedBy;
      chain.stoppedBy = `${step.from} → ${step.to} is blocked: ${step.blockedBy}.`;
      return chain;
    }
    const next: AreaHistory = { level: step.to, enteredAt: step.at, enteredFrom: step.from };
    if (area.lastCaseAt !== undefined) next.lastCaseAt = area.lastCaseAt;
    area = next;
  }
  if (area.level === lowestLevel && chain.steps.length > 0)
    chain.lowestAt = chain.steps[chain.steps.length - 1]!.at;
  return chain;
}
