import { FIXED_OFFSET_FROM } from '../../time/_internal/chinaDays';
import type { Instant, InstantInput } from '../../time/instant';
import { toChinaInstant } from '../../time/instant';
import { CANONICAL_CHINA } from '../../time/_internal/toMillis';

/**
 * `value` written in China Standard Time (`YYYY-MM-DDTHH:MM:SS+08:00`), given its epoch
 * milliseconds: a string already in that form is returned as it is, without formatting again.
 */
export function canonicalInstant(value: InstantInput, millis: number): Instant {
  if (
    typeof value === 'string' &&
    millis >= FIXED_OFFSET_FROM &&
    millis % 1000 === 0 &&
    CANONICAL_CHINA.test(value)
  ) {
    return value;
  }
  return toChinaInstant(millis);
}
