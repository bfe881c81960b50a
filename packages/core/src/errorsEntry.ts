// `@fangkong/core/errors`: the error class and its codes alone, for adapters (jieba, the CLI, the
// Express router) that map errors without loading the rest of core.
export type { FangkongErrorCode, FangkongErrorDetails, FangkongIssue } from './errors';
export { FangkongError, isFangkongError, MAX_ISSUES, MAX_MESSAGE_LENGTH } from './errors';
