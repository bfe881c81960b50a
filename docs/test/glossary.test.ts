/**
 * The glossary's "in code" column names ids that exist: every scheme and level of the one risk
 * vocabulary is in it, and each category, phase, anchor, scheme and pack it names exists.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtInPacks, RISK_LEVELS, RISK_SCHEME_IDS } from '../../packages/core/dist/index.js';
import { readDocsPage } from './markdownPage';

const glossary = readDocsPage('glossary.md').text;
const packSchema = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../packages/core/schema/policy-pack.schema.json', import.meta.url)),
    'utf8',
  ),
);
const quarantineItem = packSchema.properties.rules.properties.quarantine.items;

const named = (word: string) =>
  [...glossary.matchAll(new RegExp(`${word} \`([\\w-]+)\``, 'g'))].map((m) => m[1]);

describe('docs/glossary.md', () => {
  it('names every risk scheme and every level of each', () => {
    for (const scheme of RISK_SCHEME_IDS) expect(glossary).toContain(`scheme \`${scheme}\``);
    for (const { level } of RISK_LEVELS) expect(glossary).toContain(`\`${level}\``);
  });

  it('names only categories of the built-in packs, phase kinds and anchors of the pack schema, and packs that exist', () => {
    const categories = new Set(
      builtInPacks.flatMap((pack) => pack.rules.quarantine.map((category) => category.id)),
    );
    expect(named('category').length).toBeGreaterThan(3);
    for (const id of named('category')) expect(categories, id).toContain(id);
    for (const kind of named('phase'))
      expect(quarantineItem.properties.phases.items.properties.kind.enum).toContain(kind);
    for (const anchor of named('anchor')) expect(quarantineItem.properties.anchor.enum).toContain(anchor);
    for (const scheme of named('scheme')) expect(RISK_SCHEME_IDS).toContain(scheme);
    const packs = new Set(builtInPacks.map((pack) => pack.id));
    for (const id of named('pack')) expect(packs, id).toContain(id);
  });
});
