/**
 * Quarantine plans (`planQuarantine`) and where a person stands in one (`quarantineStatus`), each
 * date explained by the rule it rests on. zod-free.
 *
 * @module @fangkong/core/quarantine
 */
export type {
  PlanCondition,
  PlannedPhase,
  PlannedTest,
  QuarantineEvent,
  QuarantinePlan,
  QuarantinePlanInput,
  QuarantineStatus,
  TestResult,
} from './types';
export { planQuarantine } from './planQuarantine';
export { quarantineStatus } from './quarantineStatus';
