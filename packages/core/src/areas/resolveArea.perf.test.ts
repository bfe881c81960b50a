import { describe, expect, it } from 'vitest';
import { resolveArea } from './resolveArea';

describe('resolveArea on adversarial input', () => {
  it('resolves a long adversarial input quickly', () => {
    resolveArea('大连市'); // loads the division table, which is not what is timed
    const started = performance.now();
    resolveArea('城关街道'.repeat(2000));
    resolveArea('村'.repeat(50000));
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
