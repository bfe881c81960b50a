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
