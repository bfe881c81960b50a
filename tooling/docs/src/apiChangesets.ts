/**
 * A change to an API report since the branch left main must come with a changeset naming the
 * package: the report changed, so what users get changed.
 */
import { execFileSync } from 'node:child_process';

function git(root: string, args: string[]): string[] | null {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: 'pipe' })
      .split('\n')
      .filter(Boolean);
  } catch {
    return null;
  }
}

/**
 * The files changed since the merge base of HEAD with `main` (committed or not, and untracked),
 * or why there is nothing to compare with (not a checkout, no main, on main itself).
 */
export function changedSinceMain(root: string): { skip: string } | { files: string[] } {
  const [head] = git(root, ['rev-parse', 'HEAD']) ?? [];
  if (!head) return { skip: 'not a git checkout' };
  const main = ['main', 'origin/main'].find((ref) => git(root, ['rev-parse', '--verify', '--quiet', ref]));
  if (!main) return { skip: 'no main or origin/main to compare with' };
  const [base] = git(root, ['merge-base', 'HEAD', main]) ?? [];
  if (!base) return { skip: `HEAD and ${main} have no common ancestor` };
  if (base === head && git(root, ['rev-parse', main])?.[0] === head) return { skip: 'on main itself' };
  return {
    files: [
      ...(git(root, ['diff', '--name-only', base]) ?? []),
      ...(git(root, ['ls-files', '--others', '--exclude-standard']) ?? []),
    ],
  };
}

/**
 * The packages whose API report changed but that no changed changeset names.
 *
 * @example
 * reportsWithoutChangeset(['packages/core/api/time.api.md'], [], { core: '@fangkong/core' }); // → ['@fangkong/core']
 */
export function reportsWithoutChangeset(
  changedFiles: readonly string[],
  changesets: readonly string[],
  packageNames: Readonly<Record<string, string>>,
): string[] {
  const changed = new Set(
    changedFiles.flatMap((file) => {
      const name = packageNames[/^packages\/([^/]+)\/api\//.exec(file)?.[1] ?? ''];
      return name ? [name] : [];
    }),
  );
  const named = new Set(
    changesets.flatMap((text) =>
      (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '')
        .split('\n')
        .flatMap((line) => /^\s*['"]?([^'":\s]+)['"]?\s*:\s*(patch|minor|major)\s*$/.exec(line)?.[1] ?? []),
    ),
  );
  return [...changed].filter((name) => !named.has(name)).sort();
}
