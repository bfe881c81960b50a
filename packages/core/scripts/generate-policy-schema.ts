/**
 * Writes packages/core/schema/policy-pack.schema.json from the zod schema.
 * Run: npx tsx packages/core/scripts/generate-policy-schema.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { policyPackJsonSchema } from '../src/policy/policyPackJsonSchema';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'policy-pack.schema.json');
writeFileSync(target, `${JSON.stringify(policyPackJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
