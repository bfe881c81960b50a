import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDailyBulletins } from '../extractDailyBulletins';
import { mergeBulletins } from './mergeBulletins';

const REFERENCE = { reference: '2022-04-02T09:00:00+08:00' };

describe('mergeBulletins: one bulletin per region and period', () => {
  it('merges a headline and the body that repeats it into one record with both spans', () => {
    const text =
      '甲市4月1日新增本土确诊病例12例、本土无症状感染者30例\n' +
      '4月1日0—24时，甲市新增本土确诊病例12例，新增本土无症状感染者30例，治愈出院2例。';
    const bulletins = extractDailyBulletins(`${text}`, REFERENCE).filter((b) => b.period !== null);
    expect(bulletins).toHaveLength(1);
    const [bulletin] = bulletins;
    expect(bulletin!.newLocalConfirmed.value).toBe(12);
    const confirmed = bulletin!.figures.find(
      (figure) => figure.kind === 'confirmed' && figure.tally === 'new',
    );
    expect(confirmed?.spans.map((span) => text.slice(span.start, span.end))).toEqual(['12', '12']);
  });

  it('keeps both values apart as CONFLICTING_FIGURES when the statements disagree', () => {
    const text = '4月1日0—24时，甲市新增本土确诊病例12例。4月1日0—24时，甲市新增本土确诊病例13例。';
    const [bulletin, ...rest] = extractDailyBulletins(text, REFERENCE);
    expect(rest).toEqual([]);
    expect(bulletin!.newLocalConfirmed.value).toBe(12);
    expect(bulletin!.warnings.map((warning) => warning.code)).toContain('CONFLICTING_FIGURES');
  });

  it('keeps the bulletins of two regions of one period apart', () => {
    const text = '4月1日0—24时，甲市新增本土确诊病例1例。4月1日0—24时，乙市新增本土确诊病例2例。';
    expect(extractDailyBulletins(text, REFERENCE).map((b) => [b.region, b.newLocalConfirmed.value])).toEqual([
      ['甲市', 1],
      ['乙市', 2],
    ]);
  });

  it('is idempotent: merging the merged bulletins with copies of themselves changes nothing', () => {
    const statement = fc.tuple(
      fc.constantFrom('甲市', '乙市'),
      fc.integer({ min: 1, max: 3 }),
      fc.nat(500),
      fc.nat(500),
    );
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 6 }), (statements) => {
        const text = statements
          .map(
            ([region, day, confirmed, asymptomatic]) =>
              `4月${day}日0—24时，${region}新增本土确诊病例${confirmed}例，本土无症状感染者${asymptomatic}例。`,
          )
          .join('\n');
        const once = extractDailyBulletins(text, REFERENCE);
        const twice = mergeBulletins([...structuredClone(once), ...structuredClone(once)]);
        expect(twice).toEqual(once);
        const keys = once.map((bulletin) => `${bulletin.region}|${bulletin.period?.start}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });
});
