/**
 * Starts a new package from `tooling/template`: package.json (exports map, files, engines,
 * repository, prepack), tsconfig, the tsup and vitest configs, a README skeleton, the root's
 * LICENSE and a changeset, so that every fangkong package starts alike.
 *
 * @example
 * npx tsx tooling/newPackage.ts cli "The fangkong command: bulletins to CSV from the shell"
 * // → packages/cli/…, .changeset/cli-initial.md; then `npx -y pnpm@10.34.8 install`
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const [name, description] = process.argv.slice(2);
if (!name || !/^[a-z][a-z0-9-]*$/.test(name) || !description) {
  console.error('usage: npx tsx tooling/newPackage.ts <name: lower-case, e.g. cli> "<one-line purpose>"');
  process.exit(64);
}
const target = join(root, 'packages', name);
if (existsSync(target)) {
  console.error(`packages/${name} exists already`);
  process.exit(73);
}
const pascal = name.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase());
const fill = (text: string) =>
  text.replaceAll('{{name}}', name).replaceAll('{{Name}}', pascal).replaceAll('{{description}}', description);

cpSync(join(root, 'tooling', 'template'), target, { recursive: true });
(function walk(dir: string): void {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path);
    else writeFileSync(path, fill(readFileSync(path, 'utf8')));
  }
})(target);
copyFileSync(join(root, 'LICENSE'), join(target, 'LICENSE'));
writeFileSync(
  join(root, '.changeset', `${name}-initial.md`),
  `---\n'@fangkong/${name}': minor\n---\n\nFirst release of @fangkong/${name}: ${description}\n`,
);
console.log(
  `packages/${name} created. Next: npx -y pnpm@10.34.8 install, fill src/index.ts and README.md, and list what its tarball holds in EXPECTATIONS of tooling/release/release.test.ts.`,
);
