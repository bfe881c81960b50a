/**
 * Which packages a branch changed without a changeset: a change to the code of a package's
 * `src/` (tests aside), or to its API report (`api/`, the recorded public surface), since the merge
 * base with main must come with a changeset naming that package, so that its version bump and release notes are not forgotten. `pnpm changeset status`
 * says the same for any file of a package; this check looks at the code of the sources only, so
 * that a test, README, comment or formatting edit needs no changeset.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Test files live beside the code in `src/` but are not published. */
const TEST_FILE = /\.(test|spec)\.[cm]?[jt]sx?$/;

/**
 * The packages whose sources changed but that no changeset names.
 *
 * @param changedFiles paths relative to the repository root (`packages/core/src/time/parseTime.ts`)
 * @param changesets the text of each changeset added or edited on the branch
 * @param packageNames the package name of each folder of `packages/` (`{ core: '@fangkong/core' }`)
 * @example
 * packagesMissingChangesets(['packages/core/src/a.ts'], ["---\n'@fangkong/core': patch\n---\n\nFix.\n"], { core: '@fangkong/core' }); // → []
 */
export function packagesMissingChangesets(
  changedFiles: readonly string[],
  changesets: readonly string[],
  packageNames: Readonly<Record<string, string>>,
): string[] {
  const changed = new Set<string>();
  for (const file of changedFiles) {
    const match = /^packages\/([^/]+)\/(?:src|api)\//.exec(file);
    const name = match && packageNames[match[1]!];
    if (name && !TEST_FILE.test(file)) changed.add(name);
  }
  const named = new Set<string>();
  for (const text of changesets) {
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    for (const line of frontMatter.split('\n')) {
      const entry = /^\s*['"]?([^'":\s]+)['"]?\s*:\s*(patch|minor|major)\s*$/.exec(line);
      if (entry) named.add(entry[1]!);
    }
  }
  return [...changed].filter((name) => !named.has(name)).sort();
}

/**
 * The tokens of a TypeScript or JavaScript source, without comments (JSDoc included) and
 * whitespace: two versions with the same tokens differ only in comments or formatting.
 *
 * @example
 * codeTokens('/** One. *\/\nexport const a = 1; // note'); // → 'export const a = 1 ;'
 */
export function codeTokens(source: string): string {
  const file = ts.createSourceFile('source.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const tokens: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(file);
    if (children.length === 0) {
      const text = node.getText(file);
      if (text) tokens.push(text);
    } else for (const child of children) visit(child);
  };
  visit(file);
  return tokens.join(' ');
}

/** What the branch changed since it left main, or why there is nothing to compare. */
export type BranchChanges =
  | { skip: string }
  | { base: string; branch: string; changedFiles: string[]; changesetFiles: string[] };

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    return null;
  }
}

const lines = (text: string | null): string[] => (text ? text.split('\n').filter(Boolean) : []);

/**
 * The files changed in the working tree (committed or not, and new untracked files) since the
 * merge base of HEAD with `main` (or `origin/main`), and the changesets among them. Skips on main
 * itself (or a detached HEAD at main's commit), outside git, or when there is no main to compare with.
 */
export function branchChanges(root: string): BranchChanges {
  const head = git(root, ['rev-parse', 'HEAD']);
  if (!head) return { skip: 'not a git checkout' };
  const main = ['main', 'origin/main'].find((ref) => git(root, ['rev-parse', '--verify', '--quiet', ref]));
  if (!main) return { skip: 'no main or origin/main branch to compare with' };
  const branch = git(root, ['rev-parse', '--abbrev-ref', 'HEAD']) ?? 'HEAD';
  if (branch === 'main' || (branch === 'HEAD' && head === git(root, ['rev-parse', main]))) {
    return { skip: 'on main itself' };
  }
  const base = git(root, ['merge-base', 'HEAD', main]);
  if (!base) return { skip: `HEAD and ${main} have no common ancestor` };
  const untracked = lines(git(root, ['ls-files', '--others', '--exclude-standard']));
  // A source file whose code is the same as at the merge base (a comment or formatting edit) is
  // not a change users get.
  const codeChanged = (file: string): boolean => {
    if (!/\.[cm]?[jt]sx?$/.test(file) || !existsSync(join(root, file))) return true;
    const before = git(root, ['show', `${base}:${file}`]);
    return before === null || codeTokens(before) !== codeTokens(readFileSync(join(root, file), 'utf8'));
  };
  const changedFiles = [...lines(git(root, ['diff', '--name-only', base])), ...untracked].filter(codeChanged);
  const changesetFiles = [
    ...lines(git(root, ['diff', '--name-only', '--diff-filter=AM', base, '--', '.changeset'])),
    ...untracked.filter((file) => file.startsWith('.changeset/')),
  ].filter((file) => file.endsWith('.md') && file !== '.changeset/README.md');
  return { base, branch, changedFiles, changesetFiles };
}
