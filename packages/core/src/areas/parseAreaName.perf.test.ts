import { describe, expect, it } from 'vitest';
import { parseAreaName } from './parseAreaName';

describe('parseAreaName on adversarial input', () => {
  it('parses a long adversarial input in linear time', () => {
    const input = '社区村'.repeat(30000) + '区'.repeat(30000);
    const started = performance.now();
    parseAreaName(input);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
