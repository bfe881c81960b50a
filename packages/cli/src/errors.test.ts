import { readFileSync } from 'node:fs';
import { FangkongError } from '@fangkong/core';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from './_internal/figures';
import { CliError, EXIT_CODES, EXIT_INTERNAL, exitCodeOf } from './errors';

const guide = readFileSync(new URL('../../../docs/cli.md', import.meta.url), 'utf8');

describe('the exit code table', () => {
  it.each([
    [new CliError('USAGE', 'x'), 2],
    [new FangkongError('INVALID_ARGUMENT', 'x'), 2],
    [new CliError('UNREADABLE_INPUT', 'x'), 1],
    [new FangkongError('INVALID_POLICY_PACK', 'x'), 1],
    [new FangkongError('NO_POLICY_IN_FORCE', 'x'), 3],
    [new FangkongError('NOT_FOUND', 'x'), 3],
    [new TypeError('x is not a function'), EXIT_INTERNAL],
    ['a string', EXIT_INTERNAL],
  ])('maps %s to %i', (error, code) => {
    expect(exitCodeOf(error)).toBe(code);
  });

  it('is the table docs/cli.md documents, code by code', () => {
    for (const [code, exit] of Object.entries(EXIT_CODES)) {
      expect(guide).toMatch(new RegExp(`\\| ${exit} \\|[^\\n]*\`${code}\``));
    }
  });
});

describe('the CSV columns', () => {
  it('are all documented in docs/cli.md', () => {
    for (const column of CSV_COLUMNS) {
      if (column.endsWith('_as_of')) continue;
      expect(guide).toContain(`\`${column}\``);
    }
    expect(guide).toContain('`<figure>_as_of`');
  });
});
