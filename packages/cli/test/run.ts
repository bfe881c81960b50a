import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built binary, as the package publishes it. */
export const BIN = fileURLToPath(new URL('../bin/fangkong.js', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/index.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/fangkong.js …args` as a subprocess, with stdin from `input`. */
export function runCli(
  args: readonly string[],
  options: { input?: string | Buffer; cwd?: string; env?: Record<string, string>; nodeArgs?: string[] } = {},
): Promise<CliRun> {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`pnpm build\` first (\`pnpm test\` does)`);
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, ...options.env };
    if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR;
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/** The lines of NDJSON output, parsed. */
export function ndjson(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
