import * as z from 'zod';
import { InstantSchema, SpanSchema, WarningSchema } from '../sharedSchemas';

/**
 * Zod mirrors of the time types in `types.ts`, for validating and documenting results that cross
 * a boundary (API responses, JSON Schema). Computation files never import these values: the widget
 * uses time parsing without zod. `schemas.test.ts` keeps each inferred type equal to its interface.
 */

/** Zod schema of `TimePrecision`. */
export const TimePrecisionSchema = z.enum(['second', 'minute', 'hour', 'partOfDay', 'day', 'month', 'year']);

/** Zod schema of `PartOfDay`. */
export const PartOfDaySchema = z.enum(['earlyMorning', 'morning', 'noon', 'afternoon', 'evening']);

/** Zod schema of `TimePart`. */
export const TimePartSchema = z.enum(['year', 'month', 'day', 'hour', 'minute', 'second']);

const base = {
  precision: TimePrecisionSchema,
  inferred: z.array(TimePartSchema),
  relativeDays: z.number().int().exactOptional(),
  partOfDay: PartOfDaySchema.exactOptional(),
};

/** Zod schema of `TimeValue`, discriminated by `kind`. */
export const TimeValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('instant'), at: InstantSchema, ...base }),
  z.object({ kind: z.literal('period'), start: InstantSchema, end: InstantSchema, ...base }),
  z.object({
    kind: z.literal('partOfDay'),
    start: InstantSchema,
    end: InstantSchema,
    ...base,
    partOfDay: PartOfDaySchema,
  }),
  z.object({ kind: z.literal('asOf'), at: InstantSchema, ...base }),
  z.object({ kind: z.literal('from'), start: InstantSchema, ...base }),
]);

/** Zod schema of `TimeErrorCode`. */
export const TimeErrorCodeSchema = z.enum([
  'EMPTY_INPUT',
  'NOT_A_TIME',
  'TRAILING_TEXT',
  'MISSING_PARTS',
  'NEEDS_REFERENCE',
  'NEEDS_CONTEXT',
  'INVALID_DATE',
  'END_BEFORE_START',
]);

/** Zod schema of `TimeParseResult` (and of each `TimeMatch`). */
export const TimeParseResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    value: TimeValueSchema,
    span: SpanSchema,
    text: z.string(),
    warnings: z.array(WarningSchema),
  }),
  z.object({
    ok: z.literal(false),
    code: TimeErrorCodeSchema,
    reason: z.string(),
    span: SpanSchema,
    text: z.string(),
    missing: z.array(TimePartSchema),
  }),
]);
