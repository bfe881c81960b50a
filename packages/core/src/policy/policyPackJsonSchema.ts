import * as z from 'zod';
import { PolicyPackSchema } from './schemas';

/** Where the published JSON Schema of policy packs lives (the `$id` and the `$schema` to put in a pack). */
export const POLICY_PACK_SCHEMA_ID = 'https://unpkg.com/@fangkong/core/schema/policy-pack.schema.json';

/**
 * The JSON Schema of policy packs, generated from the zod schema (refinements such as citation
 * cross-references are checked by `loadPolicyPack` only).
 *
 * @example
 * policyPackJsonSchema().title; // → 'fangkong policy pack'
 */
export function policyPackJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PolicyPackSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: POLICY_PACK_SCHEMA_ID,
    title: 'fangkong policy pack',
    description:
      'Rules in force in one jurisdiction during one period, with citations. See docs/policy-authoring.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
