import { invalidArgument } from '../../_internal/invalidArgument';
import type { PolicyPack } from '../types';

/** A pack as the lookups read it: an object with an id, a jurisdiction and an effective period. */
export function isPackLike(value: unknown, path: string): void {
  const pack = value as Partial<PolicyPack> | null;
  if (
    pack === null ||
    typeof pack !== 'object' ||
    typeof pack.jurisdiction !== 'string' ||
    typeof pack.effective !== 'object' ||
    pack.effective === null
  ) {
    throw invalidArgument(path, 'a policy pack (see loadPolicyPack)', value);
  }
}
