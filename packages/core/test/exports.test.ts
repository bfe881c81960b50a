import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };

// Every entry lists its exports by name (STYLE.md rule 3): a reader sees the public surface in one
// file, and a helper exported for a sibling file never becomes public by accident.
const tsupConfig = readFileSync(new URL('../tsup.config.ts', import.meta.url), 'utf8');
const entries = Object.fromEntries(
  [...tsupConfig.matchAll(/^\s+([a-z]+): '(src\/[^']+\.ts)',$/gm)].map((match) => [match[1]!, match[2]!]),
);

describe("core's entries", () => {
  it('are one per subpath of the exports map, each file named after its subpath', () => {
    const subpaths = Object.keys(packageJson.exports)
      .filter((key) => !key.includes('*') && !key.endsWith('.json'))
      .map((key) => (key === '.' ? 'index' : key.slice(2)));
    expect(Object.keys(entries).sort()).toEqual(subpaths.sort());
    for (const [name, file] of Object.entries(entries)) {
      expect([`src/${name}.ts`, `src/${name}/index.ts`]).toContain(file);
    }
  });

  it.each(Object.entries(entries))('%s lists its exports by name (no export *)', (_name, file) => {
    const source = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
    expect(source).not.toMatch(/export \*|export type \*/);
  });

  it('the root entry has every export of every subpath but the division data', async () => {
    const root = Object.keys(await import('../src/index'));
    for (const [name, file] of Object.entries(entries)) {
      if (name === 'index' || name === 'areas') continue;
      const subpath = Object.keys(await import(`../${file}`));
      expect(
        subpath.filter((key) => !root.includes(key)),
        name,
      ).toEqual([]);
    }
  });
});
