export type { ChinaDate, Instant } from './instant';
export {
  CHINA_ZONE,
  chinaDateOf,
  chinaInstant,
  chinaMillis,
  instantFromMillis,
  millisFromInstant,
  startOfChinaDay,
  toChinaInstant,
} from './instant';
