import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../extract/extractRecords';
import type { RiskLevelId } from './riskLevels';
import { RISK_LEVELS } from './riskLevels';
import type { NoticeArea, RiskChange, Unsealing, WrittenLevel } from '../notices/schemas';
import { RiskTimeline } from './RiskTimeline';
import { riskEventsFromRecords } from './riskEventsFromRecords';

const span = (start: number, end: number) => ({ start, end });

function area(fullName: string, code: string | null = null): NoticeArea {
  return {
    asWritten: fullName,
    fullName,
    span: span(0, fullName.length),
    code,
    confidence: code ? 'exact' : null,
  };
}

function written(level: RiskLevelId): WrittenLevel {
  const definition = RISK_LEVELS.find((item) => item.level === level)!;
  return { scheme: definition.scheme, level, label: definition.name, span: span(40, 45) };
}

function riskChange(overrides: Partial<RiskChange> = {}): RiskChange {
  return {
    kind: 'riskChange',
    span: span(10, 60),
    spans: [span(10, 60)],
    warnings: [],
    areas: [area('甲街道乙社区')],
    within: null,
    areaText: '甲街道乙社区',
    declaredCount: null,
    listedCount: 1,
    exampleList: false,
    effectiveAt: '2021-11-23T00:00:00+08:00',
    effectiveSpan: span(30, 37),
    issuer: null,
    documentNumber: null,
    fromLevel: written('medium'),
    toLevel: written('low'),
    classifiedInto: [],
    asOf: null,
    condition: null,
    ...overrides,
  };
}

function unsealing(overrides: Partial<Unsealing> = {}): Unsealing {
  return {
    kind: 'unsealing',
    span: span(100, 180),
    warnings: [],
    areas: [area('丙街道丁社区'), area('戊街道己社区', '210213031001')],
    within: null,
    areaText: '丙街道丁社区、戊街道己社区',
    declaredCount: 2,
    listedCount: 2,
    exampleList: false,
    effectiveAt: '2021-01-16T00:00:00+08:00',
    effectiveSpan: span(150, 160),
    issuer: null,
    documentNumber: null,
    measure: '封闭管控',
    title: null,
    ...overrides,
  };
}

describe('riskEventsFromRecords', () => {
  it.each([
    ['low', 'riskArea', 'low'],
    ['medium', 'riskArea', 'medium'],
    ['high', 'riskArea', 'high'],
    ['low3', 'liaoningFiveTier', 'low3'],
    ['low2', 'liaoningFiveTier', 'low2'],
    ['low1', 'liaoningFiveTier', 'low1'],
    ['medium2', 'liaoningFiveTier', 'medium2'],
    ['medium1', 'liaoningFiveTier', 'medium1'],
    ['precautionary', 'controlZone', 'precautionary'],
    ['controlled', 'controlZone', 'controlled'],
    ['sealed', 'controlZone', 'sealed'],
  ] as const)("puts the written level %s in scheme %s as %s, the packs' own names", (code, scheme, level) => {
    const { events, warnings } = riskEventsFromRecords([
      riskChange({ fromLevel: null, toLevel: written(code) }),
    ]);
    expect(warnings).toEqual([]);
    expect(events.map((event) => [event.scheme, event.toLevel])).toEqual([[scheme, level]]);
  });

  it('makes one event per area, identified by its code when resolved', () => {
    const { events } = riskEventsFromRecords([unsealing()]);
    expect(events).toEqual([
      {
        area: '丙街道丁社区',
        scheme: 'closedManagement',
        kind: 'unsealing',
        toLevel: 'open',
        fromLevel: 'sealed',
        effectiveAt: '2021-01-16T00:00:00+08:00',
        source: { span: { start: 100, end: 180 } },
      },
      {
        area: '戊街道己社区',
        code: '210213031001',
        scheme: 'closedManagement',
        kind: 'unsealing',
        toLevel: 'open',
        fromLevel: 'sealed',
        effectiveAt: '2021-01-16T00:00:00+08:00',
        source: { span: { start: 100, end: 180 } },
      },
    ]);
    expect(
      new RiskTimeline(events).levelAt('210213031001', '2021-01-16T00:00:00+08:00', 'closedManagement'),
    ).toBe('open');
  });

  it('ignores the records of other kinds', () => {
    expect(riskEventsFromRecords([{ kind: 'dailyBulletin' }, { kind: 'pressConference' }])).toEqual({
      events: [],
      warnings: [],
    });
  });

  it('skips a record with no instant, one naming no area and a classification, each with a warning', () => {
    const { events, warnings } = riskEventsFromRecords([
      riskChange({ effectiveAt: null }),
      riskChange({ areas: [], within: area('庄河市'), declaredCount: 4 }),
      riskChange({ toLevel: null, fromLevel: null, classifiedInto: [written('low3'), written('medium1')] }),
      riskChange(),
    ]);
    expect(events).toHaveLength(1);
    expect(warnings.map((warning) => warning.code)).toEqual([
      'RISK_EVENT_UNDATED',
      'RISK_EVENT_NO_AREA',
      'RISK_EVENT_NO_LEVEL',
    ]);
    expect(warnings[0]!.span).toEqual(span(30, 37));
    expect(warnings[1]!.message).toContain('庄河市');
  });

  it('drops a from-level of another scheme, with a warning, and keeps the change', () => {
    const { events, warnings } = riskEventsFromRecords([
      riskChange({ fromLevel: written('medium'), toLevel: written('precautionary') }),
    ]);
    expect(events.map((event) => [event.scheme, event.fromLevel, event.toLevel])).toEqual([
      ['controlZone', undefined, 'precautionary'],
    ]);
    expect(warnings.map((warning) => warning.code)).toEqual(['RISK_EVENT_FROM_LEVEL_DROPPED']);
  });

  it('never throws and never makes an undated event from the records of any text', () => {
    const pieces = fc.constantFrom(
      '从23日零时起，',
      '自年月日时起',
      '已将上述',
      '庄河市城关街道海洋村刘亮屯',
      '等30个中风险地区',
      '调整为低风险地区。',
      '解除封闭管控',
      '封控区',
      '，',
      '。',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 25 }), (parts) => {
        const { records } = extractRecords(parts.join(''), { reference: '2021-11-23T16:00:00+08:00' });
        const { events } = riskEventsFromRecords(records);
        for (const event of events) expect(event.effectiveAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      }),
      { numRuns: 60 },
    );
  });
});
