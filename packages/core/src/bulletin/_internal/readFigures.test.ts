import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyBulletin } from './bulletinBuilder';
import type { FigureRoles } from './readClauses';
import { addStatedFigure } from './readFigures';

describe('addStatedFigure', () => {
  it('gives every bulletin the same figures whether their statements come interleaved or one bulletin at a time', () => {
    // Few roles, values and spans, so that statements repeat, conflict and share keys.
    const statement = fc.record({
      bulletin: fc.nat({ max: 2 }),
      roles: fc.record({
        measure: fc.constantFrom('reported', 'discharged'),
        tally: fc.constantFrom('new', 'cumulative'),
        scope: fc.constantFrom('local', 'imported', 'unstated'),
        kind: fc.constantFrom('confirmed', 'asymptomatic'),
        severity: fc.constant(null),
        foundIn: fc.constant(null),
        area: fc.constantFrom(null, '甲区'),
        sex: fc.constant(null),
        age: fc.constantFrom(null, '60岁及以上'),
        exposure: fc.constant(null),
        facility: fc.constantFrom(null, '甲市人民医院'),
      }) satisfies fc.Arbitrary<FigureRoles>,
      value: fc.constantFrom(null, 1, 2),
      start: fc.nat({ max: 5 }),
      asOf: fc.constantFrom(undefined, '2022-04-01T15:00:00+08:00'),
    });
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 40 }), (statements) => {
        const read = (order: typeof statements) => {
          const bulletins = [0, 1, 2].map((index) => emptyBulletin({ start: index, end: index + 1 }));
          for (const { bulletin, roles, value, start, asOf } of order) {
            addStatedFigure(bulletins[bulletin]!, roles, value, { start, end: start + 1 }, asOf);
          }
          return bulletins;
        };
        // The same statements, each bulletin's in their own order, one bulletin after another.
        const grouped = [0, 1, 2].flatMap((index) => statements.filter((s) => s.bulletin === index));
        expect(read(statements)).toEqual(read(grouped));
      }),
      { numRuns: 1000 },
    );
  });
});
