/**
 * Finds every code example a user reads: fenced blocks in the Markdown and `@example` blocks in
 * the JSDoc of each package's public API (what its entry points export).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** How far an example is checked. */
export type ExampleMode = 'run' | 'typecheck' | 'skip';

export interface Example {
  /** `file:line` of the block's first code line, the test's name. */
  id: string;
  source: 'markdown' | 'jsdoc';
  /** Path from the repository root. */
  file: string;
  /** 1-based line in `file` of the example's first code line. */
  line: number;
  /** The info string's language (`ts`, `js`, `html`, …). */
  lang: string;
  mode: ExampleMode;
  /** Where a runnable example runs: a plain Node process (the default) or a page of Chromium (it needs a DOM). */
  runIn?: 'node' | 'chromium';
  /** Why the example is type-checked only or skipped. */
  reason?: string;
  code: string;
  /** For a JSDoc example: the package whose public names the checker may import for it. */
  packageName?: string;
  /**
   * A block whose info string says `file=<name>` is written under that name in the directory the
   * examples run in, so that a later example can read it (a policy pack shown as JSON).
   */
  fileName?: string;
}

const checkedLanguages = new Set(['ts', 'js', 'typescript', 'javascript', 'mjs']);

/** The info-string flags an author may write after the language (` ```ts no-run`). */
const flags = {
  'no-check': 'marked no-check',
  'no-run': 'marked no-run',
} as const;

/** Markdown files whose code blocks are checked: the READMEs and the docs, not the generated API reference. */
export function markdownFiles(root: string): string[] {
  const files = ['README.md'];
  for (const dir of readdirSync(join(root, 'packages')).sort()) {
    if (existsSync(join(root, 'packages', dir, 'README.md'))) files.push(`packages/${dir}/README.md`);
  }
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (path !== 'docs/api') walk(path);
      } else if (entry.name.endsWith('.md')) files.push(path);
    }
  };
  walk('docs');
  return files;
}

const fence = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/;

/**
 * The fenced code blocks of one Markdown text. A block's language decides whether it is checked;
 * `no-check` skips it, `no-run` type-checks it only; a widget example needs a DOM, so it runs in
 * Chromium.
 */
export function markdownExamples(file: string, text: string): Example[] {
  const lines = text.split('\n');
  const examples: Example[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = fence.exec(lines[index]!);
    if (!open) continue;
    const [, indent, marker, lang, rest] = open as unknown as [string, string, string, string, string];
    const body: string[] = [];
    let end = index + 1;
    for (; end < lines.length; end++) {
      const line = lines[end]!;
      if (line.trim().startsWith(marker) && line.trim().replace(/[`~]/g, '') === '') break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    examples.push(
      classify({ source: 'markdown', file, line: index + 2, lang, info: rest, code: body.join('\n') }),
    );
    index = end;
  }
  return examples;
}

function classify(found: {
  source: Example['source'];
  file: string;
  line: number;
  lang: string;
  info: string;
  code: string;
  packageName?: string;
}): Example {
  const { info, ...rest } = found;
  const example: Example = { id: `${found.file}:${found.line}`, ...rest, mode: 'run' };
  const fileName = /(?:^|\s)file=([\w.-]+)/.exec(info)?.[1];
  if (fileName) example.fileName = fileName;
  const flag = info.split(/\s+/).find((word): word is keyof typeof flags => word in flags);
  if (!checkedLanguages.has(found.lang)) {
    example.mode = 'skip';
    example.reason = found.lang ? `${found.lang}, not TypeScript or JavaScript` : 'no language';
  } else if (flag === 'no-check') {
    example.mode = 'skip';
    example.reason = flags[flag];
  } else if (flag === 'no-run') {
    example.mode = 'typecheck';
    example.reason = flags[flag];
  } else if (/@fangkong\/widget/.test(found.code) || found.packageName === '@fangkong/widget') {
    example.runIn = 'chromium';
  }
  return example;
}

/** A package and the source file of each of its entry points, from its `exports`. */
export interface PackageEntries {
  name: string;
  dir: string;
  /** Specifier (`@fangkong/core/areas`) → source file. */
  entries: Map<string, string>;
}

/** Every package in `packages/` with the source file behind each subpath export that has types. */
export function packageEntries(root: string): PackageEntries[] {
  return readdirSync(join(root, 'packages'))
    .sort()
    .map((dir) => {
      const packageDir = join(root, 'packages', dir);
      const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
        name: string;
        exports: Record<string, unknown>;
      };
      const entries = new Map<string, string>();
      for (const [subpath, target] of Object.entries(manifest.exports)) {
        if (typeof target !== 'object' || subpath.includes('*')) continue;
        const name = subpath === '.' ? 'index' : subpath.slice(2);
        const source = [`src/${name}.ts`, `src/${name}/index.ts`]
          .map((file) => join(packageDir, file))
          .find((file) => existsSync(file));
        if (!source) throw new Error(`${manifest.name}: no source file for the export "${subpath}"`);
        entries.set(subpath === '.' ? manifest.name : `${manifest.name}/${name}`, source);
      }
      return { name: manifest.name, dir: packageDir, entries };
    });
}

/** One program over every entry's sources, to follow re-exports to the declarations. */
export function sourceProgram(packages: PackageEntries[]): ts.Program {
  return ts.createProgram(
    packages.flatMap((pkg) => [...pkg.entries.values()]),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      resolveJsonModule: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
  );
}

/** The exported symbols of an entry, each followed to what it names. */
export function entryExports(program: ts.Program, file: string): ts.Symbol[] {
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(file);
  const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) throw new Error(`${file} is not a module`);
  return checker.getExportsOfModule(moduleSymbol);
}

/** Declarations a public export documents: the export's own, and those of its members (a class's methods). */
function documentedDeclarations(checker: ts.TypeChecker, exported: ts.Symbol): ts.Declaration[] {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const declarations = [...(symbol.declarations ?? [])];
  for (const declaration of symbol.declarations ?? []) {
    if (ts.isClassDeclaration(declaration) || ts.isInterfaceDeclaration(declaration)) {
      declarations.push(...declaration.members);
    }
  }
  return declarations;
}

/**
 * The `@example` blocks in the JSDoc of every package's public API, read from the sources (so
 * that a failure names the source line). The content of a tag is TypeScript unless it is fenced
 * with another language (` ```html `).
 */
export function jsdocExamples(root: string, packages: PackageEntries[], program: ts.Program): Example[] {
  const checker = program.getTypeChecker();
  const seen = new Set<string>();
  const examples: Example[] = [];
  for (const pkg of packages) {
    for (const entry of pkg.entries.values()) {
      // The entry's own comment (`@module`) comes first in its file.
      const firstStatement = program.getSourceFile(entry)?.statements[0];
      const declarations = entryExports(program, entry).flatMap((exported) =>
        documentedDeclarations(checker, exported),
      );
      for (const declaration of firstStatement ? [firstStatement, ...declarations] : declarations) {
        for (const tag of ts.getJSDocTags(declaration)) {
          if (tag.tagName.text !== 'example') continue;
          const sourceFile = declaration.getSourceFile();
          const key = `${sourceFile.fileName}:${tag.pos}`;
          if (seen.has(key)) continue;
          seen.add(key);
          examples.push(exampleOfTag(root, sourceFile, tag, pkg.name));
        }
      }
    }
  }
  return examples.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function exampleOfTag(
  root: string,
  sourceFile: ts.SourceFile,
  tag: ts.JSDocTag,
  packageName: string,
): Example {
  const file = relative(root, sourceFile.fileName);
  const tagLine = sourceFile.getLineAndCharacterOfPosition(tag.tagName.getStart(sourceFile)).line;
  const raw = sourceFile.text.slice(tag.tagName.getEnd(), tag.end);
  const lines = raw.split('\n').map((line) => line.replace(/^\s*\*(?: |$)/, ''));
  // The text after `@example` on its own line is a title, not code.
  lines.shift();
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  const fenced = lines.length > 0 ? fence.exec(lines[0]!) : null;
  if (fenced) {
    const closing = lines.findIndex((line, index) => index > 0 && line.trim().startsWith(fenced[2]!));
    return classify({
      source: 'jsdoc',
      file,
      line: tagLine + 3,
      lang: fenced[3] ?? '',
      info: fenced[4] ?? '',
      code: lines.slice(1, closing === -1 ? undefined : closing).join('\n'),
      packageName,
    });
  }
  return classify({
    source: 'jsdoc',
    file,
    line: tagLine + 2,
    lang: 'ts',
    info: '',
    code: lines.join('\n'),
    packageName,
  });
}
