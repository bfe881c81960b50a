import { describe, expect, it } from 'vitest';
import { extractNotices } from './extractNotices';

describe('extractNotices on adversarial input', () => {
  it.each([
    ['、'],
    ['等'],
    ['等30个'],
    ['发布会'],
    ['第一次发布会举行'],
    ['解除封闭管控'],
    ['关于解除'],
    ['将A社区调整为低风险地区'],
    ['经'],
    ['月日某市疫情防控情况通报一'],
    ['邀请主任赵连，'],
    ['连续'],
    ['“'],
  ])('stays linear on 100 KB of %j', (piece) => {
    const small = piece.repeat(Math.ceil(10_000 / piece.length));
    const large = piece.repeat(Math.ceil(100_000 / piece.length));
    const time = (text: string): number => {
      const start = performance.now();
      extractNotices(text, { reference: '2021-01-14T08:00:00+08:00' });
      return performance.now() - start;
    };
    // Best of a few runs: the machine is shared, and one slow run is noise, not a trend.
    const smallMs = Math.max(Math.min(time(small), time(small), time(small)), 5);
    const largeMs = Math.min(time(large), time(large));
    expect(largeMs).toBeLessThan(5000);
    expect(largeMs / smallMs).toBeLessThan(40);
  });
});
