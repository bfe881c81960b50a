import * as z from 'zod';

/** Zod schema of {@link Span}: `[start, end)` in UTF-16 code units of the original input. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((span) => span.end >= span.start, { message: 'end must not be before start' });

/** Zod schema of {@link Warning}. */
export const WarningSchema = z.object({
  code: z.string().min(1),
  message: z.string(),
  span: SpanSchema.optional(),
});

/** An ISO 8601 instant with an explicit offset, e.g. `2021-01-16T00:00:00+08:00`. */
export const InstantSchema = z.iso
  .datetime({
    offset: true,
    message: 'expected an ISO 8601 instant with an offset, e.g. 2021-01-16T00:00:00+08:00',
  })
  .meta({
    description: 'ISO 8601 instant with an offset; fangkong writes China Standard Time (+08:00)',
    examples: ['2021-01-16T00:00:00+08:00'],
  });
