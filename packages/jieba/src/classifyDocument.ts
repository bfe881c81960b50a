import type { Segmenter } from '@fangkong/core';
import { expectSegmenter, expectText } from './args';

/** The kinds of documents of DOMAIN.md §4; one text can hold several. */
export type DocumentKind =
  | 'dailyBulletin'
  | 'riskChange'
  | 'unsealing'
  | 'pressConference'
  | 'bulletinIndex'
  | 'policyNotice';

/** How strongly a text looks like one kind, with the words that said so. */
export interface DocumentKindScore {
  kind: DocumentKind;
  /** From 0 (no sign) towards 1 (many strong signs). */
  score: number;
  /** The words found, with how often. */
  evidence: { word: string; count: number }[];
}

/**
 * Word weights per kind. A word counts at most `cap` times, so that one repeated word (通报 in an
 * index of eighty titles) cannot outweigh the rest.
 */
const SIGNS: Readonly<
  Record<DocumentKind, readonly (readonly [word: string, weight: number, cap: number])[]>
> = {
  dailyBulletin: [
    ['无新增', 2, 2],
    ['新增', 1, 3],
    ['确诊病例', 1, 3],
    ['本土确诊病例', 1.5, 2],
    ['本地确诊病例', 1.5, 2],
    ['无症状感染者', 0.75, 3],
    ['累计', 1, 3],
    ['在院治疗', 1.5, 1],
    ['出院', 0.5, 2],
    ['境外输入', 1, 2],
  ],
  riskChange: [
    ['中风险地区', 2, 2],
    ['低风险地区', 2, 2],
    ['高风险地区', 2, 2],
    ['高风险区', 1.5, 2],
    ['调整', 1.5, 1],
    ['调整为', 2, 1],
    ['划定', 1.5, 1],
    ['降级', 1.5, 1],
    ['风险等级', 1, 1],
    ['低风险三级', 1, 1],
    ['中风险一级', 1, 1],
  ],
  unsealing: [
    ['解除封闭管控', 3, 2],
    ['解封', 1.5, 2],
    ['封闭管控', 0.75, 2],
    ['通告', 1, 1],
  ],
  pressConference: [
    ['新闻发布会', 3, 2],
    ['新闻发布', 2.5, 1],
    ['集中发布', 2.5, 1],
    ['发布会', 2, 1],
    ['新闻发言人', 2, 1],
    ['新闻办公室', 1.5, 1],
    ['新闻办', 1.5, 1],
    ['介绍', 0.5, 2],
    ['邀请', 0.5, 1],
    ['举行', 0.5, 1],
    ['召开', 0.5, 1],
  ],
  bulletinIndex: [['疫情防控情况通报', 0.6, 20]],
  policyNotice: [
    ['通知', 1.5, 2],
    ['要求', 0.5, 3],
    ['规定', 1, 2],
    ['措施', 0.5, 3],
    ['令', 1, 1],
    ['号令', 1.5, 1],
    ['实施细则', 1.5, 1],
  ],
};

/** Raw weight that gives a score of 1 − 1/e ≈ 0.63. */
const SCALE = 6;

/**
 * Scores a document against the kinds of DOMAIN.md §4 from the words a segmenter finds in it.
 * Every kind is scored (a press conference often holds bulletins and risk changes); the result is
 * sorted, highest first.
 *
 * @param segmenter - e.g. `createJiebaSegmenter()`; the domain terms must come out whole
 * @param text - the document (clean text)
 * @returns one score per kind, highest first
 *
 * @example
 * const text =
 *   '大连市新冠肺炎疫情防控指挥部关于调整庄河市部分地区风险等级的通告。' +
 *   '自2021年11月23日0时起，将庄河市城关街道海洋村刘亮屯由中风险地区调整为低风险地区。';
 * classifyDocument(createJiebaSegmenter(), text).filter((k) => k.score >= 0.5).map((k) => k.kind); // → ['riskChange']
 */
export function classifyDocument(segmenter: Segmenter, text: string): DocumentKindScore[] {
  expectSegmenter(segmenter);
  expectText(text);
  const counts = new Map<string, number>();
  for (const word of segmenter.cut(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const scores = (Object.keys(SIGNS) as DocumentKind[]).map((kind): DocumentKindScore => {
    let raw = 0;
    const evidence: { word: string; count: number }[] = [];
    for (const [word, weight, cap] of SIGNS[kind]) {
      const count = counts.get(word) ?? 0;
      if (count === 0) continue;
      raw += weight * Math.min(count, cap);
      evidence.push({ word, count });
    }
    return { kind, score: Number((1 - Math.exp(-raw / SCALE)).toFixed(3)), evidence };
  });
  return scores.sort((a, b) => b.score - a.score);
}
