import { expect } from 'vitest';
import type { cleanText } from '../src/text/cleanText';

/** Every removed span must point at exactly the text it reports, inside the input. */
export function expectConsistent(input: string, result: ReturnType<typeof cleanText>): void {
  for (const r of result.removed) {
    expect(r.span.start).toBeGreaterThanOrEqual(0);
    expect(r.span.end).toBeLessThanOrEqual(input.length);
    expect(r.span.start).toBeLessThanOrEqual(r.span.end);
    expect(input.slice(r.span.start, r.span.start + r.text.length)).toBe(r.text);
  }
}
