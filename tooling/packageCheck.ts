/**
 * Packs a workspace package as it would be published and lints the tarball with publint and
 * @arethetypeswrong/cli. Every published package has a test that calls this.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatMessage } from 'publint/utils';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface PackedPackageReport {
  /** The files inside the tarball, without the `package/` prefix. */
  files: string[];
  /** publint's messages (errors, warnings and suggestions), formatted. */
  publint: { type: string; text: string }[];
  /** attw's problems, as `kind: entrypoint (resolution)`. */
  attw: string[];
}

function pnpmCommand(): { file: string; args: string[] } {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return { file: process.execPath, args: [execPath] };
  return { file: 'npx', args: ['-y', 'pnpm@10.34.8'] };
}

/** Packs `pkgDir` with pnpm (so `workspace:` ranges become versions) and checks the tarball. */
export async function checkPackedPackage(pkgDir: string): Promise<PackedPackageReport> {
  const out = mkdtempSync(join(tmpdir(), 'fangkong-pack-'));
  try {
    const pnpm = pnpmCommand();
    execFileSync(pnpm.file, [...pnpm.args, 'pack', '--pack-destination', out], {
      cwd: pkgDir,
      stdio: 'pipe',
    });
    const tarballName = readdirSync(out).find((name) => name.endsWith('.tgz'));
    if (!tarballName) throw new Error(`pnpm pack wrote no tarball for ${pkgDir}`);
    const tarball = join(out, tarballName);

    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((name) => name.replace(/^package\//, ''));

    const buffer = readFileSync(tarball);
    const arrayBuffer = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    const lint = await publint({ pack: { tarball: arrayBuffer as ArrayBuffer }, strict: true });
    const packageJson = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const publintMessages = lint.messages.map((message) => ({
      type: message.type,
      text: formatMessage(message, packageJson) ?? message.code,
    }));

    const attwBin = join(repoRoot, 'node_modules', '.bin', 'attw');
    let attwJson: string;
    try {
      attwJson = execFileSync(attwBin, [tarball, '--format', 'json'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      // attw exits 1 when it finds problems; its JSON is still on stdout.
      attwJson = String((error as { stdout?: unknown }).stdout ?? '');
      if (!attwJson.trim()) throw error;
    }
    const analysis = JSON.parse(attwJson) as {
      analysis?: { problems?: { kind: string; entrypoint?: string; resolutionKind?: string }[] };
    };
    const attw = (analysis.analysis?.problems ?? []).map(
      (problem) => `${problem.kind}: ${problem.entrypoint ?? ''} (${problem.resolutionKind ?? ''})`,
    );
    return { files, publint: publintMessages, attw };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * The test every published package runs on its packed tarball: publint and attw report nothing,
 * and the tarball holds the builds and `files` it should and no sources or tests.
 *
 * @example
 * // packages/core/test/package.test.ts
 * describePackedPackage(new URL('..', import.meta.url), ['dist/areas.js', 'schema/records.schema.json']);
 */
export function describePackedPackage(pkgUrl: URL, extraFiles: string[] = []): void {
  const pkgDir = fileURLToPath(pkgUrl);
  const name = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).name as string;

  describe(`the packed ${name} tarball`, () => {
    let report: PackedPackageReport;

    beforeAll(async () => {
      if (!existsSync(join(pkgDir, 'dist/index.js'))) {
        throw new Error(`${join(pkgDir, 'dist')} is missing: run \`pnpm build\` first (\`pnpm test\` does)`);
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
      const expected = [
        'package.json',
        'README.md',
        'dist/index.js',
        'dist/index.cjs',
        'dist/index.d.ts',
        'dist/index.d.cts',
      ];
      expect(report.files).toEqual(expect.arrayContaining([...expected, ...extraFiles]));
      expect(report.files.filter((file) => file.startsWith('src/') || file.endsWith('.test.ts'))).toEqual([]);
    });
  });
}
