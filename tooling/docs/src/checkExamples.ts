/**
 * Checks every code example as a user would meet it: all of them type-checked in one TypeScript
 * program against the BUILT packages (resolved through their package.json `exports` from this
 * private workspace package, `moduleResolution: bundler`, strict), then each runnable one run in
 * one plain Node process with its `// →` claims checked.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import {
  type Example,
  entryExports,
  jsdocExamples,
  markdownExamples,
  markdownFiles,
  packageEntries,
  sourceProgram,
} from './findExamples';
import { instrument } from './instrument';
import type { ExampleResult, ManifestEntry } from './runtime';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository's root. */
export const root = resolve(here, '../../..');
/** Where the examples are written, compiled and run (git-ignored). */
const cacheRoot = resolve(here, '../.cache');

/** Every example found, with the public names each package's entries export (for JSDoc imports). */
export interface Found {
  examples: Example[];
  /** Package name → [specifier, exported names][], the package's main entry first. */
  publicNames: Map<string, [string, string[]][]>;
}

export function findExamples(): Found {
  const markdown = markdownFiles(root).flatMap((file) =>
    markdownExamples(file, readFileSync(join(root, file), 'utf8')),
  );
  const packages = packageEntries(root);
  const program = sourceProgram(packages);
  const publicNames = new Map(
    packages.map((pkg) => [
      pkg.name,
      [...pkg.entries].map(([specifier, file]): [string, string[]] => [
        specifier,
        entryExports(program, file).map((symbol) => symbol.name),
      ]),
    ]),
  );
  return { examples: [...markdown, ...jsdocExamples(root, packages, program)], publicNames };
}

/** What checking one example found: each message starts with the `file:line` it is about. */
export interface Checked {
  example: Example;
  failures: string[];
  /** `// →` claims checked by running the example. */
  claims: number;
  millis?: number;
}

/** Identifiers an example uses but does not declare: the public names it may leave unimported. */
function freeNames(code: string): Set<string> {
  const sourceFile = ts.createSourceFile('x.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const used = new Set<string>();
  const declared = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isDeclaration =
        (ts.isVariableDeclaration(parent) ||
          ts.isFunctionDeclaration(parent) ||
          ts.isClassDeclaration(parent) ||
          ts.isParameter(parent) ||
          ts.isBindingElement(parent) ||
          ts.isImportSpecifier(parent) ||
          ts.isImportClause(parent) ||
          ts.isNamespaceImport(parent)) &&
        (parent as ts.NamedDeclaration).name === node;
      const isMember = ts.isPropertyAccessExpression(parent) && parent.name === node;
      if (isDeclaration) declared.add(node.text);
      else if (!isMember) used.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return new Set([...used].filter((name) => !declared.has(name)));
}

/**
 * The import line a JSDoc example may leave out: its own package's public names first, then
 * core's, only those it uses.
 */
function preludeOf(example: Example, publicNames: Found['publicNames']): string {
  if (example.source !== 'jsdoc') return '';
  const wanted = freeNames(example.code);
  const taken = new Set<string>();
  const imports: string[] = [];
  const order = [
    example.packageName!,
    ...(example.packageName === '@fangkong/core' ? [] : ['@fangkong/core']),
  ];
  for (const packageName of order) {
    for (const [specifier, names] of publicNames.get(packageName) ?? []) {
      const picked = names.filter((name) => wanted.has(name) && !taken.has(name));
      for (const name of picked) taken.add(name);
      if (picked.length > 0) imports.push(`import { ${picked.join(', ')} } from '${specifier}';`);
    }
  }
  return `${imports.join(' ')}\n`;
}

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  moduleDetection: ts.ModuleDetectionKind.Force,
  strict: true,
  allowJs: true,
  checkJs: true,
  resolveJsonModule: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
};

function fileNameOf(example: Example, index: number): string {
  const base = example.id.replace(/[^\w]+/g, '_');
  return `${String(index).padStart(3, '0')}_${base}.${example.lang === 'js' || example.lang === 'javascript' || example.lang === 'mjs' ? 'mjs' : 'ts'}`;
}

/**
 * Type-checks every non-skipped example in one program, then runs the runnable ones in one process.
 * `workDir` names the folder under `.cache` used for it (one per caller, so that two runs never share one).
 */
export function checkExamples(found: Found, workDir = 'examples'): Checked[] {
  const cache = join(cacheRoot, workDir);
  rmSync(cache, { recursive: true, force: true });
  const sourceDir = join(cache, 'examples');
  const runDir = join(cache, 'run');
  mkdirSync(sourceDir, { recursive: true });
  mkdirSync(runDir, { recursive: true });

  const checked = found.examples.filter((example) => example.mode !== 'skip');
  const files = checked.map((example, index) => {
    const prelude = preludeOf(example, found.publicNames);
    const file = join(sourceDir, fileNameOf(example, index));
    writeFileSync(file, prelude + example.code);
    return { example, file, preludeLines: prelude ? 1 : 0 };
  });
  const results = new Map<Example, Checked>(
    checked.map((example) => [example, { example, failures: [], claims: 0 }]),
  );

  // One program for all: type-checking 100 examples costs about as much as one.
  const program = ts.createProgram(
    files.map(({ file }) => file),
    compilerOptions,
    ts.createCompilerHost({ ...compilerOptions, noEmit: true }),
  );
  for (const { example, file, preludeLines } of files) {
    const sourceFile = program.getSourceFile(file)!;
    for (const diagnostic of [
      ...program.getSyntacticDiagnostics(sourceFile),
      ...program.getSemanticDiagnostics(sourceFile),
    ]) {
      const line = sourceFile.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line - preludeLines;
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n    ');
      results
        .get(example)!
        .failures.push(
          `${example.file}:${example.line + Math.max(line, 0)}: TS${diagnostic.code}: ${message}`,
        );
    }
  }

  // Run: the claims become checks; each example is compiled on its own and imported in turn.
  const manifest: ManifestEntry[] = [];
  const claimLines = new Map<string, number>();
  for (const { example, file } of files) {
    if (example.mode !== 'run') continue;
    const instrumented = instrument(example.code, example.id);
    const result = results.get(example)!;
    for (const problem of instrumented.problems) {
      result.failures.push(`${example.file}:${example.line + problem.line}: ${problem.message}`);
    }
    for (const [index, claim] of instrumented.claims.entries()) {
      claimLines.set(`${example.id}@${index}`, example.line + claim.line);
    }
    result.claims = instrumented.claims.length;
    const prelude = preludeOf(example, found.publicNames);
    const compiled = ts.transpileModule(prelude + instrumented.code, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      fileName: file,
    }).outputText;
    const module = join(runDir, fileNameOf(example, manifest.length).replace(/\.ts$/, '.mjs'));
    writeFileSync(module, compiled);
    manifest.push({ id: example.id, module });
  }
  const runtime = ts.transpileModule(readFileSync(join(here, 'runtime.ts'), 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  writeFileSync(join(runDir, 'runtime.mjs'), runtime);
  writeFileSync(join(runDir, 'manifest.json'), JSON.stringify(manifest));
  for (const example of found.examples) {
    if (example.fileName) writeFileSync(join(runDir, example.fileName), example.code);
  }
  execFileSync(
    process.execPath,
    [join(runDir, 'runtime.mjs'), join(runDir, 'manifest.json'), join(runDir, 'results.json')],
    {
      cwd: runDir,
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 240_000,
    },
  );
  const ran = JSON.parse(readFileSync(join(runDir, 'results.json'), 'utf8')) as ExampleResult[];
  const byId = new Map(checked.map((example) => [example.id, results.get(example)!]));
  for (const outcome of ran) {
    const result = byId.get(outcome.id)!;
    result.millis = outcome.millis;
    if (outcome.error) result.failures.push(`${result.example.id}: running it threw ${outcome.error}`);
    const reached = new Set(outcome.claims.map((claim) => claim.id));
    for (const claim of outcome.claims) {
      if (!claim.ok)
        result.failures.push(`${result.example.file}:${claimLines.get(claim.id)}: ${claim.message}`);
    }
    for (let index = 0; index < result.claims; index++) {
      const id = `${outcome.id}@${index}`;
      if (!reached.has(id) && !outcome.error) {
        result.failures.push(
          `${result.example.file}:${claimLines.get(id)}: the example never reached this \`// →\``,
        );
      }
    }
  }
  return [...results.values()];
}
