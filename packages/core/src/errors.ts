/**
 * `FangkongError`, `isFangkongError` and the error codes: what adapters need to map fangkong's
 * errors, without the rest of core.
 *
 * @module @fangkong/core/errors
 */
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

/** What a `FangkongError` carries besides its message: the problems by path and what was expected. */
export interface FangkongErrorDetails {
  /** Every problem by path (at most {@link MAX_ISSUES}; `omittedIssues` counts the rest). */
  issues?: FangkongIssue[];
  /** How many issues were left out of `issues` to keep the error small. */
  omittedIssues?: number;
  /** Where the bad value is, as the caller wrote it: `options.reference`, `area.cases[2].at`. */
  path?: string;
  /** What was expected there, in words. */
  expected?: string;
  /** A short description of what was given (never the whole value). */
  received?: string;
  [key: string]: unknown;
}

/** An error message never grows past this many characters (a bad pack can list 200k problems). */
export const MAX_MESSAGE_LENGTH = 2000;
/** `details.issues` keeps at most this many issues. */
export const MAX_ISSUES = 100;
const MAX_ISSUE_MESSAGE_LENGTH = 300;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

function boundedDetails(details: FangkongErrorDetails): FangkongErrorDetails {
  const issues = details.issues;
  if (issues === undefined) return details;
  const kept = issues.length > MAX_ISSUES ? issues.slice(0, MAX_ISSUES) : issues;
  const bounded: FangkongErrorDetails = {
    ...details,
    issues: kept.map((issue) =>
      issue.message.length > MAX_ISSUE_MESSAGE_LENGTH
        ? { path: issue.path, message: clip(issue.message, MAX_ISSUE_MESSAGE_LENGTH) }
        : issue,
    ),
  };
  if (issues.length > kept.length)
    bounded.omittedIssues = (details.omittedIssues ?? 0) + issues.length - kept.length;
  return bounded;
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
    super(
      clip(message, MAX_MESSAGE_LENGTH),
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    this.details = options.details ? boundedDetails(options.details) : {};
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
