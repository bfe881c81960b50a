/**
 * Reads a docs page the way a reader follows it: the files it asks to save ("Save this as
 * `extract.mjs`:" before a fenced block) and the commands whose output it shows (a ```sh block
 * followed by "It prints:" and a ```text block). The getting-started tests run exactly these.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A fenced block of a page, with the prose between it and the block before it. */
export interface FencedBlock {
  info: string;
  content: string;
  prose: string;
}

/** A file the page asks the reader to save, in page order. */
export interface PageFile {
  path: string;
  content: string;
}

/**
 * A shell command the reader runs after installing, in page order; `expected` is the output the
 * page shows for it ("It prints:"), when it shows one.
 */
export interface PageStep {
  command: string;
  expected?: string;
}

export interface DocsPage {
  text: string;
  blocks: FencedBlock[];
  files: PageFile[];
  steps: PageStep[];
}

/** The absolute path of a page under docs/, e.g. `docsPath('getting-started/npm.md')`. */
export function docsPath(page: string): string {
  return fileURLToPath(new URL(`../${page}`, import.meta.url));
}

/** Splits Markdown into its fenced blocks (``` fences only, as the docs use), each with the prose before it. */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const lines = markdown.split('\n');
  let prose: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^```(.*)$/.exec(lines[index] ?? '');
    if (!open) {
      prose.push(lines[index] ?? '');
      continue;
    }
    const content: string[] = [];
    index++;
    while (index < lines.length && lines[index] !== '```') content.push(lines[index++] ?? '');
    if (index >= lines.length) throw new Error(`unclosed fence \`\`\`${open[1]} in the page`);
    blocks.push({
      info: (open[1] ?? '').trim(),
      content: `${content.join('\n')}\n`,
      prose: prose.join('\n'),
    });
    prose = [];
  }
  return blocks;
}

/**
 * Reads a page under docs/ into its blocks, the files it asks to save, and the shell commands that
 * come after its last install block (one holding `npm install`), which the tests replace by
 * installing the packed tarballs.
 */
export function readDocsPage(page: string): DocsPage {
  const text = readFileSync(docsPath(page), 'utf8');
  const blocks = fencedBlocks(text);
  const files: PageFile[] = [];
  const steps: PageStep[] = [];
  const lastInstall = blocks.findLastIndex(
    (block) => block.info === 'sh' && /npm install/.test(block.content),
  );
  blocks.forEach((block, index) => {
    const saves = [...block.prose.matchAll(/save this as `([^`]+)`/gi)];
    const last = saves.at(-1);
    if (last?.[1]) files.push({ path: last[1], content: block.content });
    if (block.info !== 'sh' || index <= lastInstall) return;
    const next = blocks[index + 1];
    const step: PageStep = { command: block.content.trim() };
    if (next && next.prose.trim() === 'It prints:') {
      if (next.info !== 'text')
        throw new Error(`${page}: the output after "It prints:" must be a \`\`\`text block`);
      step.expected = next.content;
    }
    steps.push(step);
  });
  return { text, blocks, files, steps };
}
