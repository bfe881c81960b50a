import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../extract/extractRecords';
import { extractUnsealings } from './extractUnsealings';

const REF = '2021-01-15T20:00:00+08:00';

describe('extractUnsealings', () => {
  it.each([
    ['A街道B社区自1月16日零时起解除封闭管控。', '2021-01-16T00:00:00+08:00', ['A街道B社区']],
    [
      '金普新区光中街道和平社区、站前街道御龙湾社区自2021年1月16日零时起解除封闭管控。',
      '2021-01-16T00:00:00+08:00',
      ['金普新区光中街道和平社区', '金普新区站前街道御龙湾社区'],
    ],
    ['从1月16日12时起，A街道B社区解除封控。', '2021-01-16T12:00:00+08:00', ['A街道B社区']],
    ['A街道B社区解除封闭管控。', null, ['A街道B社区']],
  ])('reads %s', (text, effectiveAt, names) => {
    const [notice] = extractUnsealings(text, { reference: REF }).records;
    expect(notice?.effectiveAt).toBe(effectiveAt);
    expect(notice?.areas.map((area) => area.fullName)).toEqual(names);
  });

  it('reads a title, its document number and the issuer, and merges the body into it', () => {
    const text =
      '大连市疫情防控总指挥部关于解除A街道B社区封闭管控的通告\n大疫经指发〔2021〕23号\n经研究决定，A街道B社区、C社区自1月16日零时起解除封闭管控。';
    const { records } = extractUnsealings(text, { reference: REF });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      title: '关于解除A街道B社区封闭管控的通告',
      measure: '封闭管控',
      effectiveAt: '2021-01-16T00:00:00+08:00',
      documentNumber: { text: '大疫经指发〔2021〕23号', year: 2021, number: 23 },
      issuer: { name: '大连市疫情防控总指挥部' },
    });
    expect(records[0]?.areas.map((area) => area.fullName)).toEqual(['A街道B社区', 'A街道C社区']);
  });

  it('reads the approving body of 经…批准', () => {
    const [notice] = extractUnsealings('经某市疫情防控指挥部批准，A街道B社区自1月16日零时起解除封闭管控。', {
      reference: REF,
    }).records;
    expect(notice?.issuer?.name).toBe('某市疫情防控指挥部');
  });

  it('checks a declared count against the areas', () => {
    const [notice] = extractUnsealings(
      '三处社区解除封闭管控：A街道B社区、A街道C社区自1月16日零时起解除封闭管控。',
      {
        reference: REF,
      },
    ).records;
    expect(notice).toMatchObject({ declaredCount: 3, listedCount: 2 });
    expect(notice?.warnings.map((warning) => warning.code)).toEqual(['DECLARED_COUNT_MISMATCH']);
  });

  it.each([
    '管控圈满21天后，可申请于1月16日零时后解除封闭管控。',
    '其他区域解除封闭时间不得早于1月16日。',
    '网格员通知居家医学观察人员按照规定有序解除封闭管理。',
  ])('does not take a rule for a notice: %s', (text) => {
    expect(extractUnsealings(text, { reference: REF }).records).toEqual([]);
  });

  describe('an area list set apart from 自…起 by a comma', () => {
    const TWO = ['金普新区光中街道和平社区', '金普新区站前街道御龙湾社区'];
    const THREE = [
      '沙河口区星海湾街道星海公园社区',
      '金普新区光中街道和平社区',
      '金普新区站前街道御龙湾社区',
    ];
    const NOON = '2021-01-20T12:00:00+08:00';
    it.each([
      [
        'a comma before 自',
        '经总指挥部批准，金普新区光中街道和平社区、站前街道御龙湾社区，自2021年1月20日12时起解除封闭管控。',
        NOON,
        TWO,
      ],
      [
        'no comma before 自',
        '经总指挥部批准，金普新区光中街道和平社区、站前街道御龙湾社区自2021年1月20日12时起解除封闭管控。',
        NOON,
        TWO,
      ],
      [
        '于…起 after a comma',
        '经总指挥部批准，金普新区光中街道和平社区、站前街道御龙湾社区，于2021年1月20日12时起解除封闭管控。',
        NOON,
        TWO,
      ],
      [
        'items separated by ，',
        '经总指挥部批准，金普新区光中街道和平社区，站前街道御龙湾社区，自1月20日12时起解除封闭管控。',
        NOON,
        TWO,
      ],
      [
        'a first clause without 经…批准',
        '金普新区光中街道和平社区、站前街道御龙湾社区，自1月20日12时起解除封闭管控。',
        NOON,
        TWO,
      ],
      [
        'three areas inheriting their prefixes',
        '经批准，沙河口区星海湾街道星海公园社区、金普新区光中街道和平社区、站前街道御龙湾社区，自1月20日12时起解除封闭管控。',
        NOON,
        THREE,
      ],
      [
        'three areas over three clauses',
        '经批准，沙河口区星海湾街道星海公园社区，金普新区光中街道和平社区，站前街道御龙湾社区，自1月20日12时起解除封闭管控。',
        NOON,
        THREE,
      ],
      [
        '均 before 自',
        '金普新区光中街道和平社区、站前街道御龙湾社区，均自1月20日12时起解除封闭管控。',
        NOON,
        TWO,
      ],
    ])('reads the areas and the instant with %s', (_name, text, effectiveAt, names) => {
      const { records } = extractRecords(text, { reference: '2021-01-19T18:00:00+08:00' });
      const notices = records.filter((record) => record.kind === 'unsealing');
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ effectiveAt, listedCount: names.length });
      expect(notices[0]?.areas.map((area) => area.fullName)).toEqual(names);
      expect(notices[0]?.warnings).toEqual([]);
    });

    it.each([
      ['自即日起', '金普新区光中街道和平社区、站前街道御龙湾社区，自即日起解除封闭管控。'],
      ['从即日起 without a comma', '金普新区光中街道和平社区、站前街道御龙湾社区从即日起解除封闭管控。'],
    ])('reads %s as a start with no instant, with a warning', (_name, text) => {
      const [notice] = extractUnsealings(text, { reference: REF }).records;
      expect(notice?.areas.map((area) => area.fullName)).toEqual(TWO);
      expect(notice?.effectiveAt).toBeNull();
      expect(notice?.effectiveSpan).not.toBeNull();
      const span = notice?.effectiveSpan;
      expect(span && text.slice(span.start, span.end)).toMatch(/即日/);
      expect(notice?.warnings.map((warning) => warning.code)).toEqual(['UNDATED_PERIOD']);
    });

    it('does not take the clause of the approving body for an area', () => {
      const [notice] = extractUnsealings('经某市疫情防控指挥部批准，自1月20日12时起解除封闭管控。', {
        reference: REF,
      }).records;
      expect(notice).toBeUndefined();
    });

    it('reads the example page: both areas, the instant and the document number', () => {
      const html = readFileSync(
        new URL('../../../../examples/data/2021-01-20-unsealing.html', import.meta.url),
        'utf8',
      );
      const { records } = extractRecords(html, { reference: '2021-01-19T18:00:00+08:00' });
      const notices = records.filter((record) => record.kind === 'unsealing');
      expect(notices).toHaveLength(1);
      const notice = notices[0];
      expect(notice?.areas.map((area) => area.fullName)).toEqual(TWO);
      expect(notice?.effectiveAt).toBe(NOON);
      expect(notice?.documentNumber?.text).toBe('大疫经指发〔2021〕23号');
      const span = notice?.span;
      expect(span && html.slice(span.start, span.end)).toContain('站前街道御龙湾社区');
    });

    it('reads the example page without a reference, from the date it is signed', () => {
      const html = readFileSync(
        new URL('../../../../examples/data/2021-01-20-unsealing.html', import.meta.url),
        'utf8',
      );
      const notice = extractRecords(html).records.find((record) => record.kind === 'unsealing');
      expect(notice?.kind === 'unsealing' && notice.effectiveAt).toBe(NOON);
    });
  });
});
