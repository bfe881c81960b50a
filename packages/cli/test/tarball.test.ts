/**
 * What a user gets: the packed CLI (with the packed core and jieba it depends on) installed by npm
 * into an empty project, then run as `npx fangkong`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packagesDir = fileURLToPath(new URL('../..', import.meta.url));
let project: string;

function pnpm(args: string[], cwd: string): void {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath))
    execFileSync(process.execPath, [execPath, ...args], { cwd, stdio: 'pipe' });
  else execFileSync('npx', ['-y', 'pnpm@10.34.8', ...args], { cwd, stdio: 'pipe' });
}

describe('the packed @fangkong/cli installed into an empty project', () => {
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'fangkong-cli-install-'));
    const tarballs = join(project, 'tarballs');
    for (const name of ['core', 'jieba', 'cli'])
      pnpm(['pack', '--pack-destination', tarballs], join(packagesDir, name));
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'empty', version: '1.0.0', private: true }),
    );
    // The native build of nodejieba is left out (--ignore-scripts): these commands never load it.
    execFileSync(
      'npm',
      [
        'install',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        ...readdirSync(tarballs).map((name) => join(tarballs, name)),
      ],
      { cwd: project, stdio: 'pipe' },
    );
  }, 240_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('runs `npx fangkong --version`', () => {
    const out = execFileSync('npx', ['--no-install', 'fangkong', '--version'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('parses a bulletin with `npx fangkong parse`', () => {
    writeFileSync(
      join(project, 'bulletin.txt'),
      '2021-01-13 08:00 大连市卫生健康委员会\n1月12日0时至24时，大连市新增本土确诊病例2例，新增本土无症状感染者1例。\n',
    );
    const out = execFileSync(
      'npx',
      ['--no-install', 'fangkong', 'parse', 'bulletin.txt', '--format', 'csv'],
      {
        cwd: project,
        encoding: 'utf8',
      },
    );
    const [header, row] = out
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    expect(row![header!.indexOf('new_local_confirmed')]).toBe('2');
    expect(row![header!.indexOf('period_start')]).toBe('2021-01-12T00:00:00+08:00');
  });

  it('runs from CommonJS with require("@fangkong/cli")', () => {
    const out = execFileSync(
      process.execPath,
      [
        '-e',
        "require('@fangkong/cli').run(['policy', 'list', '--format', 'json']).then((code) => process.exit(code))",
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect((JSON.parse(out) as { id: string }[]).map((pack) => pack.id)).toContain('dl-2021-01');
  });
});
