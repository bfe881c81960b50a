import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDailyBulletins } from '../extractDailyBulletins';

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
