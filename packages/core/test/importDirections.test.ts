import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The folders of core import one another in one direction only, so that each can be read (and
// changed) knowing only what lies below it. Entries (`index.ts`, `src/schemas.ts`) list what the
// folders export and may import any of them.
//
// The risk-level names (`risk/riskLevels.ts`) are a node of their own: risk/ owns them, and the
// pack schema (policy/) and the notices that mention levels (notices/) use them, while risk/'s
// computations use policy/ and notices/. The file imports nothing but `_internal`.
const ALLOWED: Record<string, string[]> = {
  base: [], // errors.ts, types.ts, sharedSchemas.ts, segmenter.ts
  _internal: ['base'],
  numbers: ['base', '_internal'],
  time: ['base', '_internal', 'numbers'],
  text: ['base', '_internal'],
  areas: ['base', '_internal'],
  'risk/riskLevels': ['_internal'],
  policy: ['base', '_internal', 'time', 'risk/riskLevels'],
  bulletin: ['base', '_internal', 'numbers', 'time', 'text', 'areas'],
  notices: ['base', '_internal', 'numbers', 'time', 'text', 'areas', 'risk/riskLevels'],
  extract: ['base', '_internal', 'time', 'text', 'areas', 'bulletin', 'notices'],
  quarantine: ['base', '_internal', 'time', 'policy'],
  risk: ['base', '_internal', 'time', 'policy', 'notices', 'risk/riskLevels'],
};

const srcDir = fileURLToPath(new URL('../src', import.meta.url));
const sources = (function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
})(srcDir);

/** The node a source file belongs to: its top folder, `base` for files at the top. */
function nodeOf(path: string): string {
  const rel = relative(srcDir, path).replaceAll('\\', '/');
  if (rel === 'risk/riskLevels.ts') return 'risk/riskLevels';
  const slash = rel.indexOf('/');
  return slash === -1 ? 'base' : rel.slice(0, slash);
}

const isEntry = (path: string) => /(^|\/)index\.ts$/.test(path) || relative(srcDir, path) === 'schemas.ts';

/** Every import of one node by another, as `from → to (file)`. */
const imports = sources
  .filter((path) => !isEntry(path))
  .flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(/from '(\.{1,2}\/[^']*)'/g)].map((match) => ({
      from: nodeOf(path),
      to: nodeOf(`${normalize(join(dirname(path), match[1]!))}.ts`),
      file: relative(srcDir, path),
    })),
  )
  .filter((edge) => edge.from !== edge.to);

describe('the folders of @fangkong/core', () => {
  it('each have a place in the table of allowed directions', () => {
    const nodes = new Set(sources.filter((path) => !isEntry(path)).map(nodeOf));
    expect([...nodes].filter((node) => !(node in ALLOWED))).toEqual([]);
  });

  it('import only the folders below them', () => {
    const wrong = imports.filter((edge) => !ALLOWED[edge.from]?.includes(edge.to));
    expect(wrong.map((edge) => `${edge.from} → ${edge.to} (${edge.file})`)).toEqual([]);
  });

  it('form no cycle: the allowed directions have an order', () => {
    const placed: string[] = [];
    const remaining = new Set(Object.keys(ALLOWED));
    while (remaining.size > 0) {
      const next = [...remaining].find((node) => ALLOWED[node]!.every((below) => placed.includes(below)));
      expect(next, `a cycle among ${[...remaining].join(', ')}`).toBeDefined();
      placed.push(next!);
      remaining.delete(next!);
    }
    expect(placed).toHaveLength(Object.keys(ALLOWED).length);
  });
});
