/**
 * The downgrade chain of an area: each step down to the scheme's lowest level, with the rule and
 * its reasons. The one place that speaks core's risk-rule API (`earliestDowngrade`), so that a
 * change of that API touches this file only.
 */
import {
  type AreaHistory,
  type PolicyPack,
  type RiskLevelId,
  type RiskSchemeId,
  earliestDowngrade,
  isFangkongError,
  millisFromInstant,
} from '@fangkong/core';
import type * as z from 'zod';
import type { DowngradeChainSchema } from '../schemas';

type DowngradeChain = z.infer<typeof DowngradeChainSchema>;

/**
 * The earliest downgrades of an area at `level` in `scheme` since `since`, under the packs in
 * force at `at` in `jurisdiction`: every step down to the scheme's lowest level (core's
 * `earliestDowngrade`), or why there is none.
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
  const area: AreaHistory = { level: input.level as RiskLevelId, enteredAt: input.since };
  if (input.enteredFrom !== undefined) area.enteredFrom = input.enteredFrom as RiskLevelId;
  if (input.lastCaseAt !== undefined && millisFromInstant(input.lastCaseAt) <= millisFromInstant(input.at))
    area.lastCaseAt = input.lastCaseAt;
  try {
    const chain = earliestDowngrade({
      jurisdiction: input.jurisdiction,
      packs: input.packs,
      rulesAt: input.at,
      scheme: input.scheme as RiskSchemeId,
      area,
    });
    return {
      packId: chain.packId,
      lowestLevel: chain.lowestLevel,
      lowestAt: chain.lowestAt,
      steps: chain.steps.map((step) => {
        const item: DowngradeChain['steps'][number] = {
          fromLevel: step.fromLevel,
          toLevel: step.toLevel,
          at: step.at,
          countedFrom: step.countedFrom,
          countedFromKind: step.countedFromKind,
          decidedBy: step.decidedBy,
          pendingConditions: step.pendingConditions,
          explanation: step.explanation,
        };
        if (step.blockedBy !== undefined) item.blockedBy = step.blockedBy;
        return item;
      }),
      stoppedBy: chain.stoppedBy ?? null,
    };
  } catch (error) {
    if (isFangkongError(error) && (error.code === 'NOT_FOUND' || error.code === 'NO_POLICY_IN_FORCE'))
      return {
        packId: typeof error.details.packId === 'string' ? error.details.packId : null,
        lowestLevel: null,
        lowestAt: null,
        steps: [],
        stoppedBy: error.message,
      };
    throw error;
  }
}
