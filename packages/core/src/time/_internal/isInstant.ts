import type { Check } from '../../_internal/args';
import { INSTANT_EXPECTED } from '../instant';
import { toMillis } from './toMillis';

/** Any instant form of `millisFromInstant` (read through `toMillis`, which remembers odd forms). */
export const isInstant: Check = (value, path) => {
  toMillis(value as string, path);
};
Object.assign(isInstant, { expected: INSTANT_EXPECTED });
