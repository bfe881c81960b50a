/**
 * The vocabulary of risk levels, across the schemes China used from 2020 to 2022 (DOMAIN.md §6).
 * Plain TypeScript, no zod: the risk timeline and the widget read it too.
 */

/** The scheme a level belongs to: an area's level only means something under its scheme. */
export type RiskLabelScheme =
  /** National three levels (低风险 / 中风险 / 高风险), 2020-02 to 2022-12. */
  | 'national'
  /** Liaoning's five tiers of 2020-02 (低风险三级 … 中风险一级). */
  | 'liaoning2020'
  /** Zones of late 2021 to mid 2022: 封控区 / 管控区 / 防范区. */
  | 'zones';

/** A level of one of the {@link RiskLabelScheme}s. */
export type RiskLevelCode =
  | 'low'
  | 'medium'
  | 'high'
  | 'low3'
  | 'low2'
  | 'low1'
  | 'medium2'
  | 'medium1'
  | 'sealed'
  | 'controlled'
  | 'precautionary';

/** What fangkong knows of one level: its scheme, its rank inside the scheme and its Chinese name. */
export interface RiskLevelDefinition {
  code: RiskLevelCode;
  scheme: RiskLabelScheme;
  /** 1 = least restrictive; higher ranks are riskier, inside one scheme only. */
  rank: number;
  /** The canonical Chinese name, e.g. `中风险`, `低风险三级`, `封控区`. */
  name: string;
}

/** Every level, grouped by scheme, lowest first. */
export const RISK_LEVELS: readonly RiskLevelDefinition[] = [
  { code: 'low', scheme: 'national', rank: 1, name: '低风险' },
  { code: 'medium', scheme: 'national', rank: 2, name: '中风险' },
  { code: 'high', scheme: 'national', rank: 3, name: '高风险' },
  { code: 'low3', scheme: 'liaoning2020', rank: 1, name: '低风险三级' },
  { code: 'low2', scheme: 'liaoning2020', rank: 2, name: '低风险二级' },
  { code: 'low1', scheme: 'liaoning2020', rank: 3, name: '低风险一级' },
  { code: 'medium2', scheme: 'liaoning2020', rank: 4, name: '中风险二级' },
  { code: 'medium1', scheme: 'liaoning2020', rank: 5, name: '中风险一级' },
  { code: 'precautionary', scheme: 'zones', rank: 1, name: '防范区' },
  { code: 'controlled', scheme: 'zones', rank: 2, name: '管控区' },
  { code: 'sealed', scheme: 'zones', rank: 3, name: '封控区' },
];

/** The level codes, in the order of {@link RISK_LEVELS}. */
export const RISK_LEVEL_CODES = RISK_LEVELS.map((level) => level.code) as [RiskLevelCode, ...RiskLevelCode[]];

/** The scheme names. */
export const RISK_LABEL_SCHEMES = [
  'national',
  'liaoning2020',
  'zones',
] as const satisfies readonly RiskLabelScheme[];

const byName = new Map(RISK_LEVELS.map((level) => [level.name, level]));
const byCode = new Map(RISK_LEVELS.map((level) => [level.code, level]));

/**
 * The definition of a level code.
 *
 * @example
 * riskLevelDefinition('medium1'); // → { code: 'medium1', scheme: 'liaoning2020', rank: 5, name: '中风险一级' }
 */
export function riskLevelDefinition(code: RiskLevelCode): RiskLevelDefinition {
  return byCode.get(code) as RiskLevelDefinition;
}

/**
 * Reads a risk level's name as the text writes it: `中风险`, `低风险地区`, `高风险区`, `中风险县`,
 * `低风险三级`, `封控区`, with or without a trailing `地区`/`区`/`区域`/`等级`. Traditional
 * script is expected to be converted beforehand (the cleaner does it).
 *
 * @param label - the level's words, nothing else.
 * @returns the level, or `null` when the label is not a level (`中高风险` names two levels).
 * @example
 * parseRiskLevel('低风险地区'); // → { code: 'low', scheme: 'national', rank: 1, name: '低风险' }
 * parseRiskLevel('中风险二级'); // → { code: 'medium2', scheme: 'liaoning2020', rank: 4, name: '中风险二级' }
 * parseRiskLevel('风险'); // → null
 */
export function parseRiskLevel(label: string): RiskLevelDefinition | null {
  const trimmed = label.trim();
  const exact = byName.get(trimmed);
  if (exact) return exact;
  for (const suffix of ['地区', '区域', '等级', '区', '县']) {
    if (!trimmed.endsWith(suffix)) continue;
    const level = byName.get(trimmed.slice(0, -suffix.length));
    if (level && level.scheme !== 'zones') return level;
  }
  return null;
}
