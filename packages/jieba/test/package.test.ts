import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPackedPackage, type PackedPackageReport } from '../../../tooling/packageCheck';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('the packed @fangkong/jieba tarball', () => {
  let report: PackedPackageReport;

  beforeAll(async () => {
    if (!existsSync(resolve(pkgDir, 'dist/index.js'))) {
      throw new Error('packages/jieba/dist is missing: run `pnpm build` first (`pnpm test` does)');
    }
    report = await checkPackedPackage(pkgDir);
  }, 120_000);

  it('has no publint errors or warnings', () => {
    expect(report.publint.filter((message) => message.type !== 'suggestion')).toEqual([]);
  });

  it('has no problems for @arethetypeswrong/cli (node10, node16 CJS and ESM, bundler)', () => {
    expect(report.attw).toEqual([]);
  });

  it('ships the ESM and CJS builds with their declarations, the README, and no sources or tests', () => {
    expect(report.files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'dist/index.js',
        'dist/index.cjs',
        'dist/index.d.ts',
        'dist/index.d.cts',
      ]),
    );
    expect(report.files.filter((file) => file.startsWith('src/') || file.endsWith('.test.ts'))).toEqual([]);
  });
});
