import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

describe('the built package in Node (a server that renders pages imports it)', () => {
  it('imports from ESM and CommonJS without a DOM, exposing the element classes', async () => {
    const esm = await import('../dist/index.js');
    const cjs = createRequire(import.meta.url)('../dist/index.cjs');
    for (const module of [esm, cjs]) {
      expect(Object.keys(module.FANGKONG_ELEMENTS)).toEqual([
        'fangkong-quarantine',
        'fangkong-risk-lookup',
        'fangkong-latest',
      ]);
      expect(typeof module.FangkongQuarantine).toBe('function');
    }
  });
});
