import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Warning } from '../../types';
import type { Figure } from '../schemas';
import {
  emptyBulletin,
  FIGURE_PATHS,
  type FigurePath,
  getFigure,
  pushWarning,
  type RecordWarning,
  replaceFigure,
} from './bulletinBuilder';

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

/** The reading `getFigure`'s written-out readers replaced: the dotted path, one name at a time. */
const atPath = (bulletin: object, path: FigurePath): Figure =>
  path
    .split('.')
    .reduce(
      (value: Record<string, unknown>, name) => value[name] as Record<string, unknown>,
      bulletin as Record<string, unknown>,
    ) as unknown as Figure;

describe('getFigure', () => {
  it('reads the figure at the dotted path, for every path, after any writes', () => {
    const write = fc.tuple(fc.constantFrom(...FIGURE_PATHS), fc.nat(1000));
    fc.assert(
      fc.property(fc.array(write, { maxLength: 30 }), (writes) => {
        const bulletin = emptyBulletin({ start: 0, end: 10 });
        for (const [path, value] of writes)
          replaceFigure(bulletin, path, { value, span: { start: value, end: value + 1 } });
        for (const path of FIGURE_PATHS) expect(getFigure(bulletin, path)).toBe(atPath(bulletin, path));
      }),
      { numRuns: 300 },
    );
  });
});
