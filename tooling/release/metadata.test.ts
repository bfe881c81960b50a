/**
 * What the registry shows of each package, read from the checkout (fast, no packing): the
 * package.json fields a user sees on the npm page, the prepack script, and one LICENSE text
 * copied into every package.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Manifest, publishablePackages, repoRoot } from './stage';

const REPOSITORY = 'https://github.com/fangkong/fangkong';
const license = readFileSync(join(repoRoot, 'LICENSE'), 'utf8');
const rootManifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Manifest;
const template = readFileSync(join(repoRoot, 'tooling', 'template', 'package.json'), 'utf8');

it('the root LICENSE is the MIT licence of the fangkong authors, 2026', () => {
  expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the fangkong authors\n/);
  expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  expect(rootManifest.license).toBe('MIT');
});

const packages = [
  ...publishablePackages(repoRoot),
  // A package started with tooling/newPackage.ts starts with the same fields.
  {
    dir: 'new-package',
    manifest: JSON.parse(
      template
        .replaceAll('{{name}}', 'new-package')
        .replaceAll('{{description}}', 'What tooling/newPackage.ts is given'),
    ) as Manifest,
  },
];

describe.each(packages)('packages/$dir/package.json', ({ dir, manifest }) => {
  it('says what the package is, its licence and where its code, docs and issues are', () => {
    expect(manifest.description).toMatch(/^\S.{30,}$/);
    expect(manifest.license).toBe('MIT');
    expect((manifest.keywords as string[]).length).toBeGreaterThanOrEqual(3);
    expect(manifest.repository).toEqual({
      type: 'git',
      url: `git+${REPOSITORY}.git`,
      directory: `packages/${dir}`,
    });
    expect(manifest.homepage).toBe(`${REPOSITORY}/tree/main/packages/${dir}#readme`);
    expect(manifest.bugs).toBe(`${REPOSITORY}/issues`);
    expect(manifest.engines).toEqual(rootManifest.engines);
    expect(manifest.author).toEqual(rootManifest.author);
    expect(manifest).toHaveProperty('sideEffects');
  });

  it('builds itself and the packages it depends on before it is packed, whoever packs it', () => {
    expect(manifest.scripts?.prepack).toBe('node ../../tooling/prepack.mjs');
  });

  it('ships its README, CHANGELOG and LICENSE', () => {
    expect(manifest.files).toEqual(expect.arrayContaining(['README.md', 'CHANGELOG.md', 'LICENSE']));
  });
});

describe.each(publishablePackages(repoRoot))('packages/$dir/LICENSE', ({ dir }) => {
  it('is a copy of the root LICENSE', () => {
    const file = join(repoRoot, 'packages', dir, 'LICENSE');
    expect(existsSync(file), `packages/${dir}/LICENSE is missing: cp LICENSE packages/${dir}/`).toBe(true);
    expect(readFileSync(file, 'utf8'), `packages/${dir}/LICENSE differs: cp LICENSE packages/${dir}/`).toBe(
      license,
    );
  });
});
