import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

describe('the size budgets checked after every build', () => {
  it('prints the gzip size of each bundle beside its budget, and both hold', () => {
    const output = execFileSync(tsx, ['scripts/checkBudgets.ts'], { cwd: packageDir, encoding: 'utf8' });
    const sizes = [
      ...output.matchAll(/(\S+\.global\.js)\s+[\d.]+ KB min\s+([\d.]+) KB gzip\s+budget (\d+) KB\s+ok/g),
    ];
    expect(sizes.map((match) => [match[1], match[3]])).toEqual([
      ['fangkong-quarantine.global.js', '30'],
      ['fangkong-widget.global.js', '45'],
    ]);
    for (const match of sizes) expect(Number(match[2])).toBeGreaterThan(5);
  });

  it('fails the build when a bundle is over its budget', () => {
    const run = spawnSync(tsx, ['scripts/checkBudgets.ts', '--budget', 'fangkong-quarantine.global.js=5'], {
      cwd: packageDir,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/fangkong-quarantine\.global\.js .* budget 5 KB {2}OVER BUDGET/);
    expect(run.stderr).toContain('over its size budget');
  });
});
