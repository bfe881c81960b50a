import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTime } from '../time/parseTime';
import { extractDailyBulletins, findPublicationStamp } from './extractDailyBulletins';

/** The publication stamp as one plain regular expression over the whole text finds it. */
function stampByRegex(text: string): string | null {
  const match = /(\d{4})[/-](\d{1,2})[/-](\d{1,2})\s{0,3}(\d{1,2}):(\d{2})/.exec(text);
  if (!match) return null;
  const parsed = parseTime(match[0]);
  return parsed.ok && parsed.value.kind === 'instant' ? parsed.value.at : null;
}

describe('findPublicationStamp', () => {
  it('finds the first stamp of the text, as a scan of every position would', () => {
    const piece = fc.constantFrom(
      ...'0123456789/-: \n',
      '2021',
      '2022/3/14',
      '2021-01-20',
      ' 19:13',
      '7:05',
      '：',
      '发布时间',
      '浏览次数:',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(findPublicationStamp(text)).toBe(stampByRegex(text));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['来源:大连发布 2021/1/20 19:13 浏览:12', '2021-01-20T19:13:00+08:00'],
    ['时间 12:30，2022-03-14   07:53', '2022-03-14T07:53:00+08:00'],
    ['2021/1/20\n19:13', null],
    ['2021/1/20 19时13分', null],
  ])('reads %j as %s', (text, expected) => {
    expect(findPublicationStamp(text)).toBe(expected);
    expect(stampByRegex(text)).toBe(expected);
  });

  it('answers each text for itself when asked about several in turn', () => {
    expect(findPublicationStamp('2021/1/20 19:13')).toBe('2021-01-20T19:13:00+08:00');
    expect(findPublicationStamp('2022/3/14 07:53')).toBe('2022-03-14T07:53:00+08:00');
    expect(findPublicationStamp('无')).toBeNull();
    expect(findPublicationStamp('2021/1/20 19:13')).toBe('2021-01-20T19:13:00+08:00');
  });
});

describe('regions of the bulletins of one period', () => {
  it('opens a bulletin for a province named after a sentence break', () => {
    const bulletins = extractDailyBulletins(
      '2021年1月12日0—24时，大连市新增本土确诊病例1例。辽宁省新增本土确诊病例2例。',
    );
    expect(bulletins.map((bulletin) => [bulletin.region, bulletin.newLocalConfirmed.value])).toEqual([
      ['大连市', 1],
      ['辽宁省', 2],
    ]);
  });

  it('keeps one bulletin when what follows a break names no region', () => {
    const bulletins = extractDailyBulletins(
      '2021年1月12日0—24时，大连市新增本土确诊病例1例。目前全市在院治疗3人。',
    );
    expect(bulletins).toHaveLength(1);
    expect(bulletins[0]?.inHospital.total.value).toBe(3);
  });
});
