import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { RemovedSpan } from '../text/types';
import type { RemovedSpanSchema } from './schemas';

describe('RemovedSpanSchema', () => {
  it('infers exactly the RemovedSpan interface of text/types.ts', () => {
    expectTypeOf<z.infer<typeof RemovedSpanSchema>>().toEqualTypeOf<RemovedSpan>();
  });
});
