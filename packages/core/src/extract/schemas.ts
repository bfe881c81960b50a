import * as z from 'zod';
import { NoticeRecordSchema } from '../notices/schemas';
import { WarningSchema } from '../sharedSchemas';
import { DailyBulletinSchema, RemovedSpanSchema } from '../bulletin/schemas';

/** Any record `extractRecords` returns, told apart by `kind`. */
export const ExtractedRecordSchema = z
  .discriminatedUnion('kind', [DailyBulletinSchema, ...NoticeRecordSchema.options])
  .meta({ id: 'ExtractedRecord', description: 'A record of any kind, told apart by `kind`' });

/** The result of `extractRecords`: records of every kind, document-level warnings, what cleaning removed. */
export const ExtractionResultSchema = z
  .object({
    records: z.array(ExtractedRecordSchema),
    warnings: z.array(WarningSchema),
    removed: z.array(RemovedSpanSchema),
    text: z.string().optional(),
  })
  .meta({ id: 'ExtractionResult', description: 'Everything extracted from one document' });

/** Any extracted record. */
export type ExtractedRecord = z.infer<typeof ExtractedRecordSchema>;
/** The result of `extractRecords`. */
export type ExtractionResult = z.infer<typeof ExtractionResultSchema>;
