/**
 * The API report: for every entry point of every package, the exported names with their kind and
 * declaration, read from the BUILT declarations (`dist/*.d.ts`, what a user's TypeScript reads),
 * sorted, comments left out; then the declarations those use that the entry does not export. A
 * change to a package's public surface shows as a change to `packages/<pkg>/api/<entry>.api.md`.
 *
 * `npx tsx tooling/docs/src/apiReport.ts --write` (`pnpm api:update`) writes the reports; without
 * `--write` it lists the reports that differ from the build and exits 1.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** One entry point: its specifier, its built declaration file and where its report goes. */
export interface ApiEntry {
  packageName: string;
  packageDir: string;
  specifier: string;
  declarations: string;
  report: string;
}

/** Every entry point with types, from each package's `exports` (the `import` condition's `types`). */
export function apiEntries(): ApiEntry[] {
  return readdirSync(join(root, 'packages'))
    .sort()
    .flatMap((dir) => {
      const packageDir = join(root, 'packages', dir);
      const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
        name: string;
        exports: Record<string, { import?: { types?: string } } | string>;
      };
      return Object.entries(manifest.exports).flatMap(([subpath, target]) => {
        const types = typeof target === 'object' ? target.import?.types : undefined;
        if (!types) return [];
        const name = subpath === '.' ? 'index' : subpath.slice(2);
        return [
          {
            packageName: manifest.name,
            packageDir,
            specifier: subpath === '.' ? manifest.name : `${manifest.name}/${name}`,
            declarations: join(packageDir, types),
            report: join(packageDir, 'api', `${name.replaceAll('/', '-')}.api.md`),
          },
        ];
      });
    });
}

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

function kindOf(symbol: ts.Symbol): string {
  const flags = symbol.flags;
  const kinds: string[] = [];
  if (flags & ts.SymbolFlags.Class) kinds.push('class');
  else if (flags & ts.SymbolFlags.Function) kinds.push('function');
  else if (flags & ts.SymbolFlags.Variable) kinds.push('const');
  if (flags & ts.SymbolFlags.Enum) kinds.push('enum');
  if (flags & ts.SymbolFlags.Interface) kinds.push('interface');
  if (flags & ts.SymbolFlags.TypeAlias) kinds.push('type');
  if (flags & ts.SymbolFlags.Module) kinds.push('namespace');
  return kinds.join(' + ') || 'other';
}

/** The node to print for a declaration: a variable's whole statement. */
function printable(declaration: ts.Declaration): ts.Node {
  if (ts.isVariableDeclaration(declaration) && ts.isVariableDeclarationList(declaration.parent)) {
    return declaration.parent.parent;
  }
  return declaration;
}

function print(node: ts.Node): string {
  return printer.printNode(ts.EmitHint.Unspecified, node, node.getSourceFile()).trim();
}

/** The report of one entry point, as Markdown. */
function reportOf(program: ts.Program, entry: ApiEntry): string {
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(entry.declarations);
  const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) throw new Error(`${entry.declarations} is not built: run the build first`);
  const distDir = dirname(entry.declarations) + sep;
  const resolveAlias = (symbol: ts.Symbol): ts.Symbol =>
    symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;

  const exported = checker
    .getExportsOfModule(moduleSymbol)
    .map((symbol) => ({ name: symbol.name, target: resolveAlias(symbol) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const exportedTargets = new Set(exported.map(({ target }) => target));

  // Declarations in this package's build that the exports use without exporting them.
  const used = new Map<string, ts.Symbol>();
  const queue: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTypeReferenceNode(node) || ts.isExpressionWithTypeArguments(node) || ts.isTypeQueryNode(node)) {
      const name = ts.isTypeReferenceNode(node)
        ? node.typeName
        : ts.isTypeQueryNode(node)
          ? node.exprName
          : node.expression;
      const symbol = checker.getSymbolAtLocation(name);
      const target = symbol && resolveAlias(symbol);
      const declaration = target?.declarations?.[0];
      if (
        target &&
        declaration &&
        !exportedTargets.has(target) &&
        declaration.getSourceFile().fileName.startsWith(distDir) &&
        !(target.flags & ts.SymbolFlags.TypeParameter) &&
        !used.has(target.name)
      ) {
        used.set(target.name, target);
        queue.push(...(target.declarations ?? []));
      }
    }
    ts.forEachChild(node, visit);
  };

  const section = (symbols: { name: string; target: ts.Symbol }[]): string =>
    symbols
      .map(({ name, target }) => {
        const declarations = (target.declarations ?? []).map(printable);
        const shownName =
          target.name === name || target.name === 'default' ? name : `${name} (${target.name})`;
        return [`// ${shownName}: ${kindOf(target)}`, ...declarations.map(print)].join('\n');
      })
      .join('\n\n');

  for (const { target } of exported) queue.push(...(target.declarations ?? []));
  for (let index = 0; index < queue.length; index++) visit(printable(queue[index] as ts.Declaration));

  const usedSymbols = [...used.values()]
    .map((target) => ({ name: target.name, target }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const lines = [
    `# API report: \`${entry.specifier}\``,
    '',
    `Generated by \`pnpm api:update\` from \`${relative(entry.packageDir, entry.declarations)}\`: do not edit.`,
    'A change here changes what users of this entry point get; it needs a changeset naming the package.',
    '',
    `## Exports (${exported.length})`,
    '',
    '```ts',
    section(exported),
    '```',
  ];
  if (usedSymbols.length > 0) {
    lines.push(
      '',
      `## Used by the exports, not exported (${usedSymbols.length})`,
      '',
      '```ts',
      section(usedSymbols),
      '```',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Every entry's report, from the built declarations. */
export function apiReports(): { entry: ApiEntry; text: string }[] {
  const entries = apiEntries();
  const program = ts.createProgram(
    entries.map((entry) => entry.declarations),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: ['node'],
      noEmit: true,
      skipLibCheck: true,
    },
  );
  return entries.map((entry) => ({ entry, text: reportOf(program, entry) }));
}

/** The reports that differ from what the build gives (a missing report differs). */
export function staleReports(): string[] {
  return apiReports()
    .filter(({ entry, text }) => !existsSync(entry.report) || readFileSync(entry.report, 'utf8') !== text)
    .map(({ entry }) => relative(root, entry.report));
}

if (process.argv[1] && import.meta.url === `file://${resolve(process.argv[1])}`) {
  if (process.argv.includes('--write')) {
    for (const { entry, text } of apiReports()) {
      mkdirSync(dirname(entry.report), { recursive: true });
      writeFileSync(entry.report, text);
      console.log(`wrote ${relative(root, entry.report)}`);
    }
  } else {
    const stale = staleReports();
    for (const file of stale) console.log(`${file} differs from the build`);
    process.exit(stale.length > 0 ? 1 : 0);
  }
}
