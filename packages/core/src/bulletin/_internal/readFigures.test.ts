import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyBulletin } from './bulletinBuilder';
import type { FigureRoles } from './readClauses';
import { addStatedFigure } from './readFigures';
import { extractDailyBulletins } from '../extractDailyBulletins';

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

describe('readFigures: a local figure and one of no stated scope for the same field', () => {
  it('fills the field with the local figure, keeps both in figures, and reports no conflict', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 900 }),
        fc.integer({ min: 1, max: 90 }),
        fc.boolean(),
        (local, imported, localFirst) => {
          const statements = [`累计报告本地确诊病例${local}例`, `累计报告确诊病例${local + imported}例`];
          if (!localFirst) statements.reverse();
          const [bulletin] = extractDailyBulletins(
            `2020年3月16日0-24时，甲市无新增确诊病例。截至3月16日24时，${statements.join('。')}。`,
          );
          expect(bulletin?.cumulativeConfirmed.value).toBe(local);
          expect(bulletin?.warnings.map((warning) => warning.code)).not.toContain('CONFLICTING_FIGURES');
          expect(
            bulletin?.figures
              .filter((figure) => figure.tally === 'cumulative' && figure.kind === 'confirmed')
              .map((figure) => [figure.scope, figure.value])
              .sort(),
          ).toEqual([
            ['local', local],
            ['unstated', local + imported],
          ]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads the local part of the conversions into the field and the national total beside it', () => {
    const [bulletin] = extractDailyBulletins(
      '2021年9月15日0-24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例30例，其中境外输入病例20例，含3例由无症状感染者转为确诊病例；本土病例10例（均在甲省），含6例由无症状感染者转为确诊病例（均在甲省）。当日转为确诊病例9例（境外输入3例）。',
    );
    expect(bulletin?.asymptomaticToConfirmed.value).toBe(6);
    expect(bulletin?.warnings.map((warning) => warning.code)).not.toContain('CONFLICTING_FIGURES');
  });

  it('still reports two different counts of the same scope as a conflict', () => {
    const [bulletin] = extractDailyBulletins(
      '2020年3月16日0-24时，甲市无新增确诊病例。截至3月16日24时，累计报告确诊病例40例。累计报告确诊病例42例。',
    );
    expect(bulletin?.cumulativeConfirmed.value).toBe(40);
    expect(bulletin?.warnings.map((warning) => warning.code)).toContain('CONFLICTING_FIGURES');
  });
});
