/**
 * Policy packs: the built-in packs, `loadPolicyPack` and the packs in force at an instant in a
 * jurisdiction. zod-free.
 *
 * @module @fangkong/core/policy
 */
export type {
  AnchorKind,
  Citation,
  ClassificationCondition,
  ClassificationRule,
  DayZeroConvention,
  RiskLevelId,
  RiskSchemeId,
  DowngradeRule,
  ExplanationStep,
  PhaseKind,
  PhaseRule,
  PolicyPack,
  PolicyRules,
  QuarantineCategory,
  ReleaseCondition,
  SchemeLevel,
  RiskScheme,
  ScreeningCondition,
} from './types';
export type { QuarantineRuleLookup, RiskSchemeLookup } from './policyPackInForce';
export { builtInPack, builtInPacks } from './builtInPacks';
export { JURISDICTION_EXPECTED, jurisdictionCode } from './jurisdictionCode';
export {
  findQuarantineCategory,
  findRiskScheme,
  isPackInForce,
  jurisdictionCovers,
  packsInForce,
  policyPackInForce,
} from './policyPackInForce';
export { cn2020AprDischarge } from './packs/cn2020AprDischarge';
export { cn2020FebRiskAreas } from './packs/cn2020FebRiskAreas';
export { cn2020JulInbound } from './packs/cn2020JulInbound';
export { cn2021CommunityRiskAreas } from './packs/cn2021CommunityRiskAreas';
export { cn2021ControlZones } from './packs/cn2021ControlZones';
export { cnClassBManagement } from './packs/cnClassBManagement';
export { cnP6CloseContacts } from './packs/cnP6CloseContacts';
export { cnP7Definitions } from './packs/cnP7Definitions';
export { cnP8 } from './packs/cnP8';
export { cnP9 } from './packs/cnP9';
export { cnTenMeasures } from './packs/cnTenMeasures';
export { cnTwentyMeasures } from './packs/cnTwentyMeasures';
export { dalian2020Feb } from './packs/dalian2020Feb';
export { dalian2021Jan } from './packs/dalian2021Jan';
export { dalian2022AprPilot } from './packs/dalian2022AprPilot';
