import { describe, expect, it } from 'vitest';
import { cnP8 } from '../policy/packs/cnP8';
import { planQuarantine } from './planQuarantine';
import { quarantineStatus } from './quarantineStatus';

const plan = planQuarantine({ pack: cnP8, category: 'closeContact', anchor: '2021-06-01T15:00:00+08:00' });

describe('quarantineStatus', () => {
  it.each([
    ['2021-06-01T10:00:00+08:00', 'beforeAnchor', null, 0, 21, false],
    ['2021-06-01T16:00:00+08:00', 'inQuarantine', 'centralized', 0, 21, false],
    ['2021-06-05T09:00:00+08:00', 'inQuarantine', 'centralized', 4, 17, true],
    ['2021-06-15T23:59:59+08:00', 'inQuarantine', 'centralized', 14, 7, true],
    ['2021-06-16T00:00:00+08:00', 'inQuarantine', 'homeMonitoring', 15, 6, false],
    ['2021-06-22T23:00:00+08:00', 'inQuarantine', 'homeMonitoring', 21, 0, true],
    ['2021-06-23T00:00:00+08:00', 'released', null, 22, 0, false],
  ] as const)('at %s: %s, %s, day %i, %i days left, test today %s', (at, state, kind, day, left, test) => {
    const status = quarantineStatus(plan, at);
    expect([status.state, status.phaseKind, status.day, status.daysLeft, status.testToday]).toEqual([
      state,
      kind,
      day,
      left,
      test,
    ]);
  });

  it('counts the day of the phase from its first day', () => {
    expect(quarantineStatus(plan, '2021-06-17T12:00:00+08:00').dayOfPhase).toBe(2);
  });
});
