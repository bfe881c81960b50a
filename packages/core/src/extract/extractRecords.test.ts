import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DailyBulletin, Figure } from '../bulletin/schemas';
import { ExtractionResultSchema } from './schemas';
import { extractRecords } from './extractRecords';

const bulletinsOf = (input: string, options = {}): DailyBulletin[] =>
  extractRecords(input, options).records.filter(
    (record): record is DailyBulletin => record.kind === 'dailyBulletin',
  );

const _at = (input: string, figure: Figure): string =>
  figure.span ? input.slice(figure.span.start, figure.span.end) : '';

describe('extractRecords on written fixtures', () => {
  it('reads an in-hospital split and flags parts that do not add up', () => {
    const input =
      '2021年1月12日0时至24时，大连市新增本土确诊病例1例。目前在院治疗6人(其中确诊病例4人,无症状感染者3人)。';
    const [bulletin] = bulletinsOf(input);
    expect(bulletin!.inHospital.total.value).toBe(6);
    expect(bulletin!.inHospital.confirmed.value).toBe(4);
    expect(bulletin!.warnings.map((warning) => warning.code)).toContain('PARTS_DO_NOT_SUM');
  });

  it('reads district breakdowns and checks their sum', () => {
    const input = '2022年3月1日0—24时，上海新增本土确诊病例5例（浦东新区3例、徐汇区1例）。';
    const [bulletin] = bulletinsOf(input);
    expect(bulletin!.breakdowns.map((entry) => [entry.area, entry.figures.newLocalConfirmed?.value])).toEqual(
      [
        ['浦东新区', 3],
        ['徐汇区', 1],
      ],
    );
    expect(bulletin!.warnings.map((warning) => warning.code)).toContain('PARTS_DO_NOT_SUM');
  });

  it('flags the same figure stated twice with two values, in the one record of that region and period', () => {
    const input =
      '2022年3月1日0—24时，上海新增本土确诊病例5例。2022年3月1日0—24时，上海新增本土确诊病例6例。';
    const bulletins = bulletinsOf(input);
    expect(bulletins).toHaveLength(1);
    expect(bulletins[0]!.warnings.map((warning) => warning.code)).toContain('CONFLICTING_FIGURES');
    expect(bulletins[0]!.newLocalConfirmed.value).toBe(5);
  });

  it('reads a streak of days without new cases in the community (社会面)', () => {
    const input = '11月22日0时至24时，庄河市新增本土确诊病例0例，已连续7日社会面无新增。';
    const [bulletin] = bulletinsOf(input, { reference: '2021-11-23T10:00:00+08:00' });
    expect(bulletin!.daysWithoutNewCases.value).toBe(7);
    expect(bulletin!.daysWithoutNewCases.socialOnly).toBe(true);
    expect(bulletin!.period?.start).toBe('2021-11-22T00:00:00+08:00');
  });

  it('warns when a period has no year and no reference', () => {
    const [bulletin] = bulletinsOf('1月12日0—24时，大连市新增本土确诊病例1例。');
    expect(bulletin!.period).toBeNull();
    expect(bulletin!.warnings.map((warning) => warning.code)).toContain('UNDATED_PERIOD');
  });

  it.each([
    ['1月12日零时至24时', '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['1月12日0-24时', '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['1月12日（0—24时）', '2021-01-12T00:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['1月12日12时至24时', '2021-01-12T12:00:00+08:00', '2021-01-13T00:00:00+08:00'],
    ['12月31日0时至24时', '2020-12-31T00:00:00+08:00', '2021-01-01T00:00:00+08:00'],
  ])('reads the period %s (published 2021-01-13)', (phrase, start, end) => {
    const [bulletin] = bulletinsOf(`${phrase}，大连市新增本土确诊病例1例。`, {
      reference: '2021-01-13T09:00:00+08:00',
    });
    expect(bulletin!.period).toEqual({ start, end });
  });
});

describe('extractRecords with a reference in any instant form (one rule with planQuarantine)', () => {
  const text = '1月12日0—24时，大连市新增本土确诊病例1例。';
  it.each([
    ['an offset', '2021-01-13T09:00:00+08:00'],
    ['no zone (China time)', '2021-01-13T09:00:00'],
    ['a plain date (that day in China)', '2021-01-13'],
    ['a Date', new Date('2021-01-13T01:00:00Z')],
    ['epoch milliseconds', Date.parse('2021-01-13T01:00:00Z')],
  ])('reads the period with a reference given as %s', (_label, reference) => {
    const result = extractRecords(text, { reference });
    expect(result.warnings).toEqual([]);
    const bulletin = result.records.find((record) => record.kind === 'dailyBulletin') as DailyBulletin;
    expect(bulletin.period).toEqual({ start: '2021-01-12T00:00:00+08:00', end: '2021-01-13T00:00:00+08:00' });
  });

  it('takes a plain date as that day in China, never the day before in a western zone', () => {
    const result = extractRecords('12月31日0—24时，大连市新增本土确诊病例1例。', { reference: '2021-01-01' });
    const bulletin = result.records[0] as DailyBulletin;
    expect(bulletin.period?.start).toBe('2020-12-31T00:00:00+08:00');
    expect(bulletin.publishedAt).toBe('2021-01-01T00:00:00+08:00');
  });

  it('refuses a reference that is no instant with INVALID_ARGUMENT at options.reference', () => {
    expect(() => extractRecords(text, { reference: 'yesterday' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        details: expect.objectContaining({ path: 'options.reference' }),
      }),
    );
  });
});

describe('extractRecords on any text', () => {
  it('never throws and returns a valid result on arbitrary Unicode up to 100 KB', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const result = extractRecords(text.repeat(1 + (text.length % 50)));
        expect(ExtractionResultSchema.safeParse(result).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on bulletin-like fragments stitched at random', () => {
    const pieces = [
      '1月12日',
      '0时至24时',
      '，大连市',
      '新增本土确诊病例',
      '3',
      '例',
      '（',
      '）',
      '浦东新区',
      '、',
      '无新增',
      '累计',
      '在院治疗',
      '人',
      '。',
      '\n',
      '年月日时至时',
      '连续',
      '天',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 400 }), (parts) => {
        const result = extractRecords(parts.join(''));
        expect(ExtractionResultSchema.safeParse(result).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('extractRecords with several regions in one period', () => {
  // Written for this test: a city's zero bulletin, then the province's figures, same period.
  const text =
    '2021年1月12日0时至24时，大连市无新增本土确诊病例和本土无症状感染者；辽宁省新增本土确诊病例2例，均在沈阳市，新增本土无症状感染者1例。截至1月12日24时，辽宁省累计报告本土确诊病例300例。';
  const bulletins = bulletinsOf(text);

  it('makes one record per region, with the same period', () => {
    expect(bulletins.map((bulletin) => bulletin.region)).toEqual(['大连市', '辽宁省']);
    for (const bulletin of bulletins) {
      expect(bulletin.period).toEqual({
        start: '2021-01-12T00:00:00+08:00',
        end: '2021-01-13T00:00:00+08:00',
      });
    }
  });

  it('gives each region its own figures and span', () => {
    const [city, province] = bulletins as [DailyBulletin, DailyBulletin];
    expect([city.newLocalConfirmed.value, city.newLocalAsymptomatic.value]).toEqual([0, 0]);
    expect(city.cumulativeConfirmed.value).toBeNull();
    expect([province.newLocalConfirmed.value, province.newLocalAsymptomatic.value]).toEqual([2, 1]);
    expect(province.cumulativeConfirmed.value).toBe(300);
    expect(city.span.end).toBeLessThanOrEqual(province.span.start);
    expect(text.slice(province.regionSpan!.start, province.regionSpan!.end)).toBe('辽宁省');
    expect(city.warnings.concat(province.warnings).map((warning) => warning.code)).not.toContain(
      'CONFLICTING_FIGURES',
    );
  });

  it('does not split a bulletin at a district named at the start of a sentence', () => {
    const districts = bulletinsOf(
      '2022年3月13日0—24时，上海新增本土确诊病例4例。浦东新区新增本土确诊病例3例。',
    );
    expect(districts.map((bulletin) => bulletin.region)).toEqual(['上海']);
  });

  it('does not split a bulletin where the text names its own region again (全市, 本市)', () => {
    const bulletins = bulletinsOf(
      '2021年1月12日零时至24时，大连市无新增本土确诊病例。\n全市累计治愈出院56名。本市累计报告确诊病例51例。',
    );
    expect(bulletins.map((bulletin) => bulletin.region)).toEqual(['大连市']);
  });
});

describe('extractRecords reads numbers with the numbers module', () => {
  it('reads Chinese numerals in figure slots', () => {
    const [bulletin] = bulletinsOf(
      '2021年1月12日0时至24时，大连市新增本土确诊病例十二例，已连续十四天无新增。',
    );
    expect(bulletin?.newLocalConfirmed.value).toBe(12);
    expect(bulletin?.daysWithoutNewCases.value).toBe(14);
  });
});

describe('extractRecords with a thorough search for injected text', () => {
  it('passes detectInjected to cleaning, so a headline spliced into words never reaches a figure', () => {
    const headline = '某某队主场爆冷,止步八强';
    const lines = ['某市疫情防控通报'];
    for (let day = 1; day <= 24; day++) {
      const text = `2021年1月${day}日0时至24时,本市无新增本土确诊病例,其他物资由指挥部统一调度。`;
      // spliced at a different place each time, inside words, as injected text is
      const splice = { 6: '其他', 12: '指挥部', 18: '统一', 24: '物资' }[day];
      lines.push(splice ? text.replace(splice, `${splice[0]}${headline}${splice.slice(1)}`) : text);
    }
    const input = lines.join('\n');
    expect(input.length).toBeGreaterThanOrEqual(1000); // the detector needs a document's worth of text
    const thorough = extractRecords(input, {
      reference: '2021-01-25T09:00:00+08:00',
      detectInjected: 'thorough',
    });
    expect(thorough.removed.filter((removed) => removed.kind === 'injected')).toHaveLength(4);
    expect(JSON.stringify(thorough.records)).not.toContain('爆冷');
    expect(extractRecords(input, { reference: '2021-01-25T09:00:00+08:00' }).removed).toEqual([]);
  });
});

describe('extractRecords on scraped text with pinyin annotations', () => {
  it('reads the period and figures, and reports the annotations as removed', () => {
    const input = '2022年3月2日0时(shí)至24时(shí)，甲市新增本土确诊病例2例。';
    const result = extractRecords(input);
    const [bulletin] = result.records.filter((record) => record.kind === 'dailyBulletin');
    expect(bulletin && 'period' in bulletin ? bulletin.period?.start : null).toBe(
      '2022-03-02T00:00:00+08:00',
    );
    expect(result.removed.filter((removal) => removal.kind === 'annotation')).toHaveLength(2);
  });
});
