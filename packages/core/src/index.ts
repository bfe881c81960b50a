// The root entry: everything except the division-code data (`@fangkong/core/areas`).
// Browser code that must stay small imports the zod-free subpaths (`/time`, `/numbers`,
// `/quarantine`, `/policy`, `/risk`) and leaves `/schemas` (zod) out.
export type { FangkongErrorCode, FangkongErrorDetails, FangkongIssue } from './errors';
export { FangkongError, isFangkongError, MAX_ISSUES, MAX_MESSAGE_LENGTH } from './errors';
export type { Span, Warning } from './types';
export type { Keyword, SegmentedToken, Segmenter } from './segmenter';
export * from './time/index';
export * from './numbers/index';
export * from './text/index';
export * from './bulletin/index';
export * from './notices/index';
export * from './policy/index';
export * from './quarantine/index';
export * from './risk/index';
export type * from './areas/types';
export * from './validation';
