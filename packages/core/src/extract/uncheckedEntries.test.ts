/**
 * `extractRecords` calls the bulletin, notice and time readers through entry points that skip the
 * argument checks (it built the options itself). They must read exactly as the public functions
 * do on valid options, and the public functions must still check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortBulletin } from '../../bench/shortBulletins';
import { bulletinReference, readDailyBulletins } from '../bulletin/_internal/readDailyBulletins';
import { checkBulletin, checkBulletins, checkReadBulletins } from '../bulletin/checkBulletin';
import type { ExtractDailyBulletinsOptions } from '../bulletin/extractDailyBulletins';
import type { Span } from '../types';
import { extractNotices, extractNoticesUnchecked } from '../notices/extractNotices';
import { checkedContext } from '../notices/_internal/document';
import { findTimeExpressions, findTimeExpressionsUnchecked } from '../time/findTimeExpressions';
import { toChinaInstant } from '../time/instant';
import { parseTime, parseTimeUnchecked } from '../time/parseTime';

/** Documents of other shapes than the generated daily page, in our own wording: notices, two regions, no stamp. */
const written = [
  '关于调整风险等级的通告\n经研究决定，自2021年11月23日0时起，将庄河市城关街道海洋村由中风险地区调整为低风险地区。\n大连市新冠肺炎疫情防控指挥部\n2021年11月22日',
  '1月12日0时至24时，大连市无新增本土确诊病例；辽宁省新增本土确诊病例2例，新增无症状感染者3例。截至1月12日24时，全省累计报告本土确诊病例50例。',
  '截至3月14日24时，累计本土确诊病例120例，治愈出院98例，在院治疗22例，死亡0例。',
];
/** A reference instant of 2020–2022 in one of the forms a caller may give. */
const reference = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2022, 11, 31) })
  .chain((millis) => fc.constantFrom(millis, new Date(millis).toISOString(), toChinaInstant(millis)));
const document = fc.oneof(fc.constantFrom(...written), fc.nat(2000).map(shortBulletin));

describe('the unchecked entry points', () => {
  it('are handed options the public checks would pass unchanged', () => {
    fc.assert(
      fc.property(document, fc.option(reference, { nil: undefined }), (text, given) => {
        // What extractRecords hands on: a reference in fangkong's own form, the time matches found once.
        const at =
          bulletinReference(text, given === undefined ? undefined : toChinaInstant(given)) ?? undefined;
        const times = findTimeExpressionsUnchecked(text, at === undefined ? {} : { reference: at });
        const options = { reference: at, timeExpressions: times };
        // The public checks accept it and convert nothing: the unchecked calls read what they would.
        expect(checkedContext(text, options)).toBe(options);
        const bulletinOptions: ExtractDailyBulletinsOptions = {
          timeExpressions: times,
          toOriginalSpan: (span: Span) => span,
        };
        if (given !== undefined) bulletinOptions.reference = toChinaInstant(given);
        expect(() => readDailyBulletins(text, bulletinOptions)).not.toThrow();
        expect(findTimeExpressions(text, at === undefined ? {} : { reference: at })).toEqual(times);
        if (given !== undefined) {
          // A reference in any form the caller may give reads as its fangkong form.
          expect(
            extractNoticesUnchecked(text, { reference: toChinaInstant(given), timeExpressions: times }),
          ).toEqual(extractNotices(text, { reference: given, timeExpressions: times }));
          expect(parseTimeUnchecked('22时至2月15日10时', { reference: toChinaInstant(given) })).toEqual(
            parseTime('22时至2月15日10时', { reference: given }),
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it('check fresh bulletins in place as checkBulletin, then checkBulletins, check copies', () => {
    // Several daily pages in one text: the same day twice (conflicts), later days (cumulative falls).
    const pages = fc.array(fc.nat(120).map(shortBulletin), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.oneof(
          pages.map((texts) => texts.join('\n')),
          document,
        ),
        (text) => {
          const read = () => readDailyBulletins(text, { reference: '2021-12-31T00:00:00+08:00' }).bulletins;
          const fresh = read();
          const expected = checkBulletins(read().map(checkBulletin));
          expect(checkReadBulletins(fresh)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('leave the checks to the public functions, which still make them', () => {
    const code = (call: () => unknown) => {
      try {
        call();
        return null;
      } catch (error) {
        return [(error as { code?: string }).code, (error as Error).message.includes('options.')];
      }
    };
    expect(code(() => readDailyBulletins('x', { timeExpressions: [42 as never] }))).toEqual([
      'INVALID_ARGUMENT',
      true,
    ]);
    expect(code(() => extractNotices('x', { reference: 'soon' }))).toEqual(['INVALID_ARGUMENT', true]);
    expect(code(() => findTimeExpressions('1月2日', { context: { month: 13 } }))).toEqual([
      'INVALID_ARGUMENT',
      true,
    ]);
    expect(code(() => parseTime('2日', { yearLookaheadDays: -1 }))).toEqual(['INVALID_ARGUMENT', true]);
  });
});
