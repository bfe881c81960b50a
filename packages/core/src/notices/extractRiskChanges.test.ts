import { describe, expect, it } from 'vitest';
import { extractRiskChanges } from './extractRiskChanges';
import { extractRecords } from '../extract/extractRecords';
import type { RiskChange } from './schemas';

const REF = '2021-11-24T14:03:00+08:00';

describe('extractRiskChanges', () => {
  it('makes no change of 上述 when no earlier sentence names the areas', () => {
    expect(
      extractRiskChanges('从23日零时起，将上述中风险地区调整为低风险地区。', { reference: REF }).records,
    ).toEqual([]);
  });

  it.each([
    ['将庄河市城关街道日新社区调整为中风险地区。', null, 'medium'],
    ['将甘井子区A街道B社区由中风险地区调整为低风险地区。', 'medium', 'low'],
    ['将金普新区光中街道和平社区划定为高风险区。', null, 'high'],
    ['将庄河市城关街道日新社区划定为封控区。', null, 'sealed'],
    ['成都市武侯区由中风险县（市、区）转为低风险县（市、区）。', 'medium', 'low'],
  ])('reads the levels of %s', (text, from, to) => {
    const [change] = extractRiskChanges(text, { reference: REF }).records;
    expect(change?.toLevel?.level).toBe(to);
    expect(change?.fromLevel?.level ?? null).toBe(from);
    expect(change?.areas.length).toBe(1);
  });

  it.each([
    ['自2021年1月3日12时起，将A街道B社区调整为高风险地区。', '2021-01-03T12:00:00+08:00'],
    ['从11月23日零时起，将A街道B社区调整为低风险地区。', '2021-11-23T00:00:00+08:00'],
    ['将A街道B社区调整为低风险地区。', null],
  ])('reads the effective instant of %s', (text, expected) => {
    const [change] = extractRiskChanges(text, { reference: REF }).records;
    expect(change?.effectiveAt).toBe(expected);
  });

  it('inherits prefixes along the list and checks the declared count', () => {
    const text =
      '将庄河市城关街道日新社区世纪百合小区、城关街道日新社区黄海明珠五期小区、新华街道长征社区、兰店乡鲍码村三队4个中风险地区调整为低风险地区。';
    const [change] = extractRiskChanges(text, { reference: REF }).records;
    expect(change?.areas.map((area) => area.fullName)).toEqual([
      '庄河市城关街道日新社区世纪百合小区',
      '庄河市城关街道日新社区黄海明珠五期小区',
      '庄河市新华街道长征社区',
      '庄河市兰店乡鲍码村三队',
    ]);
    expect(change?.areas[1]?.asWritten).toBe('城关街道日新社区黄海明珠五期小区');
    expect(change).toMatchObject({ declaredCount: 4, listedCount: 4, exampleList: false, warnings: [] });
    const area = change?.areas[2];
    expect(area && text.slice(area.span.start, area.span.end)).toBe('新华街道长征社区');
  });

  it('warns DECLARED_COUNT_MISMATCH when a full list does not match its count', () => {
    const text = '将A街道B社区、A街道C社区3个中风险地区调整为低风险地区。';
    const [change] = extractRiskChanges(text, { reference: REF }).records;
    expect(change).toMatchObject({ declaredCount: 3, listedCount: 2, exampleList: false });
    expect(change?.warnings.map((warning) => warning.code)).toEqual(['DECLARED_COUNT_MISMATCH']);
  });

  it('does not warn when 等N个 follows one example', () => {
    const text = '将A街道B社区等5个中风险地区调整为低风险地区。';
    const [change] = extractRiskChanges(text, { reference: REF }).records;
    expect(change).toMatchObject({ declaredCount: 5, listedCount: 1, exampleList: true, warnings: [] });
  });

  it('reads the issuer and the document number of the notice around the change', () => {
    const text =
      '大连市新冠肺炎疫情防控总指挥部关于调整风险等级的通告\n大疫经指发〔2021〕30号\n经研究决定，从23日零时起，将A街道B社区调整为低风险地区。';
    const [change] = extractRiskChanges(text, { reference: REF }).records;
    expect(change?.documentNumber).toMatchObject({
      text: '大疫经指发〔2021〕30号',
      prefix: '大疫经指发',
      year: 2021,
      number: 30,
    });
    expect(change?.issuer?.name).toBe('大连市新冠肺炎疫情防控总指挥部');
  });

  it.each([
    '中风险地区要以末次病例出现的时间为起始点，可以申请降为低风险地区。',
    '中风险地区降为低风险地区的时间不得早于1月16日零时。',
    '全市其他中、高风险地区将陆续降级解封。',
    '自3月3日开始，全省129个县市区均为低风险。',
  ])('does not take a rule or a status for a change: %s', (text) => {
    expect(extractRiskChanges(text, { reference: REF }).records).toEqual([]);
  });

  it('warns when the effective time has no digits (seed 000 style)', () => {
    const [change] = extractRiskChanges('从日零时起，将A街道B社区调整为低风险地区。', {
      reference: REF,
    }).records;
    expect(change?.effectiveAt).toBeNull();
    expect(change?.warnings.map((warning) => warning.code)).toContain('UNDATED_PERIOD');
  });
});

describe('extractRiskChanges: lists, verbs and repeated notices', () => {
  const reference = '2022-04-05T15:00:00+08:00';
  const changes = (text: string) =>
    extractRecords(text, { reference }).records.filter(
      (record) => record.kind === 'riskChange',
    ) as RiskChange[];
  const names = (text: string) => changes(text).map((change) => change.areas.map((area) => area.fullName));

  it('reads a list joined by 和, and keeps 和 inside a name', () => {
    expect(names('自2022年4月5日12时起，将甲区乙街道和丙街道调整为中风险地区。')).toEqual([
      ['甲区乙街道', '甲区丙街道'],
    ]);
    expect(names('自2022年4月5日12时起，将甲区和平社区调整为低风险地区。')).toEqual([['甲区和平社区']]);
  });

  it('reads a quoted list whole, without the quotes', () => {
    expect(names('自2022年4月5日12时起，将“甲区乙街道、丙街道、丁街道”划定为高风险区。')).toEqual([
      ['甲区乙街道', '甲区丙街道', '甲区丁街道'],
    ]);
  });

  it('gives two changes in one notice each its own effective instant', () => {
    const found = changes(
      '自2022年4月5日12时起，将甲区乙街道调整为高风险地区；自2022年4月6日0时起，将丙市丁街道调整为低风险地区。',
    );
    expect(found.map((change) => [change.toLevel?.level, change.effectiveAt])).toEqual([
      ['high', '2022-04-05T12:00:00+08:00'],
      ['low', '2022-04-06T00:00:00+08:00'],
    ]);
  });

  it('leaves leading verbs and the issuer out of the names', () => {
    expect(names('自2022年4月5日12时起，批准同意甲区乙街道调整为低风险地区。')).toEqual([['甲区乙街道']]);
    expect(names('自2022年4月5日12时起，我市将丙市丁街道调整为低风险地区。')).toEqual([['丙市丁街道']]);
  });

  it('does not read 上述地区 as an area named 地区', () => {
    expect(names('自2022年4月5日12时起，将上述地区调整为低风险地区。')).toEqual([]);
  });

  it('gives one record for a change stated in a headline and again in the body, with its effective instant', () => {
    const found = changes('甲区乙街道调整为低风险地区\n自2022年4月5日12时起，将甲区乙街道调整为低风险地区。');
    expect(found).toHaveLength(1);
    expect(found[0]?.effectiveAt).toBe('2022-04-05T12:00:00+08:00');
  });

  it('keeps the span of every statement of a merged change, in text order', () => {
    const headline = '丙县丁镇调整为中风险地区';
    const body = '经研究决定，自2022年5月9日0时起，将丙县丁镇调整为中风险地区。';
    const text = `${headline}\n${body}`;
    const found = changes(text);
    expect(found).toHaveLength(1);
    const [change] = found;
    expect(change?.spans).toHaveLength(2);
    const [first, second] = change!.spans;
    expect(text.slice(first!.start, first!.end)).toContain(headline);
    expect(text.slice(second!.start, second!.end)).toContain('自2022年5月9日0时起');
    expect(first!.start).toBeLessThan(second!.start);
    // `span` is the statement with the effective instant, one of `spans`.
    expect(change?.span).toEqual(second);
  });

  it('gives a change stated once a single span, the same as its span', () => {
    const [change] = changes('自2022年5月9日0时起，将丙县丁镇调整为中风险地区。');
    expect(change?.spans).toEqual([change?.span]);
  });

  it('keeps two changes of the same areas at two instants apart, each with its own span', () => {
    const found = changes(
      '自2022年5月9日0时起，将丙县丁镇调整为中风险地区。自2022年5月20日0时起，将丙县丁镇调整为中风险地区。',
    );
    expect(found).toHaveLength(2);
    expect(found.map((change) => change.spans.length)).toEqual([1, 1]);
  });
});
