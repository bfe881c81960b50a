/**
 * Keeps docs/data-model.md and docs/policy-authoring.md in step with the code, mechanically: every
 * field of the JSON Schemas in packages/core/schema and every code in core's source is documented,
 * and nothing documented is gone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocsPage } from './markdownPage';

const coreDir = fileURLToPath(new URL('../../packages/core/', import.meta.url));

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

function readSchema(name: string): JsonSchema {
  return JSON.parse(readFileSync(join(coreDir, 'schema', name), 'utf8')) as JsonSchema;
}

/** The object schemas reachable from `schema` without following `$ref`: itself, array items, anyOf/oneOf branches. */
function inlineObjects(schema: JsonSchema, path: string): { path: string; schema: JsonSchema }[] {
  if (schema.$ref) return [];
  if (schema.properties) return [{ path, schema }];
  const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  return [
    ...(schema.items ? inlineObjects(schema.items, `${path}[]`) : []),
    ...branches.flatMap((branch) => inlineObjects(branch, path)),
  ];
}

const sameKeys = (schema: JsonSchema, keys: string[]) =>
  Object.keys(schema.properties ?? {})
    .sort()
    .join() === [...keys].sort().join();
const isSpan = (schema: JsonSchema) => sameKeys(schema, ['start', 'end']);
const isWarning = (schema: JsonSchema) => sameKeys(schema, ['code', 'message', 'span']);

/**
 * The fields of one object schema as the page names them: `field`, and `field.sub` / `field[].sub`
 * for objects written inline. Spans and warnings are documented once, as `Span` and `Warning`.
 */
function fieldsOf(schema: JsonSchema, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const nested = inlineObjects(property, `${prefix}${name}`).filter(
      ({ schema: inner }) => !isSpan(inner) && !isWarning(inner),
    );
    return [`${prefix}${name}`, ...nested.flatMap((inner) => fieldsOf(inner.schema, `${inner.path}.`))];
  });
}

/** The page's `### \`Name\`` sections, each with the first-column names of its tables. */
function documentedSections(markdown: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^#{2,3} (.*)$/.exec(line);
    if (heading) {
      const name = /^`([A-Za-z]+)`$/.exec(heading[1] ?? '');
      current = name?.[1] ? [] : null;
      if (name?.[1]) sections.set(name[1], current as string[]);
      continue;
    }
    const row = /^\| `([^`]+)` \|/.exec(line);
    if (current && row?.[1]) current.push(row[1]);
  }
  return sections;
}

/** Every code in core's source: quoted SCREAMING_SNAKE_CASE literals and the keys of the `…_MEANINGS` tables. */
function codesInCoreSource(): string[] {
  const files = (function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
    });
  })(join(coreDir, 'src'));
  const codes = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g)) codes.add(match[1] as string);
    for (const table of source.matchAll(/_MEANINGS = \{([\s\S]*?)\} as const/g)) {
      for (const key of (table[1] ?? '').matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)) codes.add(key[1] as string);
    }
  }
  return [...codes].sort();
}

/** The codes the page documents: first column of the tables under "## Warning codes" and "## Error codes". */
function documentedCodes(markdown: string): string[] {
  const codes: string[] = [];
  let inCodes = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) inCodes = line === '## Warning codes' || line === '## Error codes';
    const row = /^\| `([A-Z][A-Z0-9_]+)` \|/.exec(line);
    if (inCodes && row?.[1]) codes.push(row[1]);
  }
  return codes;
}

describe('docs/data-model.md', () => {
  const page = readDocsPage('data-model.md').text;
  const sections = documentedSections(page);
  const schema = readSchema('records.schema.json');
  const defs = schema.$defs ?? {};

  it('has a section for every record schema, and no section for one that does not exist', () => {
    const objectDefs = Object.keys(defs).filter((name) => defs[name]?.properties);
    const unions = Object.keys(defs).filter((name) => !defs[name]?.properties);
    expect(objectDefs.length).toBeGreaterThan(15);
    expect([...sections.keys()].sort()).toEqual([...objectDefs, ...unions, 'Span', 'Warning'].sort());
  });

  it.each(Object.keys(defs).filter((name) => defs[name]?.properties))(
    'documents every field of %s, and only those',
    (name) => {
      expect([...(sections.get(name) ?? [])].sort()).toEqual(fieldsOf(defs[name] as JsonSchema).sort());
    },
  );

  it('documents the span and the warning as the schema has them', () => {
    expect(sections.get('Span')).toEqual(['start', 'end']);
    expect(sections.get('Warning')).toEqual(['code', 'message', 'span']);
  });

  it("documents every code in core's source once, and no code that is gone", () => {
    const documented = documentedCodes(page);
    const inSource = codesInCoreSource();
    expect(inSource).toContain('EMPTY_NUMBER_SLOT');
    expect(inSource).toContain('MONTH_FROM_REFERENCE');
    expect(documented.filter((code, index) => documented.indexOf(code) !== index)).toEqual([]);
    expect([...documented].sort()).toEqual(inSource);
  });
});

/** Every field path of a schema, as `a.b[].c`. */
function schemaPaths(schema: JsonSchema, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const path = `${prefix}${name}`;
    const nested = inlineObjects(property, path).flatMap((inner) =>
      schemaPaths(inner.schema, `${inner.path}.`),
    );
    return [path, ...nested];
  });
}

/** The first-column names of the tables under the heading `## <title>`. */
function tableUnder(markdown: string, title: string): string[] {
  const names: string[] = [];
  let inside = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) inside = line === `## ${title}`;
    const row = /^\| `([^`]+)` \|/.exec(line);
    if (inside && row?.[1]) names.push(row[1]);
  }
  return names;
}

const withoutComments = (jsonc: string) =>
  jsonc.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:"])\/\/.*$/gm, '$1');

describe('docs/policy-authoring.md', () => {
  const page = readDocsPage('policy-authoring.md');
  const schema = readSchema('policy-pack.schema.json');

  it('documents every field of the policy-pack JSON Schema, and only those', () => {
    const paths = [...new Set(schemaPaths(schema))].sort();
    expect(paths).toContain('rules.riskSchemes[].downgrades[].fromLevel');
    expect([...tableUnder(page.text, 'The fields')].sort()).toEqual(paths);
  });

  it('shows examples that loadPolicyPack accepts: the complete pack, a category and a scheme', async () => {
    const { loadPolicyPack } = await import('../../packages/core/dist/index.js');
    const complete = page.blocks.find(
      (block) => block.info.split(' ')[0] === 'json' && block.content.includes('"rules"'),
    );
    expect(complete).toBeDefined();
    expect(() => loadPolicyPack(complete?.content ?? '')).not.toThrow();
    const fragments = page.blocks
      .filter((block) => block.info === 'jsonc')
      .map((block) => JSON.parse(withoutComments(block.content)) as { id: string; citations: string[] });
    expect(fragments.map((fragment) => fragment.id)).toEqual(['closeContact', 'riskArea']);
    const [category, scheme] = fragments;
    const ids = [
      ...new Set(
        JSON.stringify(fragments)
          .match(/"citations":\[[^\]]*\]/g)
          ?.flatMap((list) => JSON.parse(list.slice(12)) as string[]),
      ),
    ];
    const pack = {
      id: 'docs-example',
      title: 'docs example',
      jurisdiction: 'CN',
      effective: { from: '2021-01-01T00:00:00+08:00', until: null },
      citations: ids.map((id) => ({ id, document: 'example', date: '2021-01-01', quote: 'example' })),
      rules: { quarantine: [category], riskSchemes: [scheme] },
    };
    expect(() => loadPolicyPack(pack)).not.toThrow();
  });
});

describe('the $schema URLs the docs recommend', () => {
  const pages = ['policy-authoring.md', 'data-model.md', 'getting-started/npm.md'];
  const corePackage = JSON.parse(readFileSync(join(coreDir, 'package.json'), 'utf8')) as { files: string[] };

  it.each(pages)('%s: every versioned unpkg URL of @fangkong/core names a file the package ships', (name) => {
    const text = readDocsPage(name).text;
    for (const match of text.matchAll(/https:\/\/unpkg\.com\/@fangkong\/core(@[^/]*)?\/([^\s"`)]+)/g)) {
      expect(match[1], `${match[0]} pins no version`).toMatch(/^@\d+\.\d+\.\d+$/);
      const path = match[2] as string;
      expect(corePackage.files).toContain(path.split('/')[0]);
      expect(statSync(join(coreDir, path)).isFile()).toBe(true);
    }
  });
});
