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
