import { describe, expect, it } from 'vitest';
import { extractRecords } from './extractRecords';

describe('extractRecords on adversarial input', () => {
  it('stays linear on long adversarial inputs', () => {
    const unit = '1月1日0时至24时新增本土确诊病例（浦东新区、、、（（（月日时至年月日连续在院治疗';
    const time = (times: number): number => {
      const input = unit.repeat(times);
      const start = performance.now();
      extractRecords(input);
      return performance.now() - start;
    };
    time(200);
    // Best of three: one slow run on a busy machine is noise; quadratic time would be ~100×.
    const small = Math.max(Math.min(time(1000), time(1000), time(1000)), 2);
    const large = Math.min(time(10_000), time(10_000), time(10_000));
    expect(large / small).toBeLessThan(40);
  });
});
