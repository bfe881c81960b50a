/**
 * Tarballs of the workspace's packages as they are built now, installed into an empty project:
 * for tests that follow a page of the docs as a user would. The release check
 * (`tooling/release`) is the one that packs what a release publishes, from a scratch copy with
 * the changesets applied and `prepack` run; this packs the live checkout, which `pnpm test` has
 * just built, and skips `prepack` so that no rebuild rewrites `dist/` while other tests read it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type InstalledProject, installTarballs, pnpmCommand } from './release/stage';

export type { InstalledProject } from './release/stage';

/** Packs a built workspace package with pnpm (so `workspace:` ranges become versions) into `out`. */
function packBuilt(pkgDir: string, out: string): string {
  const { name } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { name: string };
  if (!existsSync(join(pkgDir, 'dist'))) {
    throw new Error(
      `${name} has no dist/ in ${pkgDir}: run \`npx -y pnpm@10.34.8 build\` first (\`pnpm test\` does)`,
    );
  }
  const pnpm = pnpmCommand();
  const before = new Set(readdirSync(out));
  execFileSync(pnpm.file, [...pnpm.args, 'pack', '--pack-destination', out], {
    cwd: pkgDir,
    stdio: 'pipe',
    env: { ...process.env, npm_config_ignore_scripts: 'true' },
  });
  const tarball = readdirSync(out).find((file) => file.endsWith('.tgz') && !before.has(file));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${name}`);
  return join(out, tarball);
}

/**
 * Packs the built packages in `pkgDirs` and installs the tarballs into an empty project with npm
 * (see `installTarballs`): each native module of `prebuilt` gets the workspace's own build,
 * `fromRegistry` adds what a user installs beside them (`express@5`).
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
  const out = mkdtempSync(join(tmpdir(), 'fangkong-pack-'));
  try {
    const tarballs = pkgDirs.map((pkgDir) => packBuilt(pkgDir, out));
    const builds = Object.fromEntries(
      prebuilt.map((name) => {
        const owner = pkgDirs.find((pkgDir) => existsSync(join(pkgDir, 'node_modules', name)));
        if (!owner) throw new Error(`no package of ${pkgDirs.join(', ')} depends on ${name}`);
        return [name, owner];
      }),
    );
    return installTarballs(tarballs, builds, fromRegistry);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
