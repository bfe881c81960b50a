import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { branchChanges, codeTokens, packagesMissingChangesets } from './changesetCoverage';
import { repoRoot } from './stage';

const packageNames = Object.fromEntries(
  readdirSync(join(repoRoot, 'packages')).map((dir) => [
    dir,
    (JSON.parse(readFileSync(join(repoRoot, 'packages', dir, 'package.json'), 'utf8')) as { name: string })
      .name,
  ]),
);
const changes = branchChanges(repoRoot);

describe('a change to a package’s sources comes with a changeset naming that package', () => {
  it.skipIf('skip' in changes)(
    `on this branch, since its merge base with main${'skip' in changes ? ` (skipped: ${changes.skip})` : ''}`,
    () => {
      if ('skip' in changes) return;
      const texts = changes.changesetFiles.map((file) => readFileSync(join(repoRoot, file), 'utf8'));
      const missing = packagesMissingChangesets(changes.changedFiles, texts, packageNames);
      expect(
        missing,
        `sources of ${missing.join(', ')} changed on ${changes.branch} without a changeset naming them: run \`npx -y pnpm@10.34.8 changeset\``,
      ).toEqual([]);
    },
  );

  const core = { core: '@fangkong/core', cli: '@fangkong/cli' };
  const patchCore = "---\n'@fangkong/core': patch\n---\n\nParses 廿 as 20.\n";

  it('asks for one when a source file changed and no changeset names the package', () => {
    expect(packagesMissingChangesets(['packages/core/src/numbers/parseNumeral.ts'], [], core)).toEqual([
      '@fangkong/core',
    ]);
    expect(
      packagesMissingChangesets(
        ['packages/cli/src/index.ts', 'packages/core/src/index.ts'],
        [patchCore],
        core,
      ),
    ).toEqual(['@fangkong/cli']);
  });

  it('asks for one when an API report changed (the recorded public surface)', () => {
    expect(packagesMissingChangesets(['packages/cli/api/index.api.md'], [patchCore], core)).toEqual([
      '@fangkong/cli',
    ]);
    expect(packagesMissingChangesets(['packages/core/api/time.api.md'], [patchCore], core)).toEqual([]);
  });

  it('is satisfied by a changeset naming the package, in either quote style', () => {
    expect(packagesMissingChangesets(['packages/core/src/index.ts'], [patchCore], core)).toEqual([]);
    expect(
      packagesMissingChangesets(
        ['packages/cli/src/index.ts'],
        ['---\n"@fangkong/cli": minor\n---\n\nA command.\n'],
        core,
      ),
    ).toEqual([]);
  });

  it('asks nothing for tests, READMEs or files outside src/ and api/', () => {
    const files = [
      'packages/core/src/numbers/parseNumeral.test.ts',
      'packages/core/src/extract/extractRecords.corpus.test.ts',
      'packages/core/README.md',
      'packages/core/test/purity.test.ts',
      'docs/cli.md',
    ];
    expect(packagesMissingChangesets(files, [], core)).toEqual([]);
  });

  it('tells a code change from a comment or formatting edit, which needs none', () => {
    const before = '/** Days of home monitoring. */\nexport const HOME_DAYS: number = 7; // 14+7\n';
    expect(
      codeTokens(
        '/**\n * Days at home.\n * @example HOME_DAYS; // → 7\n */\nexport const HOME_DAYS:number=7;\n',
      ),
    ).toBe(codeTokens(before));
    expect(codeTokens('export const HOME_DAYS: number = 14;\n')).not.toBe(codeTokens(before));
    expect(codeTokens('export const HOME_DAYS: 7 = 7;\n')).not.toBe(codeTokens(before));
    // Text that looks like a comment inside a template literal is code.
    const template = (text: string) => `const a = \`\${x} // ${text}\`;`;
    expect(codeTokens(template('one'))).not.toBe(codeTokens(template('two')));
  });
});
