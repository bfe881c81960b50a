import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RiskTimeline } from './RiskTimeline';
import type { RiskEvent } from './types';

const at = (day: number) => `2021-11-${String(day).padStart(2, '0')}T00:00:00+08:00`;

const events: RiskEvent[] = [
  { area: '刘亮屯', kind: 'riskChange', toLevel: 'medium', effectiveAt: at(6) },
  { area: '刘亮屯', kind: 'riskChange', toLevel: 'low', fromLevel: 'medium', effectiveAt: at(23) },
  { area: '世纪百合小区', kind: 'riskChange', toLevel: 'high', effectiveAt: at(5) },
  { area: '世纪百合小区', kind: 'riskChange', toLevel: 'medium', fromLevel: 'high', effectiveAt: at(20) },
  { area: '世纪百合小区', kind: 'sealing', toLevel: 'sealed', effectiveAt: at(5) },
  { area: '世纪百合小区', kind: 'unsealing', toLevel: 'open', fromLevel: 'sealed', effectiveAt: at(26) },
];

describe('RiskTimeline', () => {
  const timeline = new RiskTimeline(events);

  it.each([
    ['刘亮屯', at(5), null],
    ['刘亮屯', at(6), 'medium'],
    ['刘亮屯', '2021-11-22T23:59:59+08:00', 'medium'],
    ['刘亮屯', at(23), 'low'],
    ['世纪百合小区', at(19), 'high'],
    ['世纪百合小区', at(21), 'medium'],
  ])('gives the level of %s at %s: %s', (area, instant, level) => {
    expect(timeline.levelAt(area, instant)).toBe(level);
  });

  it('keeps sealing apart from risk levels', () => {
    expect(timeline.levelAt('世纪百合小区', at(25), 'closedManagement')).toBe('sealed');
    expect(timeline.levelAt('世纪百合小区', at(26), 'closedManagement')).toBe('open');
  });

  it.each([
    ['刘亮屯', at(23), 'medium'],
    ['刘亮屯', '2021-11-23T00:00:01+08:00', 'low'],
    ['刘亮屯', at(6), null],
    ['世纪百合小区', at(20), 'high'],
    ['无记录', at(20), null],
  ])('gives the level of %s just before %s: %s', (area, instant, level) => {
    expect(timeline.levelBefore(area, instant)).toBe(level);
  });

  it('reads the level before the first record from the from-level it states', () => {
    const single = new RiskTimeline([
      { area: '刘亮屯', kind: 'riskChange', toLevel: 'low', fromLevel: 'medium', effectiveAt: at(23) },
    ]);
    expect(single.levelBefore('刘亮屯', at(23))).toBe('medium');
    expect(single.levelAt('刘亮屯', '2021-11-22T23:59:59+08:00')).toBeNull();
    expect(single.levelBefore('刘亮屯', at(22))).toBeNull();
  });

  it('lists the areas at a level at an instant', () => {
    expect(timeline.areasAt('medium', at(21))).toEqual(['世纪百合小区', '刘亮屯']);
    expect(timeline.areasAt('low', at(24))).toEqual(['刘亮屯']);
  });

  it('gives the history of one area', () => {
    expect(timeline.history('刘亮屯').map((period) => [period.level, period.from, period.until])).toEqual([
      ['medium', at(6), at(23)],
      ['low', at(23), null],
    ]);
  });

  it('reports no contradiction for consistent records', () => {
    expect(timeline.contradictions()).toEqual([]);
  });

  it('reports two levels at one instant and a from-level the timeline does not hold', () => {
    const bad = new RiskTimeline([
      ...events,
      { area: '刘亮屯', kind: 'riskChange', toLevel: 'high', effectiveAt: at(23) },
      { area: '刘亮屯', kind: 'riskChange', toLevel: 'low', fromLevel: 'high', effectiveAt: at(28) },
    ]);
    expect(bad.contradictions().map((item) => [item.kind, item.at])).toEqual([
      ['conflictingLevels', at(23)],
      ['fromLevelMismatch', at(28)],
    ]);
  });

  it('builds the same timeline whatever order the records arrive in', () => {
    const withConflict = [
      ...events,
      { area: '刘亮屯', kind: 'riskChange', toLevel: 'high', effectiveAt: at(23) } as RiskEvent,
    ];
    const reference = new RiskTimeline(withConflict);
    fc.assert(
      fc.property(fc.shuffledSubarray(withConflict, { minLength: withConflict.length }), (shuffled) => {
        const other = new RiskTimeline();
        for (const event of shuffled) other.add([event]);
        for (const area of ['刘亮屯', '世纪百合小区'])
          expect(other.history(area)).toEqual(reference.history(area));
        expect(other.contradictions()).toEqual(reference.contradictions());
      }),
      { numRuns: 100 },
    );
  });

  it('identifies an area by its code when it has one', () => {
    const coded = new RiskTimeline([
      { area: '和平社区', code: '210213031001', kind: 'riskChange', toLevel: 'medium', effectiveAt: at(1) },
      {
        area: '和平社区居委会',
        code: '210213031001',
        kind: 'riskChange',
        toLevel: 'low',
        effectiveAt: at(15),
      },
    ]);
    expect(coded.levelAt('210213031001', at(16))).toBe('low');
  });

  it('lists the areas at a level as a scan of every area would, also after records are added', () => {
    const level = fc.constantFrom('low', 'medium', 'high');
    const record = fc.record({
      area: fc.constantFrom('甲', '乙', '丙', '丁', '戊', 'A', 'a'),
      toLevel: level,
      day: fc.integer({ min: 1, max: 28 }),
      scheme: fc.constantFrom(undefined, 'controlZone'),
    });
    const toEvent = (item: { area: string; toLevel: string; day: number; scheme: string | undefined }) =>
      ({
        area: item.area,
        kind: 'riskChange',
        toLevel: item.toLevel,
        effectiveAt: at(item.day),
        ...(item.scheme ? { scheme: item.scheme } : {}),
      }) as RiskEvent;
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 150 }),
        fc.array(record, { maxLength: 20 }),
        fc.array(
          fc.tuple(level, fc.integer({ min: 0, max: 29 }), fc.constantFrom('riskArea', 'controlZone')),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        (first, later, queries) => {
          const timeline = new RiskTimeline(first.map(toEvent));
          const check = () => {
            for (const [wanted, day, scheme] of queries) {
              const instant = day === 0 ? '2021-10-31T23:59:59+08:00' : at(day);
              const scanned = timeline
                .areas(scheme)
                .filter((area) => timeline.levelAt(area, instant, scheme) === wanted);
              expect(timeline.areasAt(wanted, instant, scheme)).toEqual(scanned);
            }
          };
          check();
          timeline.add(later.map(toEvent));
          check();
        },
      ),
      { numRuns: 150 },
    );
  });
});
