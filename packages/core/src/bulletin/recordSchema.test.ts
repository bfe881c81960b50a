import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordSchemaJson, recordSchemaPath } from '../../scripts/generate-record-schema';

describe('the committed JSON Schema of extraction results', () => {
  it('equals a fresh generation from the zod schemas (run scripts/generate-record-schema.ts)', () => {
    expect(readFileSync(recordSchemaPath, 'utf8')).toBe(recordSchemaJson());
  });

  it('describes daily bulletins and figures', () => {
    const schema = JSON.parse(recordSchemaJson());
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining(['DailyBulletin', 'Figure', 'ExtractionResult']),
    );
  });
});
