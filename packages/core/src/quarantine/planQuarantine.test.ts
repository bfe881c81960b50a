import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInPacks } from '../policy/builtInPacks';
import { cn2020AprDischarge } from '../policy/packs/cn2020AprDischarge';
import { cn2020JulInbound } from '../policy/packs/cn2020JulInbound';
import { cnP6CloseContacts } from '../policy/packs/cnP6CloseContacts';
import { cnP8 } from '../policy/packs/cnP8';
import { cnP9 } from '../policy/packs/cnP9';
import { cnTenMeasures } from '../policy/packs/cnTenMeasures';
import { cnTwentyMeasures } from '../policy/packs/cnTwentyMeasures';
import { dalian2020Feb } from '../policy/packs/dalian2020Feb';
import { dalian2021Jan } from '../policy/packs/dalian2021Jan';
import { dalian2022AprPilot } from '../policy/packs/dalian2022AprPilot';
import { millisFromInstant } from '../time/instant';
import { planQuarantine } from './planQuarantine';

const testDates = (plan: ReturnType<typeof planQuarantine>, phase: number) =>
  plan.phases[phase]!.tests.map((test) => test.date);

describe('planQuarantine: the protocols of DOMAIN.md §7', () => {
  it('plans 14 days centralized (tests 1, 4, 7, 14) + 7 days home monitoring (tests 2, 7) under the 8th protocol', () => {
    const plan = planQuarantine({
      pack: cnP8,
      category: 'closeContact',
      anchor: '2021-06-01T15:00:00+08:00',
    });
    expect(plan.phases.map((phase) => [phase.kind, phase.days, phase.start, phase.end])).toEqual([
      ['centralized', 14, '2021-06-01T15:00:00+08:00', '2021-06-16T00:00:00+08:00'],
      ['homeMonitoring', 7, '2021-06-16T00:00:00+08:00', '2021-06-23T00:00:00+08:00'],
    ]);
    expect(testDates(plan, 0)).toEqual(['2021-06-02', '2021-06-05', '2021-06-08', '2021-06-15']);
    expect(testDates(plan, 1)).toEqual(['2021-06-17', '2021-06-22']);
    expect(plan.release).toBe('2021-06-23T00:00:00+08:00');
  });

  it('plans 7 + 3 with tests on days 1, 2, 3, 5, 7 and home day 3 under the 9th protocol', () => {
    const plan = planQuarantine({
      pack: cnP9,
      category: 'closeContact',
      anchor: '2022-07-10T20:00:00+08:00',
    });
    expect(testDates(plan, 0)).toEqual([
      '2022-07-11',
      '2022-07-12',
      '2022-07-13',
      '2022-07-15',
      '2022-07-17',
    ]);
    expect(testDates(plan, 1)).toEqual(['2022-07-20']);
    expect(plan.phases[0]!.end).toBe('2022-07-18T00:00:00+08:00');
    expect(plan.release).toBe('2022-07-21T00:00:00+08:00');
  });

  it('plans 5 + 3 with tests 1, 2, 3, 5 and home 1, 3 under the twenty measures', () => {
    const plan = planQuarantine({
      pack: cnTwentyMeasures,
      category: 'closeContact',
      anchor: '2022-11-20T09:00:00+08:00',
    });
    expect(plan.phases.map((phase) => phase.kind)).toEqual(['centralized', 'homeQuarantine']);
    expect(testDates(plan, 0)).toEqual(['2022-11-21', '2022-11-22', '2022-11-23', '2022-11-25']);
    expect(testDates(plan, 1)).toEqual(['2022-11-26', '2022-11-28']);
    expect(plan.release).toBe('2022-11-29T00:00:00+08:00');
  });

  it('observes discharged patients 14 days after discharge', () => {
    const plan = planQuarantine({
      pack: dalian2021Jan,
      category: 'discharged',
      anchor: '2021-01-13T15:00:00+08:00',
    });
    expect(plan.anchorKind).toBe('discharge');
    expect(plan.release).toBe('2021-01-28T00:00:00+08:00');
    expect(
      planQuarantine({
        pack: cn2020AprDischarge,
        category: 'discharged',
        anchor: '2020-05-01T10:00:00+08:00',
      }).release,
    ).toBe('2020-05-16T00:00:00+08:00');
  });

  it('releases Dalian home observation after "14+7" days and 4 negative tests', () => {
    const anchor = '2020-12-25T00:00:00+08:00';
    const plan = planQuarantine({ pack: dalian2021Jan, category: 'homeObservation', anchor });
    expect(plan.phases.map((phase) => phase.days)).toEqual([14, 7]);
    expect(plan.release).toBe('2021-01-16T00:00:00+08:00');
    expect(plan.conditions).toEqual([
      { text: '完成4次核酸检测均为阴性', negativeTestsRequired: 4, met: null },
    ]);
    const three = ['2020-12-27', '2021-01-02', '2021-01-08'].map((date) => ({
      at: `${date}T09:00:00+08:00`,
      result: 'negative' as const,
    }));
    const waiting = planQuarantine({
      pack: dalian2021Jan,
      category: 'homeObservation',
      anchor,
      tests: three,
    });
    expect(waiting.outcome).toBe('awaitingTests');
    const four = [...three, { at: '2021-01-14T09:00:00+08:00', result: 'negative' as const }];
    const done = planQuarantine({ pack: dalian2021Jan, category: 'homeObservation', anchor, tests: four });
    expect(done.outcome).toBe('scheduled');
    expect(done.conditions[0]!.met).toBe(true);
  });
});

describe('planQuarantine: one worked case per built-in pack', () => {
  it.each([
    // 自最后一次…接触后14天: exposure 2020-03-10 → day 14 is 03-24 → release 03-25 00:00
    [cnP6CloseContacts, 'closeContact', '2020-03-10T18:00:00+08:00', '2020-03-25T00:00:00+08:00'],
    [cn2020JulInbound, 'inboundSevenPlusSeven', '2020-08-01T06:00:00+08:00', '2020-08-16T00:00:00+08:00'],
    [cnP8, 'inbound', '2021-07-01T23:00:00+08:00', '2021-07-23T00:00:00+08:00'],
    [cnP8, 'secondaryContact', '2021-08-01T12:00:00+08:00', '2021-08-09T00:00:00+08:00'],
    [cnP9, 'mediumRiskAreaTraveller', '2022-08-01T12:00:00+08:00', '2022-08-09T00:00:00+08:00'],
    [cnTwentyMeasures, 'highRiskAreaTraveller', '2022-11-15T12:00:00+08:00', '2022-11-23T00:00:00+08:00'],
    // 第5天核酸检测阴性后解除隔离
    [cnTenMeasures, 'closeContact', '2022-12-10T08:00:00+08:00', '2022-12-16T00:00:00+08:00'],
    // 隔离第6、7天…解除隔离: the day of the positive test is day 1, release after day 7
    [cnTenMeasures, 'infectedAtHome', '2022-12-10T08:00:00+08:00', '2022-12-17T00:00:00+08:00'],
    // 自抵连之日起 … 14天, the arrival day counted as day 1
    [dalian2020Feb, 'arrivalFromOutsideProvince', '2020-02-25T10:00:00+08:00', '2020-03-10T00:00:00+08:00'],
    // "14+7+7" read as 21 days centralized + 7 at home
    [dalian2021Jan, 'inbound', '2021-01-14T10:00:00+08:00', '2021-02-12T00:00:00+08:00'],
    [dalian2022AprPilot, 'inbound', '2022-05-01T10:00:00+08:00', '2022-05-19T00:00:00+08:00'],
  ] as const)('%#: %s → release %s', (pack, category, anchor, release) => {
    const plan = planQuarantine({ pack, category, anchor });
    expect(plan.release).toBe(release);
    expect(plan.explanation.every((step) => step.packId === pack.id)).toBe(true);
    expect(plan.explanation.some((step) => step.quote !== undefined)).toBe(true);
  });

  it('releases an infected person at home only after the tests of days 6 and 7 (ten measures)', () => {
    const base = {
      pack: cnTenMeasures,
      category: 'infectedAtHome',
      anchor: '2022-12-10T08:00:00+08:00',
    } as const;
    const plan = planQuarantine(base);
    expect(testDates(plan, 0)).toEqual(['2022-12-15', '2022-12-16']);
    expect(plan.conditions).toEqual([
      { text: '隔离第6、7天连续2次核酸检测Ct值≥35', negativeTestsRequired: 2, met: null },
    ]);
    const oneTest = planQuarantine({
      ...base,
      tests: [{ at: '2022-12-15T09:00:00+08:00', result: 'negative' }],
    });
    expect(oneTest.outcome).toBe('awaitingTests');
    const tested = planQuarantine({
      ...base,
      tests: [
        { at: '2022-12-15T09:00:00+08:00', result: 'negative' },
        { at: '2022-12-16T09:00:00+08:00', result: 'negative' },
      ],
    });
    expect(tested.outcome).toBe('scheduled');
    expect(tested.release).toBe('2022-12-17T00:00:00+08:00');
  });

  it('plans no quarantine from 2023-01-08 (乙类乙管)', () => {
    const plan = planQuarantine({
      jurisdiction: 'CN-LN-DL',
      category: 'closeContact',
      anchor: '2023-02-01T10:00:00+08:00',
    });
    expect(plan.outcome).toBe('notRequired');
    expect(plan.phases).toEqual([]);
    expect(plan.release).toBe('2023-02-01T10:00:00+08:00');
    expect(plan.explanation[0]!.quote).toContain('不再实行隔离措施');
  });

  it('picks the pack in force at the anchor from a jurisdiction', () => {
    expect(
      planQuarantine({ jurisdiction: 'CN', category: 'closeContact', anchor: '2022-07-01T00:00:00+08:00' })
        .packId,
    ).toBe('cn-p9-2022-06');
  });
});

describe('planQuarantine: which rules apply', () => {
  it('reads the rules in force at the anchor by default, so a rule announced later is not found', () => {
    expect(() =>
      planQuarantine({
        jurisdiction: 'CN-LN-DL',
        category: 'homeObservation',
        anchor: '2020-12-25T00:00:00+08:00',
      }),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('reads the rules in force at `rulesAt` when given (Dalian 14+7 announced 2021-01-13, counted from 2020-12-25)', () => {
    const plan = planQuarantine({
      jurisdiction: 'CN-LN-DL',
      category: 'homeObservation',
      anchor: '2020-12-25T00:00:00+08:00',
      rulesAt: '2021-01-13T15:00:00+08:00',
    });
    expect(plan.packId).toBe(dalian2021Jan.id);
    expect(plan.release).toBe('2021-01-16T00:00:00+08:00');
  });
});

describe('planQuarantine: events and tests', () => {
  it('restarts the whole plan from the day of a new case in the facility', () => {
    const plan = planQuarantine({
      pack: cnP8,
      category: 'closeContact',
      anchor: '2021-06-01T15:00:00+08:00',
      events: [{ kind: 'caseInFacility', at: '2021-06-10T11:00:00+08:00' }],
    });
    expect(plan.countedFrom).toBe('2021-06-10T11:00:00+08:00');
    expect(plan.phases[0]!.end).toBe('2021-06-25T00:00:00+08:00');
    expect(plan.release).toBe('2021-07-02T00:00:00+08:00');
    expect(plan.explanation.find((step) => step.step === 'restart')?.quote).toContain('重新计算');
  });

  it('ignores a case in the facility after the centralized phase', () => {
    const plan = planQuarantine({
      pack: cnP8,
      category: 'closeContact',
      anchor: '2021-06-01T15:00:00+08:00',
      events: [{ kind: 'caseInFacility', at: '2021-06-18T11:00:00+08:00' }],
    });
    expect(plan.release).toBe('2021-06-23T00:00:00+08:00');
  });

  it('tops up only the missing days of a contact found late', () => {
    const plan = planQuarantine({
      pack: cnP8,
      category: 'closeContact',
      anchor: '2021-06-01T15:00:00+08:00',
      events: [{ kind: 'identified', at: '2021-06-17T10:00:00+08:00' }],
    });
    expect(plan.release).toBe('2021-06-23T00:00:00+08:00');
    expect(plan.phases[0]!.skipped).toBe(true);
    expect(plan.phases[1]!.servedFrom).toBe('2021-06-17T10:00:00+08:00');
  });

  it('stops at a positive test', () => {
    const plan = planQuarantine({
      pack: cnP9,
      category: 'closeContact',
      anchor: '2022-07-10T20:00:00+08:00',
      tests: [{ at: '2022-07-13T08:00:00+08:00', result: 'positive' }],
    });
    expect(plan.outcome).toBe('positive');
  });

  it('refuses a category the pack does not have, naming the ones it has', () => {
    expect(() =>
      planQuarantine({ pack: cnP9, category: 'tourist', anchor: '2022-07-10T20:00:00+08:00' }),
    ).toThrow(/closeContact/);
  });
});

describe('planQuarantine: properties', () => {
  const plannable = builtInPacks.flatMap((pack) =>
    pack.rules.quarantine.map((category) => [pack, category.id] as const),
  );
  const anchors = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2023, 11, 31) });
  const offsets = fc.integer({ min: 0, max: 40 * 86_400_000 });
  const ms = (instant: string) => millisFromInstant(instant);

  it('never releases before the anchor, keeps phases contiguous, and a later anchor never releases earlier', () => {
    fc.assert(
      fc.property(fc.constantFrom(...plannable), anchors, offsets, ([pack, category], anchor, delta) => {
        const a = planQuarantine({ pack, category, anchor: new Date(anchor).toISOString() });
        const b = planQuarantine({ pack, category, anchor: new Date(anchor + delta).toISOString() });
        expect(ms(a.release)).toBeGreaterThanOrEqual(anchor);
        expect(ms(b.release)).toBeGreaterThanOrEqual(ms(a.release));
        for (let i = 1; i < a.phases.length; i++) expect(a.phases[i]!.start).toBe(a.phases[i - 1]!.end);
        expect(a.phases[0]!.start).toBe(a.anchor);
        expect(a.phases[a.phases.length - 1]!.end).toBe(a.release);
        // Releases are at midnight in China whatever the host zone is.
        expect(a.release.slice(10)).toBe('T00:00:00+08:00');
      }),
      { numRuns: 200 },
    );
  });
});

describe('planQuarantine reads the anchor by the one instant rule (as extractRecords reads its reference)', () => {
  it.each([
    ['no zone (China time)', '2021-06-01T15:00:00'],
    ['a Date', new Date('2021-06-01T07:00:00Z')],
    ['epoch milliseconds', Date.parse('2021-06-01T07:00:00Z')],
  ])('plans the same quarantine from an anchor given as %s', (_label, anchor) => {
    const plan = planQuarantine({ pack: cnP8, category: 'closeContact', anchor });
    expect(plan.anchor).toBe('2021-06-01T15:00:00+08:00');
    expect(plan.release).toBe('2021-06-23T00:00:00+08:00');
  });

  it('takes a plain date as 00:00 of that day in China', () => {
    const plan = planQuarantine({ pack: cnP8, category: 'closeContact', anchor: '2021-06-01' });
    expect(plan.anchor).toBe('2021-06-01T00:00:00+08:00');
  });
});
