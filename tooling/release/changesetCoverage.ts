/**
 * Which packages a branch changed without a changeset: a change to a package's `src/` (tests
 * aside) since the merge base with main must come with a changeset naming that package, so that
 * its version bump and release notes are not forgotten. `pnpm changeset status` says the same
 * for any file of a package; this check looks at sources only, so that a test or README edit
 * needs no changeset.
 */
import { execFileSync } from 'node:child_process';

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
    const match = /^packages\/([^/]+)\/src\//.exec(file);
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
  const changedFiles = [...lines(git(root, ['diff', '--name-only', base])), ...untracked];
  const changesetFiles = [
    ...lines(git(root, ['diff', '--name-only', '--diff-filter=AM', base, '--', '.changeset'])),
    ...untracked.filter((file) => file.startsWith('.changeset/')),
  ].filter((file) => file.endsWith('.md') && file !== '.changeset/README.md');
  return { base, branch, changedFiles, changesetFiles };
}
