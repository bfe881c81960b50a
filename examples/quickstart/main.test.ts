import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The quick start is what a new user runs first: it must work on the built packages and show the
// answers the README promises.
describe('the quick start example', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const output = execFileSync(process.execPath, [join(here, 'main.js')], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'America/New_York' },
  });
  const line = (start: string) => output.split('\n').find((text) => text.trim().startsWith(start)) ?? '';

  it('reads a day period as a half-open interval in +08:00, whatever the host zone', () => {
    expect(line('2021年1月12日零时至24时')).toContain(
      'period [2021-01-12T00:00:00+08:00, 2021-01-13T00:00:00+08:00)',
    );
    expect(line('截至11月22日24时')).toContain('2021-11-23T00:00:00+08:00');
  });

  it('infers the year of 12月25日 from a January publication as the previous year', () => {
    expect(line('12月25日')).toContain('2020-12-25T00:00:00+08:00');
  });

  it('reads Chinese numerals and mixed magnitudes', () => {
    expect(line('63.5万')).toMatch(/→ 635000$/);
    expect(line('二〇二一')).toMatch(/→ 2021$/);
    expect(line('廿三')).toMatch(/→ 23$/);
  });

  it('reports a stripped number slot as missing, not as 0', () => {
    expect(line('目前在院治疗人')).toContain('missing');
  });

  it('extracts the bundled bulletin with its period and figures', () => {
    expect(output).toContain(
      'daily bulletin 大连市 [2021-01-12T00:00:00+08:00, 2021-01-13T00:00:00+08:00): new local 0 / 0, cumulative 51 / 32',
    );
  });

  it('releases the Dalian "14+7" home observation begun on 2020-12-25 at 2021-01-16 00:00', () => {
    expect(line('release')).toContain('2021-01-16T00:00:00+08:00');
  });
});
