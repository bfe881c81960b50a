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

// `changeset version` silently skips a file whose front matter it cannot read, so check the form here.
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
