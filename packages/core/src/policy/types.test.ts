import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { PolicyPackSchema } from './schemas';
import type { PolicyPack } from './types';

describe('policy types', () => {
  it("keeps the plain PolicyPack interface equal to the zod schema's type", () => {
    expectTypeOf<z.infer<typeof PolicyPackSchema>>().toEqualTypeOf<PolicyPack>();
  });
});
