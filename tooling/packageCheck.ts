/**
 * Packs a workspace package as it would be published and lints the tarball with publint and
 * @arethetypeswrong/cli. Every published package has a test that calls this.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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

/** Packs `pkgDir` with pnpm (so `workspace:` ranges become versions) into `out`; returns the tarball's path. */
function pack(pkgDir: string, out: string): string {
  const pnpm = pnpmCommand();
  const before = new Set(readdirSync(out));
  execFileSync(pnpm.file, [...pnpm.args, 'pack', '--pack-destination', out], { cwd: pkgDir, stdio: 'pipe' });
  const name = readdirSync(out).find((file) => file.endsWith('.tgz') && !before.has(file));
  if (!name) throw new Error(`pnpm pack wrote no tarball for ${pkgDir}`);
  return join(out, name);
}

/** A user's project with the packed tarballs installed, and a way to run code in it. */
export interface InstalledProject {
  dir: string;
  /** Runs `node <file>` (written into the project first) and returns its stdout. */
  run(file: string, source: string): string;
  /** Type-checks `source` as `index.ts` with the given compiler options; returns tsc's output (empty when clean). */
  typecheck(source: string, compilerOptions: Record<string, unknown>): string;
  remove(): void;
}

/**
 * Installs the packed tarballs of workspace packages into an empty project in a temporary folder,
 * as a user would with `npm install <tarball>`: registry dependencies come from the npm registry
 * (or npm's cache). Install scripts are skipped and native modules listed in `prebuilt` are copied
 * from the workspace's own build instead (nodejieba takes minutes to compile; its build is the
 * same Node and version). `fromRegistry` adds packages a user installs beside them (`express@5`).
 *
 * @example
 * const project = installPackedPackages([coreDir, jiebaDir], ['nodejieba']);
 * project.run('check.mjs', "import { parseNumeral } from '@fangkong/core'; console.log(parseNumeral('两'));"); // → '2\n'
 */
export function installPackedPackages(
  pkgDirs: string[],
  prebuilt: string[] = [],
  fromRegistry: string[] = [],
): InstalledProject {
  const dir = mkdtempSync(join(tmpdir(), 'fangkong-installed-'));
  const tarballs = pkgDirs.map((pkgDir) => pack(pkgDir, dir));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'user-project', private: true, type: 'module' }),
  );
  execFileSync(
    'npm',
    ['install', '--ignore-scripts', '--no-audit', '--no-fund', ...tarballs, ...fromRegistry],
    {
      cwd: dir,
      stdio: 'pipe',
    },
  );
  for (const name of prebuilt) {
    // The workspace's copy of the module, resolved from the first package that depends on it.
    const source = pkgDirs
      .map((pkgDir) => join(pkgDir, 'node_modules', name))
      .find((candidate) => existsSync(join(candidate, 'build')));
    if (!source) throw new Error(`no built ${name} in the workspace to copy`);
    cpSync(join(realpathSync(source), 'build'), join(dir, 'node_modules', name, 'build'), {
      recursive: true,
    });
  }
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  return {
    dir,
    run(file, source) {
      writeFileSync(join(dir, file), source);
      return execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    },
    typecheck(source, compilerOptions) {
      writeFileSync(join(dir, 'index.ts'), source);
      const config = {
        compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, types: [], ...compilerOptions },
        files: ['index.ts'],
      };
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
      try {
        execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], {
          cwd: dir,
          encoding: 'utf8',
          stdio: 'pipe',
        });
        return '';
      } catch (error) {
        return String((error as { stdout?: unknown }).stdout ?? error);
      }
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
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
