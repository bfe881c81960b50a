import { isFangkongError } from '@fangkong/core';

/** Every way a request can fail, as the stable `code` of its problem document. */
export type ApiErrorCode =
  /** The body is not valid JSON. */
  | 'MALFORMED_JSON'
  /** A parameter or the body does not match its schema; `issues` says where and why. */
  | 'INVALID_REQUEST'
  /** No such bulletin, area, policy pack, quarantine category or risk scheme. */
  | 'NOT_FOUND'
  /** The path exists, the method does not (the `Allow` header lists the methods). */
  | 'METHOD_NOT_ALLOWED'
  /** The body is larger than `limits.bodyBytes`. */
  | 'PAYLOAD_TOO_LARGE'
  /** The body's media type is not one the endpoint reads. */
  | 'UNSUPPORTED_MEDIA_TYPE'
  /** No policy pack covers the jurisdiction at the instant asked. */
  | 'NO_POLICY_IN_FORCE'
  /** A fault of the server; the detail never carries a stack or a file path. */
  | 'INTERNAL_ERROR';

/**
 * The one table from error code to HTTP status.
 *
 * @example
 * STATUS_BY_CODE.PAYLOAD_TOO_LARGE; // → 413
 * STATUS_BY_CODE.NO_POLICY_IN_FORCE; // → 422
 */
export const STATUS_BY_CODE = {
  MALFORMED_JSON: 400,
  INVALID_REQUEST: 400,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  NO_POLICY_IN_FORCE: 422,
  INTERNAL_ERROR: 500,
} as const satisfies Record<ApiErrorCode, number>;

const TITLE_BY_CODE: Record<ApiErrorCode, string> = {
  MALFORMED_JSON: 'Malformed JSON',
  INVALID_REQUEST: 'Invalid request',
  NOT_FOUND: 'Not found',
  METHOD_NOT_ALLOWED: 'Method not allowed',
  PAYLOAD_TOO_LARGE: 'Payload too large',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  NO_POLICY_IN_FORCE: 'No policy in force',
  INTERNAL_ERROR: 'Internal error',
};

/** One problem of a request, by path (`['query', 'anchor']`). */
export interface ApiIssue {
  path: (string | number)[];
  message: string;
}

/**
 * The error of a request. The handler turns it into an RFC 9457 problem document; anything else
 * thrown becomes `INTERNAL_ERROR` without its message.
 *
 * @example
 * // Thrown in a handler, it is answered 404 application/problem+json
 * // { code: 'NOT_FOUND', status: 404, detail: 'No bulletin "2021-01-99"', … }
 * const error = new ApiError('NOT_FOUND', 'No bulletin "2021-01-99"', {
 *   issues: [{ path: ['params', 'id'], message: 'unknown id' }],
 * });
 * error.status; // → 404
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[];
  /** Extra response headers (e.g. `Allow` for 405). */
  readonly headers: Record<string, string>;

  constructor(
    code: ApiErrorCode,
    message: string,
    options: { issues?: ApiIssue[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = options.issues ?? [];
    this.headers = options.headers ?? {};
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }
}

/** An RFC 9457 problem document. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ApiErrorCode;
  instance?: string;
  issues?: ApiIssue[];
}

/**
 * Turns anything thrown while handling a request into an {@link ApiError}: core's `FangkongError`
 * keeps its meaning (`NOT_FOUND` → 404, `INVALID_ARGUMENT` → 400, `NO_POLICY_IN_FORCE` → 422);
 * any other error is `INTERNAL_ERROR` and its message is not shown.
 */
export function toApiError(error: unknown, where: (string | number)[] = []): ApiError {
  if (error instanceof ApiError) return error;
  if (isFangkongError(error)) {
    const issues: ApiIssue[] = (error.details.issues ?? []).map((issue) => ({
      path: [...where, ...issue.path],
      message: issue.message,
    }));
    // Core names the bad option by a dotted path (`query.area.level`) when it gives no issue list.
    if (issues.length === 0 && typeof error.details.path === 'string')
      issues.push({ path: [...where, ...error.details.path.split('.')], message: error.message });
    const code: ApiErrorCode =
      error.code === 'NOT_FOUND'
        ? 'NOT_FOUND'
        : error.code === 'NO_POLICY_IN_FORCE'
          ? 'NO_POLICY_IN_FORCE'
          : 'INVALID_REQUEST';
    return new ApiError(code, error.message, { issues, cause: error });
  }
  return new ApiError('INTERNAL_ERROR', 'The server failed to answer this request.', { cause: error });
}

/** The problem document of an error, for the request path `instance`. */
export function problemOf(error: ApiError, instance?: string): Problem {
  const problem: Problem = {
    type: `urn:fangkong:problem:${error.code}`,
    title: TITLE_BY_CODE[error.code],
    status: error.status,
    detail: error.message,
    code: error.code,
  };
  if (instance !== undefined) problem.instance = instance;
  if (error.issues.length > 0) problem.issues = error.issues;
  return problem;
}
