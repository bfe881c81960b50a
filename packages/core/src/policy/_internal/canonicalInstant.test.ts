import { describe, expect, it } from 'vitest';
import { toChinaInstant } from '../../time/instant';
import { toMillis } from '../../time/_internal/toMillis';
import { canonicalInstant } from './canonicalInstant';

describe('canonicalInstant', () => {
  it.each([
    ['2021-06-01T15:00:00+08:00', '2021-06-01T15:00:00+08:00'],
    ['2021-06-01T07:00:00Z', '2021-06-01T15:00:00+08:00'],
    ['2021-06-01T15:00+08:00', '2021-06-01T15:00:00+08:00'],
    ['2021-06-01t15:00:00+08:00', '2021-06-01T15:00:00+08:00'],
    ['1988-06-01T15:00:00+08:00', toChinaInstant(Date.UTC(1988, 5, 1, 7))],
  ])('writes %s in China Standard Time as %s', (text, expected) => {
    expect(canonicalInstant(text, toMillis(text))).toBe(expected);
  });
});
