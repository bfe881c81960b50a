/**
 * Every error fangkong raises is a `FangkongError` with a `code` from this union. Free text never
 * raises (it yields warnings); structured input (a policy pack, API arguments) and programmer
 * mistakes do. Adapters map each code to an HTTP status / exit code in one table of their own.
 */
export type FangkongErrorCode =
  /** A structured argument (options, an instant, a category name) is not of the expected form. */
  | 'INVALID_ARGUMENT'
  /** A policy pack failed validation; `details.issues` lists every problem by path. */
  | 'INVALID_POLICY_PACK'
  /** No policy pack covers the requested jurisdiction and instant. */
  | 'NO_POLICY_IN_FORCE'
  /** A name (category, scheme, level, pack id) was looked up and not found. */
  | 'NOT_FOUND'
  /** A file the package needs (a segmentation dictionary) is missing or unreadable. */
  | 'DICTIONARY_UNREADABLE';

/** One problem found in structured input, located by its path inside that input. */
export interface FangkongIssue {
  /** Path inside the input, e.g. `["rules", "quarantine", 0, "phases", 1, "days"]`. */
  path: (string | number)[];
  /** What is wrong and what was expected. */
  message: string;
}

export interface FangkongErrorDetails {
  issues?: FangkongIssue[];
  [key: string]: unknown;
}

/**
 * The error class of every fangkong package.
 *
 * @example
 * try {
 *   loadPolicyPack({ id: 'x' });
 * } catch (error) {
 *   if (error instanceof FangkongError && error.code === 'INVALID_POLICY_PACK') {
 *     console.log(error.details.issues?.map((issue) => issue.path.join('.')));
 *     // → ['title', 'jurisdiction', 'effective', 'citations', 'rules']
 *   }
 * }
 */
export class FangkongError extends Error {
  override readonly name = 'FangkongError';
  readonly code: FangkongErrorCode;
  readonly details: FangkongErrorDetails;

  constructor(
    code: FangkongErrorCode,
    message: string,
    options: { details?: FangkongErrorDetails; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details ?? {};
  }
}

/**
 * Tells whether a value is a `FangkongError`, also across copies of the package (ESM and CJS).
 *
 * @example
 * isFangkongError(new FangkongError('NOT_FOUND', 'no pack "x"')); // → true
 * isFangkongError(new Error('x')); // → false
 */
export function isFangkongError(value: unknown): value is FangkongError {
  return (
    value instanceof FangkongError ||
    (value instanceof Error &&
      value.name === 'FangkongError' &&
      typeof (value as FangkongError).code === 'string')
  );
}
