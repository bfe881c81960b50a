export type { FangkongErrorCode, FangkongErrorDetails, FangkongIssue } from './errors';
export { FangkongError, isFangkongError } from './errors';
export type { Span, Warning } from './types';
export { SpanSchema, WarningSchema } from './schemas';
export * from './time/index';
