import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Core is pure (STYLE.md rule 1): no Node built-ins, no clock, no host zone; zod only as a namespace.
const srcDir = fileURLToPath(new URL('../src', import.meta.url));
const sources = (function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
})(srcDir);

const rules: [what: string, pattern: RegExp][] = [
  ['a Node built-in import', /from ['"]node:|require\(['"]node:/],
  ['a read of the clock', /Date\.now\(|new Date\(\)|DateTime\.(now|local)\(/],
  ['the host time zone', /getTimezoneOffset|resolvedOptions\(\)\.timeZone|zone: ['"]local['"]/],
  ['zod imported by name (it pulls in every locale)', /import \{[^}]*\bz\b[^}]*\} from ['"]zod/],
];

describe('the sources of @fangkong/core', () => {
  it('are found', () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  it.each(rules)('contain no %s', (_what, pattern) => {
    const offenders = sources.filter((path) => pattern.test(readFileSync(path, 'utf8')));
    expect(offenders.map((path) => relative(srcDir, path))).toEqual([]);
  });

  it('import zod only in schema files and validators, so computation bundles stay free of it', () => {
    const zodUsers = sources
      .filter((path) => /from ['"]zod['"]/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(srcDir, path));
    for (const path of zodUsers)
      expect(path).toMatch(/(^|\/)(schemas|sharedSchemas|policyPackJsonSchema)\.ts$/);
  });
});
