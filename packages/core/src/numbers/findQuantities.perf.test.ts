import { describe, expect, it } from 'vitest';
import { findQuantities } from './findQuantities';

describe('findQuantities on adversarial input', () => {
  it('scans long adversarial input in linear time', () => {
    const inputs = [
      '一'.repeat(100_000),
      '十'.repeat(100_000),
      '1'.repeat(100_000),
      '1.'.repeat(50_000),
      '1,'.repeat(50_000),
      '一十'.repeat(50_000),
      '1至'.repeat(50_000),
      '1、'.repeat(50_000),
      '三四'.repeat(50_000),
      `${'1'.repeat(39)}十`.repeat(2_500),
    ];
    const started = performance.now();
    for (const text of inputs) findQuantities(text, { lists: true, bareChineseDigits: true });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
