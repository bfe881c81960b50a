/**
 * An Express 5 router over fangkong: bulletins, series, risk areas and their downgrades, quarantine
 * plans, policy packs; RFC 9457 errors and an OpenAPI 3.1 document.
 *
 * @module @fangkong/express
 */
export type { ApiErrorCode, ApiIssue, Problem } from './errors';
export { ApiError, STATUS_BY_CODE } from './errors';
export type { FangkongRouterOptions } from './options';
export type { FangkongHandler, HandlerRequest, HandlerResponse } from './createFangkongHandler';
export { createFangkongHandler } from './createFangkongHandler';
export type { FangkongRouter } from './createFangkongRouter';
export { createFangkongRouter } from './createFangkongRouter';
export type { OpenApiDocument } from './openapi';
export { buildOpenApiDocument } from './openapi';
export type {
  BulletinStore,
  LogEntry,
  Logger,
  StoreProblem,
  StoreProblemCode,
  StoreSnapshot,
  StoredDocument,
} from './store/types';
export type { ReadDocumentOptions } from './store/readDocument';
export type { MemoryDocumentInput, MemoryStore } from './store/createMemoryStore';
export { createMemoryStore } from './store/createMemoryStore';
export type { DirectoryStore, DirectoryStoreOptions } from './store/createDirectoryStore';
export { createDirectoryStore } from './store/createDirectoryStore';
