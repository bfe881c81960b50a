import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTime } from '../time/parseTime';
import { extractDailyBulletins, extractDailyBulletinsWithWarnings } from './extractDailyBulletins';
import { findPublicationStamp } from './findPublicationStamp';
import { extractRecords } from '../extract/extractRecords';

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

  it('writes a stamp from its parts as parseTime reads it, for any date and time, valid or not', () => {
    const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => (n < 10 && n % 2 === 0 ? `0${n}` : `${n}`));
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.tuple(twoDigits, twoDigits, twoDigits, fc.integer({ min: 0, max: 99 })),
        fc.constantFrom('-', '/'),
        fc.constantFrom('-', '/'),
        fc.constantFrom('', ' ', '  ', '   ', '\t', '\n', '　', ' \u00a0'),
        (year, [month, day, hour, minute], dash, secondDash, space) => {
          const text = `${year}${dash}${month}${secondDash}${day}${space}${hour}:${String(minute).padStart(2, '0')}`;
          expect(findPublicationStamp(text)).toBe(stampByRegex(text));
        },
      ),
      { numRuns: 3000 },
    );
    // Around the last summer time and a leap day, where a fast path could go wrong.
    for (const text of ['1991-7-1 12:00', '1992-1-1 00:00', '2024-2-29 23:59', '2023-2-29 10:00']) {
      expect(findPublicationStamp(text)).toBe(stampByRegex(text));
    }
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

describe('periods and headlines that open a bulletin', () => {
  const reference = { reference: '2022-04-25T09:00:00+08:00' };

  it('keeps a period longer than a day, with its length in hours', () => {
    const [bulletin] = extractDailyBulletins('4月23日至24日15时，甲市新增本土确诊病例4例。', reference);
    expect(bulletin?.period).toEqual({
      start: '2022-04-23T00:00:00+08:00',
      end: '2022-04-24T15:00:00+08:00',
    });
    expect(bulletin?.periodHours).toBe(39);
    expect(bulletin?.newLocalConfirmed.value).toBe(4);
  });

  it.each([
    ['8时至20日8时', '2022-04-19T08:00:00+08:00', '2022-04-20T08:00:00+08:00'],
    ['22时至4月15日10时', '2022-04-14T22:00:00+08:00', '2022-04-15T10:00:00+08:00'],
    ['6时至4月15日10时', '2022-04-15T06:00:00+08:00', '2022-04-15T10:00:00+08:00'],
  ])('dates a start with only a clock time from its end (%s)', (phrase, start, end) => {
    const [bulletin] = extractDailyBulletins(`${phrase}，甲省新增确诊病例2例。`, reference);
    expect(bulletin?.period).toEqual({ start, end });
  });

  it.each([
    ['乙市4月21日新增本土确诊病例5例、本土无症状感染者9例', '乙市'],
    ['乙市2022年4月21日，新增本土确诊病例5例和无症状感染者9例。', '乙市'],
    ['4月21日，乙市新增本土确诊病例5例和无症状感染者9例。', '乙市'],
  ])('reads a headline with a date, a region and figures as that day’s bulletin (%s)', (text, region) => {
    const [bulletin] = extractDailyBulletins(text, reference);
    expect(bulletin?.region).toBe(region);
    expect(bulletin?.period?.start).toBe('2022-04-21T00:00:00+08:00');
    expect([bulletin?.newLocalConfirmed.value, bulletin?.newLocalAsymptomatic.value]).toEqual([5, 9]);
  });

  it('reads a block that has only 截至…24时 and new figures as that day’s bulletin', () => {
    const [bulletin] = extractDailyBulletins(
      '截至4月9日24时，丙市新增本土确诊病例3例，累计本土确诊病例40例。',
      reference,
    );
    expect(bulletin?.period).toEqual({
      start: '2022-04-09T00:00:00+08:00',
      end: '2022-04-10T00:00:00+08:00',
    });
    expect(bulletin?.cumulativeConfirmed.value).toBe(40);
  });

  it('reads a block with only 截至…24时 and cumulative figures as of that instant, without a period', () => {
    const [bulletin] = extractDailyBulletins(
      '截至4月9日24时，丙市累计本土确诊病例40例，治愈出院31例，在院治疗9例，死亡0例。',
      reference,
    );
    expect(bulletin?.period).toBeNull();
    expect(bulletin?.cumulativeConfirmed).toMatchObject({ value: 40, asOf: '2022-04-10T00:00:00+08:00' });
    expect(bulletin?.dischargedCumulative.total.value).toBe(31);
    expect(bulletin?.inHospital.total.value).toBe(9);
    expect(bulletin?.cumulativeDeaths.value).toBe(0);
  });
});

describe('regions resolved to the official division', () => {
  const reference = { reference: '2022-04-25T09:00:00+08:00' };

  it('resolves a province with or without its ending to one bulletin, with name and code', () => {
    const bulletins = extractDailyBulletins(
      '4月20日0—24时，丁宁新增本土确诊病例1例。\n4月20日0—24时，辽宁新增本土确诊病例2例。\n4月20日0—24时，辽宁省新增本土无症状感染者3例。',
      reference,
    ).filter((bulletin) => bulletin.regionCode !== null);
    expect(bulletins).toHaveLength(1);
    expect(bulletins[0]).toMatchObject({ regionName: '辽宁省', regionCode: '210000' });
    expect([bulletins[0]!.newLocalConfirmed.value, bulletins[0]!.newLocalAsymptomatic.value]).toEqual([2, 3]);
  });

  it('reads a bare city name as the region', () => {
    const [bulletin] = extractDailyBulletins('4月20日0—24时，大连新增本土确诊病例2例。', reference);
    expect(bulletin).toMatchObject({ region: '大连', regionName: '大连市', regionCode: '210200' });
  });

  it.each([
    ['延边', '延边朝鲜族自治州', '222400'],
    ['延边州', '延边朝鲜族自治州', '222400'],
    ['恩施州', '恩施土家族苗族自治州', '422800'],
    ['伊犁州', '伊犁哈萨克自治州', '654000'],
    ['巴音郭楞', '巴音郭楞蒙古自治州', '652800'],
  ])('resolves the autonomous prefecture %s, written without its peoples, to %s', (written, name, code) => {
    const [bulletin] = extractDailyBulletins(`4月20日0—24时，${written}新增本土确诊病例3例。`, reference);
    expect(bulletin).toMatchObject({ region: written, regionName: name, regionCode: code });
    expect(bulletin?.newLocalConfirmed.value).toBe(3);
  });

  it('keeps a province ahead of a prefecture that shares its short name (海南 is the province)', () => {
    const [bulletin] = extractDailyBulletins('4月20日0—24时，海南新增本土确诊病例1例。', reference);
    expect(bulletin).toMatchObject({ regionName: '海南省', regionCode: '460000' });
  });

  it('takes the region named just before the bulletin when the bulletin says only 全省', () => {
    const [bulletin] = extractDailyBulletins(
      '截至4月20日24时河南省疫情最新情况\n4月20日0—24时，全省新增本土确诊病例2例。',
      reference,
    );
    expect(bulletin).toMatchObject({ region: '全省', regionName: '河南省', regionCode: '410000' });
  });
});

describe('a period that gives no figure', () => {
  it('yields a record that says why when case words follow it', () => {
    const [bulletin] = extractDailyBulletins('4月20日0—24时，甲市确诊病例情况正在核实，稍后公布。', {
      reference: '2022-04-21T09:00:00+08:00',
    });
    expect(bulletin?.figures).toEqual([]);
    expect(bulletin?.warnings.map((warning) => warning.code)).toContain('UNREAD_FIGURE');
  });

  it('yields nothing when no case word follows it', () => {
    expect(
      extractDailyBulletins('4月20日0—24时，甲市开展全员核酸检测。', {
        reference: '2022-04-21T09:00:00+08:00',
      }),
    ).toEqual([]);
  });
});

describe('an as-of instant outside every period block', () => {
  const options = { reference: '2022-04-11T09:00:00+08:00' };

  it('opens a record of its own when case words and a count follow it, before the first period', () => {
    const text =
      '截至4月9日24时，丁市累计报告本土确诊病例40例，治愈出院31例。\n4月10日0—24时，丁市新增本土确诊病例2例。';
    const bulletins = extractDailyBulletins(text, options);
    expect(bulletins).toHaveLength(2);
    const [asOf, day] = bulletins;
    expect(asOf?.period).toBeNull();
    expect(asOf?.cumulativeConfirmed).toMatchObject({ value: 40, asOf: '2022-04-10T00:00:00+08:00' });
    expect(asOf?.regionName).toBe(day?.regionName);
    expect(day?.period?.start).toBe('2022-04-10T00:00:00+08:00');
    expect(day?.newLocalConfirmed.value).toBe(2);
    // every count before the period is in a record: none is dropped in silence
    const read = bulletins.flatMap((bulletin) => bulletin.figures.map((figure) => figure.value));
    expect(read).toEqual(expect.arrayContaining([40, 31, 2]));
  });

  it('opens no bulletin for a condition without a count, and says so', () => {
    const asOf = '截至5月8日24时';
    const text = `${asOf}，丙县丁镇已连续14天无新增本土确诊病例。自2022年5月9日0时起，将丙县丁镇调整为低风险地区。`;
    expect(extractDailyBulletins(text, options)).toEqual([]);
    const { records, warnings } = extractRecords(text, options);
    expect(records.map((record) => record.kind)).toEqual(['riskChange']);
    const warning = warnings.find((each) => each.code === 'AS_OF_WITHOUT_FIGURES');
    expect(warning?.message).toContain('确诊');
    expect(text.slice(warning!.span!.start, warning!.span!.end)).toBe(asOf);
  });

  it('gives the warning of a condition to callers of the bulletin reader alone', () => {
    const asOf = '截至2022年6月3日24时';
    const text = `${asOf}，戊区已连续21天无新增本土确诊病例和无症状感染者，特此说明。`;
    const { records, warnings } = extractDailyBulletinsWithWarnings(text);
    expect(records).toEqual([]);
    expect(warnings.map((warning) => warning.code)).toEqual(['AS_OF_WITHOUT_FIGURES']);
    expect(text.slice(warnings[0]!.span!.start, warnings[0]!.span!.end)).toBe(asOf);
    // the same warning reaches callers of extractRecords
    expect(extractRecords(text).warnings.map((warning) => warning.code)).toContain('AS_OF_WITHOUT_FIGURES');
  });

  it('reports an as-of instant that cannot be dated instead of dropping it', () => {
    const emptySlots = '截至月日24时';
    const slots = extractDailyBulletinsWithWarnings(`${emptySlots}，己市累计报告本土确诊病例例。`);
    expect(slots.records).toEqual([]);
    expect(slots.warnings).toHaveLength(1);
    expect(slots.warnings[0]).toMatchObject({
      code: 'UNDATED_PERIOD',
      span: { start: 0, end: emptySlots.length },
    });
    expect(slots.warnings[0]!.message).toContain(emptySlots);
    const noYear = extractDailyBulletinsWithWarnings('截至3月5日24时，己市累计报告本土确诊病例12例。');
    expect(noYear.warnings.map((warning) => warning.code)).toEqual(['YEAR_UNKNOWN']);
    expect(noYear.warnings[0]!.message).toContain('options.reference');
  });

  it('says nothing of an undatable as-of instant followed by no case word', () => {
    expect(extractDailyBulletinsWithWarnings('截至月日24时，本市核酸检测结果均为阴性。').warnings).toEqual(
      [],
    );
  });

  it('returns the same bulletins with and without the document warnings', () => {
    const text = '2022年4月9日0—24时，丁市新增本土确诊病例2例、无症状感染者3例。';
    expect(extractDailyBulletinsWithWarnings(text).records).toEqual(extractDailyBulletins(text));
  });

  it('says nothing of an as-of instant inside a bulletin: its figures carry it', () => {
    const text = '4月9日0—24时，丁市新增本土确诊病例2例。截至4月9日24时，丁市累计报告本土确诊病例40例。';
    const { records, warnings } = extractRecords(text, options);
    expect(warnings.map((warning) => warning.code)).not.toContain('AS_OF_WITHOUT_FIGURES');
    const [bulletin] = records;
    expect(bulletin).toMatchObject({ kind: 'dailyBulletin', newLocalConfirmed: { value: 2 } });
    expect(bulletin?.kind === 'dailyBulletin' && bulletin.cumulativeConfirmed.value).toBe(40);
  });

  it('opens nothing for a title before the period that holds no case word', () => {
    const text = '截至4月9日24时丁市疫情通报\n4月9日0—24时，丁市新增本土确诊病例2例。';
    const bulletins = extractDailyBulletins(text, options);
    expect(bulletins).toHaveLength(1);
    expect(bulletins[0]?.period?.start).toBe('2022-04-09T00:00:00+08:00');
  });
});
