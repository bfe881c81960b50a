/**
 * What a user gets: the packed CLI (with the packed core and jieba it depends on) installed by npm
 * into an empty project, then run as `npx fangkong`.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InstalledProject, installPackedPackages } from '../../../tooling/packageCheck';

const packageDir = (name: string) => fileURLToPath(new URL(`../../${name}`, import.meta.url));
let project: InstalledProject;

const npx = (args: string[]) =>
  execFileSync('npx', ['--no-install', 'fangkong', ...args], { cwd: project.dir, encoding: 'utf8' });

describe('the packed @fangkong/cli installed into an empty project', () => {
  beforeAll(() => {
    project = installPackedPackages(
      [packageDir('core'), packageDir('jieba'), packageDir('cli')],
      ['nodejieba'],
    );
  }, 240_000);
  afterAll(() => project?.remove());

  it('runs `npx fangkong --version`', () => {
    expect(npx(['--version']).trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('parses a bulletin with `npx fangkong parse`', () => {
    writeFileSync(
      join(project.dir, 'bulletin.txt'),
      '2021-01-13 08:00 大连市卫生健康委员会\n1月12日0时至24时，大连市新增本土确诊病例2例，新增本土无症状感染者1例。\n',
    );
    const [header, row] = npx(['parse', 'bulletin.txt', '--format', 'csv'])
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    expect(row![header!.indexOf('new_local_confirmed')]).toBe('2');
    expect(row![header!.indexOf('period_start')]).toBe('2021-01-12T00:00:00+08:00');
  });

  it('segments with nodejieba through the installed @fangkong/jieba', () => {
    writeFileSync(join(project.dir, 'notice.txt'), '沙河口区星海湾街道星海公园社区解除封闭管控。');
    const words = JSON.parse(npx(['keywords', 'notice.txt', '--top', '3', '--format', 'json'])) as {
      word: string;
    }[];
    expect(words.map((word) => word.word)).toContain('星海湾街道');
  });

  it('runs from CommonJS with require("@fangkong/cli")', () => {
    const out = project.run(
      'check.cjs',
      "require('@fangkong/cli').run(['policy', 'list', '--format', 'json']).then((code) => { process.exitCode = code; });",
    );
    expect((JSON.parse(out) as { id: string }[]).map((pack) => pack.id)).toContain('dl-2021-01');
  });
});
