import type { FangkongErrorCode } from '@fangkong/core/errors';

/**
 * Codes of the errors only the command line raises: a flag or argument of the wrong form, and input
 * that could not be read. Everything else is a `FangkongError` from core.
 */
export type CliErrorCode =
  /** A flag, a value or an argument is not what the command expects. */
  | 'USAGE'
  /** A file or stdin could not be read (missing, unreadable, binary, not UTF-8 or GB 18030). */
  | 'UNREADABLE_INPUT'
  /** The input was read but has problems: a line of NDJSON that is not JSON, a warning under `--strict`. */
  | 'INPUT_PROBLEM';

/**
 * The error the command line raises for usage and input problems. `details.expected` and
 * `details.example` say what would have been right; the shell prints them.
 *
 * @example
 * const error = new CliError('USAGE', 'missing --anchor', {
 *   expected: 'an instant or a date',
 *   example: 'fangkong plan --anchor 2021-01-05',
 * });
 * error.code; // → 'USAGE'
 * error.details.example; // → 'fangkong plan --anchor 2021-01-05'
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly code: CliErrorCode;
  readonly details: { expected?: string; example?: string; [key: string]: unknown };

  constructor(code: CliErrorCode, message: string, details: CliError['details'] = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/**
 * The one table from error code to exit code. Documented in the README and `docs/cli.md`.
 *
 * | exit | meaning |
 * |---|---|
 * | 0 | done, nothing to report (warnings without `--strict` do not count) |
 * | 1 | input problems: a file missing, unreadable or binary, a line that is not JSON, an invalid policy pack, a warning under `--strict` |
 * | 2 | usage: unknown flag, missing or malformed value (also core's `INVALID_ARGUMENT`) |
 * | 3 | no rule: no policy pack in force, or no such pack, category, scheme or level |
 * | 4 | a broken install: a file fangkong needs (a segmentation dictionary) is missing or unreadable |
 * | 70 | a bug in fangkong (the message asks for `--debug` and a report) |
 */
export const EXIT_CODES: Readonly<Record<CliErrorCode | FangkongErrorCode, number>> = {
  USAGE: 2,
  INVALID_ARGUMENT: 2,
  UNREADABLE_INPUT: 1,
  INPUT_PROBLEM: 1,
  INVALID_POLICY_PACK: 1,
  NO_POLICY_IN_FORCE: 3,
  NOT_FOUND: 3,
  DICTIONARY_UNREADABLE: 4,
};

/** Exit code of an error that is neither a `CliError` nor a `FangkongError`: a bug. */
export const EXIT_INTERNAL = 70;

/** The exit code for any thrown value, by the table above. */
export function exitCodeOf(error: unknown): number {
  const code = (error as { code?: unknown } | null)?.code;
  if (
    error instanceof Error &&
    (error.name === 'CliError' || error.name === 'FangkongError') &&
    typeof code === 'string' &&
    Object.hasOwn(EXIT_CODES, code)
  ) {
    return EXIT_CODES[code as keyof typeof EXIT_CODES];
  }
  return EXIT_INTERNAL;
}
