import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const changesetDir = join(root, '.changeset');
const publishedPackages = new Set(
  readdirSync(join(root, 'packages')).map(
    (dir) => JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')).name as string,
  ),
);
const changesets = readdirSync(changesetDir).filter((name) => name.endsWith('.md') && name !== 'README.md');

describe('the .changeset folder', () => {
  it('holds its config, its README and changesets only (a stray file is never released)', () => {
    const others = readdirSync(changesetDir).filter(
      (name) => name !== 'config.json' && !name.endsWith('.md'),
    );
    expect(others).toEqual([]);
  });

  it('versions every package on its own and publishes it publicly from main', () => {
    const config = JSON.parse(readFileSync(join(changesetDir, 'config.json'), 'utf8'));
    expect(config).toMatchObject({ fixed: [], linked: [], access: 'public', baseBranch: 'main' });
  });
});

// `changeset version` silently skips a file whose front matter it cannot read, so check the form here.
// After a version step there are none until the next change.
describe.each(changesets)('the changeset %s', (name) => {
  const text = readFileSync(join(changesetDir, name), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n\n(\S[\s\S]*)$/.exec(text);

  it('opens with front matter naming packages and bumps, then a description', () => {
    expect(
      match,
      `${name} must start with ---, list "'@fangkong/x': patch|minor|major", close with ---`,
    ).not.toBeNull();
    const lines = match![1]!.split('\n');
    for (const line of lines) {
      const entry = /^'(@fangkong\/[a-z-]+)': (patch|minor|major)$/.exec(line);
      expect(entry, `bad front matter line "${line}" in ${name}`).not.toBeNull();
      expect(publishedPackages.has(entry![1]!), `${entry![1]} is not a package of packages/`).toBe(true);
    }
  });
});
