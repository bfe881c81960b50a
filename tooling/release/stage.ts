/**
 * What a release would publish, made the way a maintainer makes it, without touching the
 * checkout: a scratch copy of the checkout (its tracked and untracked files, not the ignored ones,
 * so no `dist` and no `node_modules`), `changeset version` applied to the copy, then each
 * publishable package packed there with pnpm, whose `prepack` builds it from nothing. The tarballs
 * then install into an empty project as a user's `npm install` would.
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { arethetypeswrong } from './attw';

/** The repository's root folder. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The fields of a package.json the release checks read. */
export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  files?: string[];
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  [field: string]: unknown;
}

/** A publishable package of `packages/`: its folder name and manifest. */
export interface WorkspacePackage {
  dir: string;
  manifest: Manifest;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/**
 * The packages `changeset publish` would publish (every `packages/*` that is not private), each
 * after the packages it depends on.
 *
 * @example
 * publishablePackages(repoRoot).map((pkg) => pkg.manifest.name);
 * // → ['@fangkong/core', '@fangkong/jieba', '@fangkong/cli', '@fangkong/express', '@fangkong/widget']
 */
export function publishablePackages(root: string): WorkspacePackage[] {
  const all = readdirSync(join(root, 'packages'))
    .filter((dir) => existsSync(join(root, 'packages', dir, 'package.json')))
    .map((dir) => ({ dir, manifest: readJson<Manifest>(join(root, 'packages', dir, 'package.json')) }))
    .filter((pkg) => !pkg.manifest.private);
  const ordered: WorkspacePackage[] = [];
  const visit = (pkg: WorkspacePackage): void => {
    if (ordered.includes(pkg)) return;
    for (const dependency of Object.keys(pkg.manifest.dependencies ?? {})) {
      const internal = all.find((other) => other.manifest.name === dependency);
      if (internal) visit(internal);
    }
    ordered.push(pkg);
  };
  for (const pkg of all.sort((a, b) => a.dir.localeCompare(b.dir))) visit(pkg);
  return ordered;
}

/** How this process runs pnpm: the pnpm that started it, or pnpm 10.34.8 through npx. */
export function pnpmCommand(): { file: string; args: string[] } {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return { file: process.execPath, args: [execPath] };
  return { file: 'npx', args: ['-y', 'pnpm@10.34.8'] };
}

/** Folders git ignores here (.gitignore), for a copy made without git (a tarball of the sources). */
const IGNORED = new Set(['node_modules', 'dist', '.turbo', '.git', 'coverage']);

/**
 * The files of the checkout as a fresh clone with the working tree's edits would have them: what
 * git tracks or would track (not what it ignores). Without git, every file outside `node_modules`,
 * `dist`, `.turbo`, `coverage` and `.ci/out`.
 */
function checkoutFiles(root: string): string[] {
  try {
    const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
      maxBuffer: 64 * 1024 * 1024,
    });
    return [...new Set(listed.split('\0').filter(Boolean))];
  } catch {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() || entry.isSymbolicLink())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)))
      .filter((file) => !file.split(sep).some((part) => IGNORED.has(part)))
      .filter((file) => !file.startsWith(join('.ci', 'out')) && !/\.(tgz|log)$/.test(file));
  }
}

/** A scratch copy of the checkout with the pending changesets applied. */
export interface ReleaseStage {
  root: string;
  /** The version each publishable package would be released under. */
  versions: Record<string, string>;
  remove(): void;
}

/**
 * Copies the checkout into a temporary folder (files git tracks or would track, see
 * `checkoutFiles`: no `dist`, no `node_modules`, no `.turbo`), links the workspace's installed
 * dependencies into it and runs `changeset version` there, as the release's version step does. Turbo's cache for the copy's
 * builds lives in the checkout's `.turbo/release-cache`, so a second check of the same sources
 * restores the builds instead of redoing them.
 */
export function stageRelease(root: string = repoRoot): ReleaseStage {
  const stage = mkdtempSync(join(tmpdir(), 'fangkong-release-'));
  for (const file of checkoutFiles(root)) {
    const source = join(root, file);
    if (!existsSync(source) || statSync(source).isDirectory()) continue; // deleted, or a submodule
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    cpSync(source, join(stage, file), { verbatimSymlinks: true });
  }
  // The installed dependencies: the root's by a link, each package's own links copied as they are
  // (pnpm writes them relative, so `@fangkong/core` points at the copy's core).
  symlinkSync(join(root, 'node_modules'), join(stage, 'node_modules'), 'dir');
  for (const dir of readdirSync(join(root, 'packages'))) {
    const modules = join(root, 'packages', dir, 'node_modules');
    if (existsSync(modules) && existsSync(join(stage, 'packages', dir))) {
      cpSync(modules, join(stage, 'packages', dir, 'node_modules'), {
        recursive: true,
        verbatimSymlinks: true,
      });
    }
  }
  execFileSync(process.execPath, [join(root, 'node_modules', '@changesets', 'cli', 'bin.js'), 'version'], {
    cwd: stage,
    stdio: 'pipe',
  });
  const versions = Object.fromEntries(
    publishablePackages(stage).map((pkg) => [pkg.manifest.name, pkg.manifest.version]),
  );
  return { root: stage, versions, remove: () => rmSync(stage, { recursive: true, force: true }) };
}

/** Turbo's settings for the stage's builds: its own cache in the checkout, no telemetry. */
const TURBO_ENV = {
  TURBO_CACHE_DIR: join(repoRoot, '.turbo', 'release-cache'),
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
};

/** One packed tarball and what is in it. */
export interface PackedPackage {
  name: string;
  /** The package's folder name under `packages/`. */
  dir: string;
  tarball: string;
  /** Whether the package had a `dist` folder before `pnpm pack` ran (a checkout has none). */
  hadDistBeforePack: boolean;
  /** The files inside the tarball (without `package/`), with their sizes in bytes. */
  files: { path: string; bytes: number }[];
  /** The package.json inside the tarball. */
  manifest: Manifest;
  /** The README.md inside the tarball ('' when there is none). */
  readme: string;
  /** The size of the tarball in bytes. */
  bytes: number;
}

/** What the linters say of a tarball. */
export interface TarballLint {
  /** publint's messages in strict mode. */
  publint: { type: string; text: string }[];
  /** @arethetypeswrong/cli's problems. */
  attw: string[];
}

function listTarball(tarball: string): { path: string; bytes: number }[] {
  return execFileSync('tar', ['-tvzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const match = /^\S+\s+\S+\s+(\d+)\s+\S+\s+\S+\s+package\/(.+)$/.exec(line);
      if (!match) throw new Error(`cannot read the tar listing line "${line}"`);
      return { path: match[2]!, bytes: Number(match[1]) };
    });
}

function fileInTarball(tarball: string, path: string): string {
  try {
    return execFileSync('tar', ['-xzOf', tarball, `package/${path}`], { encoding: 'utf8', stdio: 'pipe' });
  } catch {
    return '';
  }
}

async function lintWithPublint(
  tarball: string,
  manifest: Manifest,
): Promise<{ type: string; text: string }[]> {
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const buffer = readFileSync(tarball);
  const arrayBuffer = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
  const lint = await publint({ pack: { tarball: arrayBuffer as ArrayBuffer }, strict: true });
  return lint.messages.map((message) => ({
    type: message.type,
    text: formatMessage(message, manifest) ?? message.code,
  }));
}

/**
 * Lints a packed tarball with publint (strict) and @arethetypeswrong/cli (`profile`). Runs
 * beside the packing of the next package: it reads only the tarball.
 */
export async function lintTarball(
  pkg: PackedPackage,
  profile: 'strict' | 'node16' | 'esm-only',
): Promise<TarballLint> {
  const [publint, attw] = await Promise.all([
    lintWithPublint(pkg.tarball, pkg.manifest),
    arethetypeswrong(pkg.tarball, profile),
  ]);
  return { publint, attw };
}

/**
 * Packs one package of the stage with pnpm, as `changeset publish` does (pnpm turns `workspace:`
 * ranges into the versions of the copy's packages, and runs `prepack`), into `out`, and reads the
 * tarball. One package at a time: each `prepack` builds the packages it depends on.
 */
export function packStaged(stage: ReleaseStage, pkg: WorkspacePackage, out: string): PackedPackage {
  const dir = join(stage.root, 'packages', pkg.dir);
  const hadDistBeforePack = existsSync(join(dir, 'dist'));
  const pnpm = pnpmCommand();
  const before = new Set(readdirSync(out));
  execFileSync(pnpm.file, [...pnpm.args, 'pack', '--pack-destination', out], {
    cwd: dir,
    stdio: 'pipe',
    env: { ...process.env, ...TURBO_ENV },
  });
  const name = readdirSync(out).find((file) => file.endsWith('.tgz') && !before.has(file));
  if (!name) throw new Error(`pnpm pack wrote no tarball for ${pkg.manifest.name}`);
  const tarball = join(out, name);
  const manifest = JSON.parse(fileInTarball(tarball, 'package.json')) as Manifest;
  return {
    name: pkg.manifest.name,
    dir: pkg.dir,
    tarball,
    hadDistBeforePack,
    files: listTarball(tarball),
    manifest,
    readme: fileInTarball(tarball, 'README.md'),
    bytes: statSync(tarball).size,
  };
}

/**
 * The files `npm pack` would put in the tarball of a package of the stage, after deleting its
 * `dist/`: npm runs the same `prepack` as pnpm (through npx's pnpm when none is installed).
 */
export function npmPackFiles(stage: ReleaseStage, pkg: WorkspacePackage): string[] {
  const dir = join(stage.root, 'packages', pkg.dir);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const json = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts=false'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: 'pipe',
    env: { ...process.env, ...TURBO_ENV },
    maxBuffer: 64 * 1024 * 1024,
  });
  // npm prints the lifecycle scripts' output before the JSON.
  const start = json.search(/^\[\s*$/m);
  if (start < 0) throw new Error(`npm pack printed no JSON report:\n${json}`);
  const report = JSON.parse(json.slice(start)) as { files: { path: string }[] }[];
  return report[0]?.files.map((file) => file.path) ?? [];
}

/** A user's project with the packed tarballs installed, and ways to run code in it. */
export interface InstalledProject {
  dir: string;
  /** Runs `node <file>` (written into the project first) and returns its stdout. */
  run(file: string, source: string): string;
  /** Runs a binary of the project with `npx --no-install`, `input` on its stdin; returns stdout. */
  npx(args: string[], input?: string): string;
  /**
   * Type-checks `source` as `<name>.ts` with the given compiler options (its own tsconfig, so
   * several checks run at once); resolves to tsc's output ('' when clean).
   */
  typecheck(name: string, source: string, compilerOptions: Record<string, unknown>): Promise<string>;
  remove(): void;
}

/**
 * Installs tarballs into an empty project in a temporary folder with `npm install`, as a user
 * would, with no workspace links: registry dependencies come from npm's cache when it has them
 * (`--prefer-offline`), else from the registry. Install scripts are skipped and each native module
 * of `prebuilt` gets the workspace's own build copied in (nodejieba compiles for minutes; the
 * workspace built it for this same Node). `fromRegistry` adds what a user installs beside them.
 *
 * @example
 * const project = installTarballs(['/tmp/fangkong-core-0.1.0.tgz'], { nodejieba: '/repo/packages/jieba' });
 * project.run('check.mjs', "import { parseNumeral } from '@fangkong/core'; console.log(parseNumeral('两'));"); // → '2\n'
 */
export function installTarballs(
  tarballs: string[],
  prebuilt: Record<string, string> = {},
  fromRegistry: string[] = [],
): InstalledProject {
  const dir = mkdtempSync(join(tmpdir(), 'fangkong-installed-'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'user-project', private: true, type: 'module' }),
  );
  execFileSync(
    'npm',
    [
      'install',
      '--ignore-scripts',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      ...tarballs,
      ...fromRegistry,
    ],
    { cwd: dir, stdio: 'pipe' },
  );
  for (const [name, fromPackage] of Object.entries(prebuilt)) {
    const source = realpathSync(join(fromPackage, 'node_modules', name));
    if (!existsSync(join(source, 'build'))) throw new Error(`no built ${name} in ${fromPackage} to copy`);
    cpSync(join(source, 'build'), join(dir, 'node_modules', name, 'build'), { recursive: true });
  }
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  return {
    dir,
    run(file, source) {
      writeFileSync(join(dir, file), source);
      return execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    },
    npx(args, input) {
      return execFileSync('npx', ['--no-install', ...args], {
        cwd: dir,
        encoding: 'utf8',
        stdio: 'pipe',
        ...(input === undefined ? {} : { input }),
      });
    },
    async typecheck(name, source, compilerOptions) {
      writeFileSync(join(dir, `${name}.ts`), source);
      const config = {
        compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, types: [], ...compilerOptions },
        files: [`${name}.ts`],
      };
      writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify(config));
      try {
        await promisify(execFile)(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], {
          cwd: dir,
          encoding: 'utf8',
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
