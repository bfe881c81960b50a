import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedSinceMain, reportsWithoutChangeset } from '../src/apiChangesets';
import { apiReports } from '../src/apiReport';
import { root } from '../src/checkExamples';

const reports = apiReports();

describe('the API report of each entry point', () => {
  it.each(reports.map(({ entry, text }) => [entry.specifier, entry.report, text] as const))(
    '%s matches the built declarations',
    (_specifier, report, text) => {
      const committed = existsSync(report) ? readFileSync(report, 'utf8') : null;
      expect(
        committed === text,
        `${report.slice(root.length + 1)} differs from the build: the public API changed. Run \`npx -y pnpm@10.34.8 api:update\`, review the change and add a changeset naming the package (\`npx -y pnpm@10.34.8 changeset\`)`,
      ).toBe(true);
    },
  );

  it('covers every entry point and no report is left over from a removed one', () => {
    const expected = new Set(reports.map(({ entry }) => entry.report));
    const onDisk = readdirSync(join(root, 'packages')).flatMap((dir) =>
      existsSync(join(root, 'packages', dir, 'api'))
        ? readdirSync(join(root, 'packages', dir, 'api')).map((file) =>
            join(root, 'packages', dir, 'api', file),
          )
        : [],
    );
    expect(onDisk.filter((file) => !expected.has(file))).toEqual([]);
  });
});

describe('a changed API report', () => {
  it('comes with a changeset naming its package', (context) => {
    const changes = changedSinceMain(root);
    if ('skip' in changes) {
      context.skip(changes.skip);
      return;
    }
    const packageNames = Object.fromEntries(
      readdirSync(join(root, 'packages')).map((dir) => [
        dir,
        (JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as { name: string })
          .name,
      ]),
    );
    const changesets = changes.files
      .filter((file) => /^\.changeset\/.+\.md$/.test(file) && file !== '.changeset/README.md')
      .filter((file) => existsSync(join(root, file)))
      .map((file) => readFileSync(join(root, file), 'utf8'));
    expect(
      reportsWithoutChangeset(changes.files, changesets, packageNames),
      'these packages changed their public API (packages/<pkg>/api/) on this branch without a changeset naming them: add one (`npx -y pnpm@10.34.8 changeset`)',
    ).toEqual([]);
  });
});

describe('reportsWithoutChangeset', () => {
  const names = { core: '@fangkong/core', cli: '@fangkong/cli' };
  it('names each package whose report changed and that no changeset names', () => {
    const changeset = "---\n'@fangkong/core': minor\n---\n\nA new export.\n";
    expect(
      reportsWithoutChangeset(
        ['packages/core/api/time.api.md', 'packages/cli/api/index.api.md'],
        [changeset],
        names,
      ),
    ).toEqual(['@fangkong/cli']);
    expect(reportsWithoutChangeset(['packages/core/src/time/parseTime.ts'], [], names)).toEqual([]);
  });
});
