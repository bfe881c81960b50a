import { FangkongError, type FangkongIssue } from '../errors';
import { PolicyPackSchema } from './schemas';
import type { PolicyPack } from './types';

/**
 * Validates an untrusted policy pack (parsed JSON, or JSON text) and returns it typed.
 *
 * @param input the pack: an object, or a JSON string
 * @returns the pack, unchanged but typed
 * @throws FangkongError `INVALID_POLICY_PACK` with `details.issues` listing every problem by path
 * @example
 * // A FangkongError whose message names each problem: 'Policy pack "x" is invalid (5 problems):
 * // title: Invalid input: expected string, received undefined; …', and `details.issues` has each
 * // one with its path: [{ path: ['title'], message: '…' }, { path: ['jurisdiction'], … }, …]
 * loadPolicyPack({ id: 'x' }); // → throws INVALID_POLICY_PACK
 */
export function loadPolicyPack(input: unknown): PolicyPack {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new FangkongError(
        'INVALID_POLICY_PACK',
        `Policy pack is not valid JSON: ${(error as Error).message}`,
        {
          details: { issues: [{ path: [], message: `not valid JSON: ${(error as Error).message}` }] },
          cause: error,
        },
      );
    }
  }
  const result = PolicyPackSchema.safeParse(value);
  if (result.success) return result.data as PolicyPack;
  const issues: FangkongIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    message: issue.message,
  }));
  const name =
    value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
      ? `Policy pack "${(value as { id: string }).id}"`
      : 'Policy pack';
  const listed = issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
  throw new FangkongError(
    'INVALID_POLICY_PACK',
    `${name} is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}): ${listed}`,
    { details: { issues } },
  );
}
