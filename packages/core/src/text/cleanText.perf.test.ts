import { describe, expect, it } from 'vitest';
import { MAX_RATIO, scaling } from '../../test/timing';
import { cleanText } from './cleanText';

describe('cleanText takes linear time on hostile HTML and entities', () => {
  it.each([
    ['nested <div>', (n: number) => `<div>${'<div>'.repeat(n)}新增${'</div>'.repeat(n)}</div>`],
    ['unclosed <div><span>', (n: number) => `<div>${'<div><span>'.repeat(n / 2)}新增`],
    [
      'end tags that close nothing',
      (n: number) => `<div>${'<div><span>'.repeat(n / 2)}新增${'</p>'.repeat(n)}`,
    ],
    ['nested <svg>', (n: number) => `<div>${'<svg>'.repeat(n)}新增`],
    ['a run of &', (n: number) => `<p>新增${'&'.repeat(n * 16)}</p>`],
    ['a run of & ended by ;', (n: number) => `新增${'&'.repeat(n * 16)};`],
  ])('%s: 8x input takes about 8x the time (12.5k → 100k)', (label, make) => {
    const { ratio } = scaling(
      `cleanText, ${label}`,
      (n) => {
        const input = make(n);
        return () => cleanText(input);
      },
      12_500,
    );
    expect(ratio).toBeLessThan(MAX_RATIO);
  });
});
