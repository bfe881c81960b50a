import { parseRiskLevel, type LevelDefinition } from '../../risk/riskLevels';

/** A risk level named in the text (cleaned-text offsets). */
export interface LevelMention {
  level: LevelDefinition;
  /** As written, with its noun: `中风险地区`, `低风险三级`, `封控区`. */
  label: string;
  start: number;
  end: number;
}

const LEVEL_WORDS = /[低中高]风险(?:[一二三]级)?(?:地区|区域|等级|区|县)?|封控区|管控区|防范区/g;
const LEVEL_CHARS = new Set(['低', '中', '高']);

/**
 * Every risk level named in the text, in order. `中高风险地区` and `中、高风险地区` name two
 * levels at once and are left out: they never state one area's level.
 */
export function findLevelMentions(text: string): LevelMention[] {
  const mentions: LevelMention[] = [];
  LEVEL_WORDS.lastIndex = 0;
  for (let match = LEVEL_WORDS.exec(text); match; match = LEVEL_WORDS.exec(text)) {
    const start = match.index;
    const before = text[start - 1];
    if (before !== undefined && LEVEL_CHARS.has(before)) continue;
    if (before === '、' && LEVEL_CHARS.has(text[start - 2] as string)) continue;
    const label = match[0];
    const level = parseRiskLevel(label);
    if (level) mentions.push({ level, label, start, end: start + label.length });
  }
  return mentions;
}
