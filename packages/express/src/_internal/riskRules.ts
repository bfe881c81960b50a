/**
 * The downgrade chain of an area: each step down to the scheme's lowest level, with the rule and
 * its reasons. The one place that speaks core's risk-rule vocabulary (scheme ids, level ids,
 * `earliestDowngrade`'s fields), so that a change of that vocabulary touches this file only.
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
import type { DowngradeStepSchema } from '../schemas';

type DowngradeStep = z.infer<typeof DowngradeStepSchema>;

export interface DowngradeChain {
  packId: string | null;
  chain: DowngradeStep[];
  note: string | null;
}

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
  try {
    const lookup = findRiskScheme(input.scheme, input.at, input.jurisdiction, input.packs);
    if (lookup.scheme === null) {
      return {
        packId: lookup.pack.id,
        chain: [],
        note: `Pack ${lookup.pack.id} in force at ${input.at} abolished risk areas: no downgrade rule applies.`,
      };
    }
    pack = lookup.pack;
  } catch (error) {
    if (isFangkongError(error) && (error.code === 'NOT_FOUND' || error.code === 'NO_POLICY_IN_FORCE'))
      return { packId: null, chain: [], note: error.message };
    throw error;
  }

  const chain: DowngradeStep[] = [];
  let area: AreaHistory = { level: input.level, enteredAt: input.since };
  if (input.enteredFrom !== undefined) area.enteredFrom = input.enteredFrom;
  if (input.lastCaseAt !== undefined && millisFromInstant(input.lastCaseAt) <= millisFromInstant(input.at))
    area.lastCaseAt = input.lastCaseAt;
  let note: string | null = null;
  for (let guard = 0; guard < 16; guard++) {
    const step = earliestDowngrade(pack, input.scheme, area);
    if (step === null) {
      note =
        chain.length === 0
          ? `No rule of scheme "${input.scheme}" in pack ${pack.id} moves an area down from "${area.level}".`
          : null;
      break;
    }
    const item: DowngradeStep = {
      from: step.from,
      to: step.to,
      at: step.at,
      packId: pack.id,
      countedFrom: step.countedFrom,
      countedFromKind: step.countedFromKind,
      decidedBy: step.decidedBy,
      pendingConditions: step.pendingConditions,
      explanation: step.explanation,
    };
    if (step.blockedBy !== undefined) item.blockedBy = step.blockedBy;
    chain.push(item);
    if (step.blockedBy !== undefined || step.pendingConditions.length > 0) {
      note = `The chain stops at ${step.from} → ${step.to}: ${step.blockedBy ?? `pending: ${step.pendingConditions.join('; ')}`}.`;
      break;
    }
    const next: AreaHistory = { level: step.to, enteredAt: step.at, enteredFrom: step.from };
    if (area.lastCaseAt !== undefined) next.lastCaseAt = area.lastCaseAt;
    area = next;
  }
  return { packId: pack.id, chain, note };
}
