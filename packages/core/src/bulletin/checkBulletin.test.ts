import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBulletin, checkBulletins } from './checkBulletin';
import { extractDailyBulletins } from './extractDailyBulletins';
import type { BreakdownEntry, DailyBulletin, Figure } from './schemas';

const reference = '2021-01-12T08:00:00+08:00';

function bulletinsOf(...lines: string[]): DailyBulletin[] {
  return extractDailyBulletins(lines.join('\n'), { reference });
}

const codes = (bulletin: DailyBulletin | undefined) =>
  (bulletin?.warnings ?? []).map((warning) => warning.code);

describe('checkBulletin', () => {
  it('warns PARTS_DO_NOT_SUM when confirmed and asymptomatic in hospital do not add up to the total', () => {
    const [bulletin] = bulletinsOf(
      '1月10日0时至24时，大连市新增本土确诊病例5例。在院治疗6人（其中确诊病例4人，无症状感染者3人）。',
    );
    const checked = checkBulletin(bulletin!);
    expect(codes(checked)).toEqual(['PARTS_DO_NOT_SUM']);
    expect(checked.warnings[0]!.message).toContain('4 confirmed + 3 asymptomatic = 7');
    expect(checked.warnings[0]!.span).toEqual(bulletin!.inHospital.total.span);
  });

  it('finds nothing when the parts add up', () => {
    const [bulletin] = bulletinsOf(
      '1月10日0时至24时，大连市新增本土确诊病例5例。在院治疗6人（其中确诊病例4人，无症状感染者2人）。',
    );
    expect(codes(checkBulletin(bulletin!))).toEqual([]);
  });

  it('warns PARTS_DO_NOT_SUM when the areas of a breakdown do not add up to the total', () => {
    const [bulletin] = bulletinsOf('1月10日0时至24时，大连市新增本土确诊病例5例。');
    const entry = (area: string, value: number, start: number): BreakdownEntry => ({
      area,
      span: { start, end: start + 6 },
      code: null,
      confidence: null,
      figures: {
        newLocalConfirmed: { value, span: { start: start + 3, end: start + 5 }, raw: `${value}例` },
      },
      children: [],
    });
    const withBreakdown: DailyBulletin = {
      ...bulletin!,
      breakdowns: [entry('中山区', 2, 40), entry('西岗区', 2, 47)],
    };
    const checked = checkBulletin(withBreakdown);
    expect(codes(checked)).toEqual(['PARTS_DO_NOT_SUM']);
    expect(checked.warnings[0]!.message).toContain('the listed areas add up to 4, but the text states 5');
  });

  it('adds up the areas of a breakdown as a sum over the list of their figures would', () => {
    // The sum it replaced: the areas' figures of the measure in a list, added up, checked, then
    // each area whose children hold the measure checked against its own figure.
    type Found = { message: string; span: Figure['span'] };
    const bySummingAList = (entries: BreakdownEntry[], total: Figure, label: string, out: Found[]): void => {
      if (entries.length === 0) return;
      const parts = entries.map((entry) => entry.figures.newLocalConfirmed).filter((f): f is Figure => !!f);
      if (parts.length > 0 && total.value !== null) {
        const sum = parts.reduce((accumulator, figure) => accumulator + (figure.value ?? 0), 0);
        if (parts.every((figure) => figure.value !== null) && sum !== total.value)
          out.push({
            message: `${label}: the listed areas add up to ${sum}, but the text states ${total.value}`,
            span: total.span,
          });
      }
      for (const entry of entries) {
        const own = entry.figures.newLocalConfirmed;
        if (own && entry.children.some((child) => child.figures.newLocalConfirmed))
          bySummingAList(entry.children, own, `${label} in ${entry.area}`, out);
      }
    };
    const value = fc.constantFrom(null, 0, 1, 2, 3);
    const figure = fc.option(
      value.map((v): Figure => ({ value: v, span: { start: 0, end: 1 } })),
      {
        nil: undefined,
      },
    );
    const entry = (children: fc.Arbitrary<BreakdownEntry[]>): fc.Arbitrary<BreakdownEntry> =>
      fc
        .record({ area: fc.constantFrom('甲区', '乙区'), figure, children })
        .map(({ area, figure, children }) => ({
          area,
          span: { start: 0, end: 2 },
          code: null,
          confidence: null,
          figures: figure ? { newLocalConfirmed: figure } : {},
          children,
        }));
    const entries = fc.array(entry(fc.array(entry(fc.constant([])), { maxLength: 3 })), { maxLength: 4 });
    const [bulletin] = bulletinsOf('1月10日0时至24时，大连市新增本土确诊病例5例。');
    fc.assert(
      fc.property(entries, value, (breakdowns, total) => {
        const stated = {
          ...bulletin!,
          breakdowns,
          newLocalConfirmed: { ...bulletin!.newLocalConfirmed, value: total },
        };
        const expected: Found[] = [];
        bySummingAList(breakdowns, stated.newLocalConfirmed, 'new local confirmed (新增本土确诊)', expected);
        const found = checkBulletin(stated).warnings.filter((warning) => warning.code === 'PARTS_DO_NOT_SUM');
        // Warnings with the same code and span are reported once.
        const once = expected.filter(
          (warning, index) =>
            expected.findIndex((other) => JSON.stringify(other.span) === JSON.stringify(warning.span)) ===
            index,
        );
        expect(found.map(({ message, span }) => ({ message, span }))).toEqual(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves the bulletin it is given as it is', () => {
    const [bulletin] = bulletinsOf(
      '1月10日0时至24时，大连市新增本土确诊病例5例。在院治疗6人（其中确诊病例4人，无症状感染者3人）。',
    );
    const before = structuredClone(bulletin!);
    const checked = checkBulletin(bulletin!);
    expect(bulletin).toEqual(before);
    expect(checked).not.toBe(bulletin);
    expect(checkBulletin(bulletin!)).toEqual(checked);
  });
});

describe('checkBulletins', () => {
  it('warns CUMULATIVE_DECREASED on the later bulletin when a cumulative figure falls', () => {
    const checked = checkBulletins(
      bulletinsOf(
        '1月10日0时至24时，大连市新增本土确诊病例2例。累计报告本土确诊病例51例。',
        '1月11日0时至24时，大连市新增本土确诊病例1例。累计报告本土确诊病例50例。',
      ),
    );
    expect(checked.map(codes)).toEqual([[], ['CUMULATIVE_DECREASED']]);
    expect(checked[1]!.warnings[0]!.message).toContain('falls from 51 to 50');
    expect(checked[1]!.warnings[0]!.span).toEqual(checked[1]!.cumulativeConfirmed.span);
  });

  it('finds nothing when a cumulative figure grows', () => {
    const checked = checkBulletins(
      bulletinsOf(
        '1月10日0时至24时，大连市新增本土确诊病例2例。累计报告本土确诊病例51例。',
        '1月11日0时至24时，大连市新增本土确诊病例1例。累计报告本土确诊病例52例。',
      ),
    );
    expect(checked.map(codes)).toEqual([[], []]);
  });

  it('compares cumulative figures within a region only', () => {
    const checked = checkBulletins(
      bulletinsOf(
        '1月10日0时至24时，大连市新增本土确诊病例2例。累计报告本土确诊病例51例。',
        '1月11日0时至24时，沈阳市新增本土确诊病例1例。累计报告本土确诊病例50例。',
      ),
    );
    expect(checked.flatMap(codes)).not.toContain('CUMULATIVE_DECREASED');
  });

  it('warns CONFLICTING_FIGURES when the same figure of the same period is stated with two values', () => {
    // Two statements of one document (extraction merges them into one bulletin before this check).
    const [first] = bulletinsOf('1月10日0时至24时，大连市新增本土确诊病例5例。');
    const [second] = bulletinsOf('1月10日0时至24时，大连市新增本土确诊病例4例。');
    const checked = checkBulletins([first!, second!]);
    expect(checked.map(codes)).toEqual([[], ['CONFLICTING_FIGURES']]);
    expect(checked[1]!.warnings[0]!.message).toContain('is 5 in an earlier bulletin and 4 here');
  });

  it('leaves the bulletins it is given as they are', () => {
    const bulletins = bulletinsOf(
      '1月10日0时至24时，大连市新增本土确诊病例2例。累计报告本土确诊病例51例。',
      '1月11日0时至24时，大连市新增本土确诊病例1例。累计报告本土确诊病例50例。',
    );
    const before = structuredClone(bulletins);
    const checked = checkBulletins(bulletins);
    expect(bulletins).toEqual(before);
    expect(checkBulletins(bulletins)).toEqual(checked);
  });
});
