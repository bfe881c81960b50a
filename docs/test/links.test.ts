/**
 * Every relative link in the docs and the root README leads somewhere: the file exists and, for
 * `page.md#anchor`, the page has a heading with that anchor (GitHub's slugs).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fencedBlocks } from './markdownPage';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const docsDir = join(repoRoot, 'docs');

const pages = [
  join(repoRoot, 'README.md'),
  ...(function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'test' ? [] : walk(path);
      return name.endsWith('.md') ? [path] : [];
    });
  })(docsDir),
];

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to dashes. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const prose = fencedBlocks(markdown)
    .map((block) => block.prose)
    .join('\n');
  const trailing = markdown.slice(markdown.lastIndexOf('```') + 3);
  const headings = [...`${prose}\n${trailing}`.matchAll(/^#{1,6} (.+)$/gm)].map((match) =>
    slug(match[1] ?? ''),
  );
  return new Set(headings);
}

/** Relative links outside code: `[text](target)`. */
function linksOf(markdown: string): string[] {
  const prose = fencedBlocks(markdown)
    .map((block) => block.prose)
    .join('\n');
  const trailing = markdown.slice(markdown.lastIndexOf('```') + 3);
  return [...`${prose}\n${trailing}`.replace(/`[^`\n]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] as string)
    .filter((target) => !/^[a-z]+:/.test(target));
}

describe('relative links in README.md and docs/', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThan(12);
  });

  it.each(pages.map((page) => relative(repoRoot, page)))('%s: every link and anchor resolves', (page) => {
    const path = join(repoRoot, page);
    const broken: string[] = [];
    for (const link of linksOf(readFileSync(path, 'utf8'))) {
      const [file, anchor] = link.split('#') as [string, string | undefined];
      const target = file === '' ? path : resolve(dirname(path), file);
      if (!existsSync(target)) {
        broken.push(`${link}: no such file`);
        continue;
      }
      if (anchor && target.endsWith('.md') && !anchorsOf(readFileSync(target, 'utf8')).has(anchor)) {
        broken.push(`${link}: no heading with that anchor`);
      }
    }
    expect(broken).toEqual([]);
  });
});
