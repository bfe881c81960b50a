import { invalidArgument } from '../_internal/invalidArgument';
import { toMillis } from '../time/_internal/toMillis';
import { dayNumberAt } from '../time/dayCount';
import { chinaDateOf } from '../time/instant';
import type { InstantInput } from '../time/instant';
import type { QuarantinePlan, QuarantineStatus } from './types';

/**
 * Where a person stands in a plan at instant `at`: before the anchor, in a phase (which, which day,
 * days left, whether a test is due today), or released.
 *
 * @param plan a plan from `planQuarantine`
 * @param at the instant to look at (the caller's "now")
 * @example
 * const plan = planQuarantine({ jurisdiction: 'CN', category: 'closeContact', anchor: '2021-06-01T15:00:00+08:00' });
 * quarantineStatus(plan, '2021-06-12T09:00:00+08:00');
 * // → { state: 'inQuarantine', day: 11, phaseIndex: 0, phaseKind: 'centralized', dayOfPhase: 11,
 * //     daysLeft: 10, testToday: false, release: '2021-06-23T00:00:00+08:00' }
 */
export function quarantineStatus(plan: QuarantinePlan, at: InstantInput): QuarantineStatus {
  const record = plan as Partial<QuarantinePlan> | null;
  if (
    record === null ||
    typeof record !== 'object' ||
    !Array.isArray(record.phases) ||
    typeof record.release !== 'string'
  ) {
    throw invalidArgument('plan', 'a quarantine plan (as planQuarantine gives)', plan);
  }
  const atMs = toMillis(at, 'at');
  const fromMs = toMillis(plan.countedFrom);
  const releaseMs = toMillis(plan.release);
  const day = dayNumberAt(fromMs, atMs, plan.dayZero);
  const lastDay = plan.phases.length > 0 ? plan.phases[plan.phases.length - 1]!.lastDay : day;
  const base = { day, release: plan.release };
  if (atMs < fromMs) {
    return {
      ...base,
      state: 'beforeAnchor',
      phaseIndex: null,
      phaseKind: null,
      dayOfPhase: null,
      daysLeft: Math.max(0, lastDay - day),
      testToday: false,
    };
  }
  if (atMs >= releaseMs) {
    return {
      ...base,
      state: 'released',
      phaseIndex: null,
      phaseKind: null,
      dayOfPhase: null,
      daysLeft: 0,
      testToday: false,
    };
  }
  let index = 0;
  for (let i = 0; i < plan.phases.length; i++) {
    if (atMs < toMillis(plan.phases[i]!.end)) {
      index = i;
      break;
    }
  }
  const phase = plan.phases[index]!;
  const date = chinaDateOf(atMs);
  return {
    ...base,
    state: 'inQuarantine',
    phaseIndex: index,
    phaseKind: phase.kind,
    dayOfPhase: Math.max(0, day - phase.firstDay + 1),
    daysLeft: Math.max(0, lastDay - day),
    testToday: phase.tests.some((test) => test.date === date),
  };
}
