/** @arethetypeswrong/cli on a packed tarball, its problems filtered by a profile as its own CLI does. */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The resolutions each of attw's profiles leaves out. */
const IGNORED_RESOLUTIONS: Record<'strict' | 'node16' | 'esm-only', string[]> = {
  strict: [],
  node16: ['node10'],
  'esm-only': ['node10', 'node16-cjs'],
};

/**
 * The problems attw finds in `tarball`, as `kind: entrypoint (resolution)`, for `profile`:
 * `strict` checks node10, node16 (CommonJS and ESM importers) and bundler resolution.
 *
 * @example
 * await arethetypeswrong('/tmp/fangkong-core-0.1.0.tgz', 'strict'); // → []
 */
export async function arethetypeswrong(
  tarball: string,
  profile: 'strict' | 'node16' | 'esm-only',
): Promise<string[]> {
  // Its bin, run with this Node (the package exports no programmatic CLI).
  const attw = join(
    createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json'),
    '..',
    'dist',
    'index.js',
  );
  let json: string;
  try {
    ({ stdout: json } = await promisify(execFile)(
      process.execPath,
      [attw, tarball, '--format', 'json', '--profile', profile],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    ));
  } catch (error) {
    // attw exits 1 when it finds problems; its JSON is still on stdout.
    json = String((error as { stdout?: unknown }).stdout ?? '');
    if (!json.trim()) throw error;
  }
  const report = JSON.parse(json) as {
    analysis?: { problems?: { kind: string; entrypoint?: string; resolutionKind?: string }[] };
  };
  return (report.analysis?.problems ?? [])
    .filter((problem) => !IGNORED_RESOLUTIONS[profile].includes(problem.resolutionKind ?? ''))
    .map((problem) => `${problem.kind}: ${problem.entrypoint ?? ''} (${problem.resolutionKind ?? ''})`);
}
