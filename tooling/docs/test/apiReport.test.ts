import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
