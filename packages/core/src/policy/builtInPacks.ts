import { invalidArgument } from '../_internal/invalidArgument';
import { cn2020AprDischarge } from './packs/cn2020AprDischarge';
import { cn2020FebRiskAreas } from './packs/cn2020FebRiskAreas';
import { cn2020JulInbound } from './packs/cn2020JulInbound';
import { cn2021CommunityRiskAreas } from './packs/cn2021CommunityRiskAreas';
import { cn2021ControlZones } from './packs/cn2021ControlZones';
import { cnClassBManagement } from './packs/cnClassBManagement';
import { cnP6CloseContacts } from './packs/cnP6CloseContacts';
import { cnP7Definitions } from './packs/cnP7Definitions';
import { cnP8 } from './packs/cnP8';
import { cnP9 } from './packs/cnP9';
import { cnTenMeasures } from './packs/cnTenMeasures';
import { cnTwentyMeasures } from './packs/cnTwentyMeasures';
import { dalian2020Feb } from './packs/dalian2020Feb';
import { dalian2021Jan } from './packs/dalian2021Jan';
import { dalian2022AprPilot } from './packs/dalian2022AprPilot';
import type { PolicyPack } from './types';

/**
 * Every built-in policy pack, national (`CN`) first, then Dalian (`CN-LN-DL`), each in date order.
 *
 * @example
 * builtInPacks.map((pack) => pack.id)[0]; // → 'cn-2020-02-risk-areas'
 */
export const builtInPacks: readonly PolicyPack[] = [
  cn2020FebRiskAreas,
  cnP6CloseContacts,
  cn2020AprDischarge,
  cn2020JulInbound,
  cnP7Definitions,
  cn2021CommunityRiskAreas,
  cnP8,
  cn2021ControlZones,
  cnP9,
  cnTwentyMeasures,
  cnTenMeasures,
  cnClassBManagement,
  dalian2020Feb,
  dalian2021Jan,
  dalian2022AprPilot,
];

/**
 * A built-in pack by id.
 *
 * @example
 * builtInPack('dl-2021-01')?.title; // → '大连市封闭管控社区解封要求及来连人员管理（2021年1月）'
 */
export function builtInPack(id: string): PolicyPack | undefined {
  if (typeof id !== 'string') throw invalidArgument('id', 'a pack id such as "cn-p8-2021-05"', id);
  return builtInPacks.find((pack) => pack.id === id);
}
