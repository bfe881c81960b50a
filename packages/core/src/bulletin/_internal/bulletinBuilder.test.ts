import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Warning } from '../../types';
import { pushWarning, type RecordWarning } from './bulletinBuilder';

/** The rule pushWarning keeps, as a plain scan of string keys: no second warning of one code and span. */
const keyOf = (warning: Warning): string => `${warning.code}|${warning.span?.start}|${warning.span?.end}`;

describe('pushWarning', () => {
  it('keeps one warning per code and span, in short and long lists, with direct pushes between', () => {
    const warning = fc.record(
      {
        code: fc.constantFrom('CONFLICTING_FIGURES', 'EMPTY_NUMBER_SLOT', 'UNREAD_FIGURE'),
        message: fc.constant('m'),
        span: fc.record({ start: fc.nat({ max: 12 }), end: fc.nat({ max: 12 }) }),
      },
      { requiredKeys: ['code', 'message'] },
    ) as fc.Arbitrary<Warning>;
    // A direct push (a caller appending without the check) is taken in by later checks.
    const step = fc.tuple(fc.boolean(), warning);
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
        const list: RecordWarning[] = [];
        const expected: Warning[] = [];
        for (const [direct, item] of steps) {
          if (direct) {
            list.push(item as RecordWarning);
            expected.push(item);
          } else {
            pushWarning(list, item);
            if (!expected.some((other) => keyOf(other) === keyOf(item))) expected.push(item);
          }
        }
        expect(list).toEqual(expected);
        expect(list.every((item, index) => item === expected[index])).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
