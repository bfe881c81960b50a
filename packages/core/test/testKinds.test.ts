import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Each kind of check runs in its own project (see the root vitest.config.ts), so that what fails
// says which kind it is: a unit test, a check against the seeds and corpora, or a timing check.
const coreDir = fileURLToPath(new URL('..', import.meta.url));
const testFiles = (function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : walk(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
})(join(coreDir, 'src'));

function offenders(pattern: RegExp, allowed: RegExp): string[] {
  return testFiles
    .filter((path) => !allowed.test(path) && pattern.test(readFileSync(path, 'utf8')))
    .map((path) => relative(coreDir, path));
}

describe("core's test files", () => {
  it('are found', () => {
    expect(testFiles.length).toBeGreaterThan(40);
  });

  it('read the shared folder (seeds, corpora, research notes) only in *.corpus.test.ts', () => {
    expect(offenders(/test\/shared['"]/, /\.corpus\.test\.ts$/)).toEqual([]);
  });

  it('time their work only in *.perf.test.ts', () => {
    expect(offenders(/performance\.now\(|test\/timing['"]/, /\.perf\.test\.ts$/)).toEqual([]);
  });
});
