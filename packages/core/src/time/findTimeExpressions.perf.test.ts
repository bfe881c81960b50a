import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from './findTimeExpressions';

describe('findTimeExpressions on adversarial input', () => {
  const SIZE = 100_000;
  it.each([
    ['1月', '1月'],
    ['年', '年'],
    ['digits', '1234567890'],
    ['Chinese numerals', '一二三十'],
    ['dashes', '1-'],
    ['ranges', '1时至'],
    ['brackets', '(1'],
    ['empty slots', '月日时至'],
    ['lists', '1日、'],
    ['full periods', '1月12日0-24时，'],
    ['one run of separators', '1.'],
    ['one run of weak units', '点分号'],
    ['one run of relative days', '前天明日今'],
    ['a run of cues in other text', '病例1例，重点'],
    ['characters to fold in one run', '1—2時'],
  ])('scans 100 KB of %s in linear time', (_name, unit) => {
    const text = unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
    const started = performance.now();
    const matches = findTimeExpressions(text, { reference: '2021-01-13T18:00:00+08:00' });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(5_000);
    for (const match of matches) expect(match.span.end).toBeLessThanOrEqual(text.length);
  });
});
