import type { Instant } from '../../time/instant';
import type { ExplanationStep, PolicyPack } from '../types';

/**
 * Builds an explanation step citing the first of `citationIds` found in the pack. Pure data
 * assembly; kept allocation-light because every plan makes several.
 */
export function explainStep(
  pack: PolicyPack,
  step: string,
  text: string,
  citationIds: readonly string[] | undefined,
  rule?: string,
  instant?: Instant,
): ExplanationStep {
  const result: ExplanationStep = { step, packId: pack.id, text };
  if (instant !== undefined) result.instant = instant;
  if (rule !== undefined) result.rule = rule;
  const id = citationIds?.[0];
  if (id !== undefined) {
    const citation = findCitation(pack, id);
    if (citation) {
      result.citationId = citation.id;
      result.document = citation.document;
      result.quote = citation.quote;
    }
  }
  return result;
}

function findCitation(pack: PolicyPack, id: string) {
  const list = pack.citations;
  for (let i = 0; i < list.length; i++) if (list[i]!.id === id) return list[i];
  return undefined;
}
