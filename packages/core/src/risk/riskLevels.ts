/**
 * The one vocabulary of risk schemes and levels (see docs/glossary.md), used by extracted records, policy
 * packs, the risk API and the JSON Schemas alike. Plain TypeScript, no zod: the risk timeline and
 * the widget read it too.
 *
 * - a **scheme** ({@link RiskSchemeId}) is a set of levels an area is put at;
 * - a **level** ({@link RiskLevelId}) only means something inside its scheme;
 * - a change of level is written `fromLevel` → `toLevel` everywhere.
 */

import { invalidArgument } from '../_internal/invalidArgument';

/** The schemes China used from 2020 to 2022. */
export type RiskSchemeId =
  /** 低风险 / 中风险 / 高风险 areas (national, 2020-02 to 2022-12). */
  | 'riskArea'
  /** Liaoning's five tiers of 2020-02 (低风险三级 … 中风险一级). */
  | 'liaoningFiveTier'
  /** Zones of late 2021 to mid 2022: 封控区 / 管控区 / 防范区. */
  | 'controlZone'
  /** Closed management of a compound or village (封闭管控) and its end (解除封闭管控). */
  | 'closedManagement';

/** A level of one of the {@link RiskSchemeId}s. */
export type RiskLevelId =
  | 'low'
  | 'medium'
  | 'high'
  | 'low3'
  | 'low2'
  | 'low1'
  | 'medium2'
  | 'medium1'
  | 'none'
  | 'precautionary'
  | 'controlled'
  | 'sealed'
  | 'open';

/** What fangkong knows of one level: its scheme, its rank inside the scheme and its Chinese name. */
export interface LevelDefinition {
  scheme: RiskSchemeId;
  level: RiskLevelId;
  /** 1 = least restrictive; higher ranks are riskier, inside one scheme only. */
  rank: number;
  /** The canonical Chinese name, e.g. `中风险`, `低风险三级`, `封控区`. */
  name: string;
}

/** Every level, grouped by scheme, lowest first. */
export const RISK_LEVELS: readonly LevelDefinition[] = [
  { scheme: 'riskArea', level: 'low', rank: 1, name: '低风险' },
  { scheme: 'riskArea', level: 'medium', rank: 2, name: '中风险' },
  { scheme: 'riskArea', level: 'high', rank: 3, name: '高风险' },
  { scheme: 'liaoningFiveTier', level: 'low3', rank: 1, name: '低风险三级' },
  { scheme: 'liaoningFiveTier', level: 'low2', rank: 2, name: '低风险二级' },
  { scheme: 'liaoningFiveTier', level: 'low1', rank: 3, name: '低风险一级' },
  { scheme: 'liaoningFiveTier', level: 'medium2', rank: 4, name: '中风险二级' },
  { scheme: 'liaoningFiveTier', level: 'medium1', rank: 5, name: '中风险一级' },
  { scheme: 'controlZone', level: 'none', rank: 1, name: '未划定' },
  { scheme: 'controlZone', level: 'precautionary', rank: 2, name: '防范区' },
  { scheme: 'controlZone', level: 'controlled', rank: 3, name: '管控区' },
  { scheme: 'controlZone', level: 'sealed', rank: 4, name: '封控区' },
  { scheme: 'closedManagement', level: 'open', rank: 1, name: '解除封闭管控' },
  { scheme: 'closedManagement', level: 'sealed', rank: 2, name: '封闭管控' },
];

/** Every level id, each once. */
export const RISK_LEVEL_IDS = [
  'low',
  'medium',
  'high',
  'low3',
  'low2',
  'low1',
  'medium2',
  'medium1',
  'none',
  'precautionary',
  'controlled',
  'sealed',
  'open',
] as const satisfies readonly RiskLevelId[];

/** Every scheme id. */
export const RISK_SCHEME_IDS = [
  'riskArea',
  'liaoningFiveTier',
  'controlZone',
  'closedManagement',
] as const satisfies readonly RiskSchemeId[];

/** The levels a text names in a risk notice (not the 未划定 / closed-management states). */
const WRITTEN = RISK_LEVELS.filter((item) => item.scheme !== 'closedManagement' && item.level !== 'none');
const byName = new Map(WRITTEN.map((item) => [item.name, item]));

/**
 * The definition of a level. A level id that two schemes share (`sealed`) needs its scheme; without
 * one the first scheme that has the level is taken.
 *
 * @returns the definition, or undefined when `scheme` has no such level
 * @throws FangkongError `INVALID_ARGUMENT` for a level or scheme not in the vocabulary
 * @example
 * levelDefinition('medium1'); // → { scheme: 'liaoningFiveTier', level: 'medium1', rank: 5, name: '中风险一级' }
 * levelDefinition('sealed', 'closedManagement')?.name; // → '封闭管控'
 */
export function levelDefinition(level: RiskLevelId, scheme?: RiskSchemeId): LevelDefinition | undefined {
  if (!RISK_LEVEL_IDS.includes(level))
    throw invalidArgument('level', `a risk level: ${RISK_LEVEL_IDS.join(', ')}`, level);
  if (scheme !== undefined && !RISK_SCHEME_IDS.includes(scheme)) {
    throw invalidArgument('scheme', `a risk scheme: ${RISK_SCHEME_IDS.join(', ')}`, scheme);
  }
  return RISK_LEVELS.find((item) => item.level === level && (scheme === undefined || item.scheme === scheme));
}

/**
 * Reads a risk level's name as the text writes it: `中风险`, `低风险地区`, `高风险区`, `中风险县`,
 * `低风险三级`, `封控区`, with or without a trailing `地区`/`区`/`区域`/`等级`. Traditional
 * script is expected to be converted beforehand (the cleaner does it).
 *
 * @param label - the level's words, nothing else.
 * @returns the level, or `null` when the label is not a level (`中高风险` names two levels).
 * @example
 * parseRiskLevel('低风险地区'); // → { scheme: 'riskArea', level: 'low', rank: 1, name: '低风险' }
 * parseRiskLevel('中风险二级'); // → { scheme: 'liaoningFiveTier', level: 'medium2', rank: 4, name: '中风险二级' }
 * parseRiskLevel('风险'); // → null
 */
export function parseRiskLevel(label: string): LevelDefinition | null {
  if (typeof label !== 'string') throw invalidArgument('label', 'a string', label);
  const trimmed = label.trim();
  const exact = byName.get(trimmed);
  if (exact) return exact;
  for (const suffix of ['地区', '区域', '等级', '区', '县']) {
    if (!trimmed.endsWith(suffix)) continue;
    const level = byName.get(trimmed.slice(0, -suffix.length));
    if (level && level.scheme !== 'controlZone') return level;
  }
  return null;
}
