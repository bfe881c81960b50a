import type { Instant, InstantInput } from '../../time/instant';
import { formatChinaMillis } from '../../time/dayCount';
import { CANONICAL_CHINA } from '../../time/_internal/toMillis';

/** 1992-01-01 00:00 in China: from then on China's offset is a constant +08:00. */
const FIXED_OFFSET_FROM = Date.UTC(1991, 11, 31, 16);

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
  return formatChinaMillis(millis);
}
