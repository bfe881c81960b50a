/**
 * Checks every code example as a user would meet it: all of them type-checked in one TypeScript
 * program against the BUILT packages (resolved through their package.json `exports` from this
 * private workspace package, `moduleResolution: bundler`, strict), then each runnable one run,
 * with its `// →` claims checked: in one plain Node process, or, for the widget's (they need a
 * DOM), bundled by esbuild against the built widget and run in one page of real Chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { launchChromium } from '../../chromium';
import type { ExampleResult } from './claims';
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
import type { ManifestEntry } from './runtime';

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
function preludeOf(example: Example, publicNames: Found['publicNames'], code = example.code): string {
  if (example.source !== 'jsdoc') return '';
  const wanted = freeNames(code);
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
 * Type-checks every non-skipped example in one program, then runs the runnable ones: those for
 * Node in one process, those for Chromium in one page. `workDir` names the folder under `.cache`
 * used for it (one per caller, so that two runs never share one).
 */
export async function checkExamples(found: Found, workDir = 'examples'): Promise<Checked[]> {
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
  const manifests: Record<'node' | 'chromium', ManifestEntry[]> = { node: [], chromium: [] };
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
    // The claimed values may name public names the example itself does not use (`// → FangkongQuarantine`).
    const prelude = preludeOf(example, found.publicNames, instrumented.code);
    const compiled = ts.transpileModule(prelude + instrumented.code, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      fileName: file,
    }).outputText;
    const manifest = manifests[example.runIn ?? 'node'];
    const module = join(
      example.runIn === 'chromium' ? join(runDir, 'chromium') : runDir,
      fileNameOf(example, manifest.length).replace(/\.ts$/, '.mjs'),
    );
    mkdirSync(dirname(module), { recursive: true });
    writeFileSync(module, compiled);
    manifest.push({ id: example.id, module });
  }
  await build({
    entryPoints: [join(here, 'runtime.ts')],
    outfile: join(runDir, 'runtime.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
  });
  writeFileSync(join(runDir, 'manifest.json'), JSON.stringify(manifests.node));
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
  const ran = [
    ...(JSON.parse(readFileSync(join(runDir, 'results.json'), 'utf8')) as ExampleResult[]),
    ...(manifests.chromium.length > 0 ? await runInChromium(manifests.chromium, runDir) : []),
  ];
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

/** Where the page and the bundled examples are served from (by Playwright, no server listens). */
const pageOrigin = 'http://examples.fangkong.test';

/**
 * Bundles the Chromium examples with the browser runner (esbuild, code splitting: the built widget
 * is one shared chunk, so every example sees the same classes and the same registered tags) and
 * runs them one after another in one page of one headless Chromium.
 */
async function runInChromium(manifest: ManifestEntry[], runDir: string): Promise<ExampleResult[]> {
  const outdir = join(runDir, 'chromium', 'bundle');
  await build({
    entryPoints: [
      { in: join(here, 'browserRuntime.ts'), out: 'runtime' },
      ...manifest.map((entry, index) => ({ in: entry.module, out: `example${index}` })),
    ],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'error',
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.route(`${pageOrigin}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') {
        return route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><meta charset="utf-8"><script type="module" src="/runtime.js"></script>',
        });
      }
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(outdir, path)) });
    });
    await page.goto(`${pageOrigin}/`);
    await page.waitForFunction(() => '__fkRun' in globalThis);
    const out: ExampleResult[] = [];
    for (const [index, entry] of manifest.entries()) {
      out.push(
        await page.evaluate(
          ([id, url]) =>
            (
              globalThis as unknown as { __fkRun: (id: string, url: string) => Promise<ExampleResult> }
            ).__fkRun(id, url),
          [entry.id, `${pageOrigin}/example${index}.js`] as const,
        ),
      );
    }
    return out;
  } finally {
    await browser.close();
  }
}
