/**
 * The `prepack` script of every package: builds the package being packed, and the packages it
 * depends on, with Turbo (from its cache when nothing changed), so that a tarball packed from a
 * checkout always holds its code, whoever packs it. Turbo needs a pnpm binary: `pnpm pack` and
 * `pnpm publish` provide one; under `npm pack`, pnpm 10.34.8 comes through npx.
 *
 * @example
 * // packages/<name>/package.json
 * "scripts": { "prepack": "node ../../tooling/prepack.mjs" }
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { name } = JSON.parse(readFileSync('package.json', 'utf8'));
const turbo = ['turbo', 'run', 'build', `--filter=${name}...`];
const underPnpm = /pnpm/.test(process.env.npm_execpath ?? '');
const [command, ...args] = underPnpm ? turbo : ['npx', '-y', 'pnpm@10.34.8', 'exec', ...turbo];
const run = spawnSync(command, args, { stdio: 'inherit' });
if (run.status !== 0) {
  console.error(`prepack: building ${name} failed (${[command, ...args].join(' ')}); nothing was packed`);
  process.exit(run.status ?? 1);
}
