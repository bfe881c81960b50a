import { describe, expect, it } from 'vitest';
import { extractRecords } from '../extract/extractRecords';
import { readSeed } from '../../test/shared';
import { RiskTimeline } from './RiskTimeline';
import { riskEventsFromRecords } from './riskEventsFromRecords';

describe('riskEventsFromRecords on the seeds', () => {
  it('makes seed 001 say the hamlet was medium until 2021-11-23 00:00 and low from then on', () => {
    const { records } = extractRecords(readSeed('001'), { reference: '2021-11-23T16:00:00+08:00' });
    const { events, warnings } = riskEventsFromRecords(records, { documentId: '001' });
    expect(warnings).toEqual([]);
    const hamlet = '庄河市城关街道海洋村刘亮屯';
    expect(
      events.map((event) => [event.area, event.scheme, event.fromLevel, event.toLevel, event.effectiveAt]),
    ).toEqual([[hamlet, 'riskArea', 'medium', 'low', '2021-11-23T00:00:00+08:00']]);
    expect(events[0]!.source?.documentId).toBe('001');
    const timeline = new RiskTimeline(events);
    expect(timeline.levelBefore(hamlet, '2021-11-23T00:00:00+08:00')).toBe('medium');
    expect(timeline.levelAt(hamlet, '2021-11-23T00:00:00+08:00')).toBe('low');
    expect(timeline.levelAt(hamlet, '2021-12-01T00:00:00+08:00')).toBe('low');
    // No record says since when it was medium: levelAt does not reach back before the first record.
    expect(timeline.levelAt(hamlet, '2021-11-22T23:59:59+08:00')).toBeNull();
    expect(timeline.contradictions()).toEqual([]);
  });

  it('skips the unsealing of seed 000, whose instant lost its digits, with a warning', () => {
    const { records } = extractRecords(readSeed('000'));
    expect(records.some((record) => record.kind === 'unsealing')).toBe(true);
    const { events, warnings } = riskEventsFromRecords(records);
    expect(events).toEqual([]);
    expect(warnings.map((warning) => warning.code)).toEqual(['RISK_EVENT_UNDATED']);
    expect(warnings[0]!.message).toContain('星海公园社区');
    expect(warnings[0]!.span).toBeDefined();
  });

  it('skips the classification of seed 004 into five tiers, which says no area has which tier', () => {
    const { records } = extractRecords(readSeed('004'));
    const { events, warnings } = riskEventsFromRecords(records);
    expect(events).toEqual([]);
    expect(warnings.map((warning) => warning.code)).toContain('RISK_EVENT_NO_LEVEL');
  });
});
