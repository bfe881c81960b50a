/**
 * Writes `schema/records.schema.json`, the JSON Schema of `extractRecords`'s output, from the zod
 * schemas: `npx tsx packages/core/scripts/generate-record-schema.ts`. A test keeps it fresh.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { ExtractionResultSchema } from '../src/extract/schemas';

/** The JSON Schema document, as committed (2-space JSON, trailing newline). */
export function recordSchemaJson(): string {
  const schema = z.toJSONSchema(ExtractionResultSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'fangkong extraction result' }, null, 2)}\n`;
}

export const recordSchemaPath = join(
  dirname(fileURLToPath(import.meta.url)),
  '../schema/records.schema.json',
);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(recordSchemaPath, recordSchemaJson());
  console.log(`wrote ${recordSchemaPath}`);
}
