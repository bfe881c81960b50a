/**
 * `extractRecords` calls the bulletin, notice and time readers through entry points that skip the
 * argument checks (it built the options itself). They must read exactly as the public functions
 * do on valid options, and the public functions must still check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortBulletin } from '../../bench/shortBulletins';
import { readSeed } from '../../test/shared';
import { bulletinReference, readDailyBulletins } from '../bulletin/_internal/readDailyBulletins';
import { checkBulletin, checkBulletins, checkReadBulletins } from '../bulletin/checkBulletin';
import type { ExtractDailyBulletinsOptions } from '../bulletin/extractDailyBulletins';
import type { Span } from '../types';
import { extractNotices, extractNoticesUnchecked } from '../notices/extractNotices';
import { checkedContext } from '../notices/_internal/document';
import { findTimeExpressions, findTimeExpressionsUnchecked } from '../time/findTimeExpressions';
import { toChinaInstant } from '../time/instant';
import { parseTime, parseTimeUnchecked } from '../time/parseTime';

const seeds = (['000', '001', '002', '003', '004'] as const).map(readSeed);
/** A reference instant of 2020–2022 in one of the forms a caller may give. */
const reference = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2022, 11, 31) })
  .chain((millis) => fc.constantFrom(millis, new Date(millis).toISOString(), toChinaInstant(millis)));
const document = fc.oneof(fc.constantFrom(...seeds), fc.nat(2000).map(shortBulletin));

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
