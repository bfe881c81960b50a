/**
 * Lists the largest functions of a source tree, by lines, so that a review can see which ones want
 * splitting into named steps. Test files and generated data are left out.
 *
 * @example
 * npx tsx tooling/largestFunctions.ts packages/core/src 10
 * // 173  packages/core/src/risk/earliestDowngrade.ts:97  downgradeStep
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

interface FunctionSize {
  lines: number;
  file: string;
  line: number;
  name: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function nameOf(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name)
    return node.name.getText();
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonymous)';
}

function functionSizes(file: string): FunctionSize[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const sizes: FunctionSize[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      sizes.push({ lines: end - start + 1, file, line: start + 1, name: nameOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sizes;
}

const [root = 'packages/core/src', count = '10'] = process.argv.slice(2);
const largest = sourceFiles(root)
  .flatMap(functionSizes)
  .sort((a, b) => b.lines - a.lines)
  .slice(0, Number(count));
for (const size of largest)
  console.log(`${String(size.lines).padStart(4)}  ${size.file}:${size.line}  ${size.name}`);
