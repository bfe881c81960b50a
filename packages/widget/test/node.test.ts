import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The built files, as a user gets them (typechecking runs before the build: no static import).
const esmEntry = new URL('../dist/index.js', import.meta.url).href;
const cjsEntry = new URL('../dist/index.cjs', import.meta.url).pathname;

describe('the built package in Node (a server that renders pages imports it)', () => {
  it('imports from ESM and CommonJS without a DOM, exposing the element classes', async () => {
    const esm = await import(/* @vite-ignore */ esmEntry);
    const cjs = createRequire(import.meta.url)(cjsEntry);
    for (const module of [esm, cjs]) {
      expect(Object.keys(module.FANGKONG_ELEMENTS)).toEqual([
        'fangkong-quarantine',
        'fangkong-risk-lookup',
        'fangkong-latest',
      ]);
      expect(typeof module.FangkongQuarantine).toBe('function');
      expect(typeof module.defineFangkongElements).toBe('function');
    }
  });
});
