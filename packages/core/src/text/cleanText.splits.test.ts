import { describe, expect, it } from 'vitest';
import { cleanText } from './cleanText';

/** A bulletin of our own, long enough for the document's statistics to speak (≥ 1000 chars). */
function bulletin(): string[] {
  const lines = ['某市疫情防控通报'];
  const areas = ['东城区', '南湖区', '北岭镇', '西山县', '新港区'];
  for (let day = 1; day <= 20; day++) {
    lines.push(
      `${day}月${day + 1}日,${areas[day % areas.length]}无新增本土确诊病例,在院治疗${day + 2}人,其他物资由指挥部统一调度,全市复工率达到${60 + day}%。`,
    );
  }
  return lines;
}

const spam = '某某队主场爆冷,止步八强';

describe('cleanText: injected text that splits words, without the title', () => {
  function spammed(): { input: string; clean: string } {
    const lines = bulletin();
    const clean = lines.join('\n');
    lines[2] = (lines[2] as string).replace('其他', `其${spam}他`);
    lines[6] = (lines[6] as string).replace('复工率', `复工${spam}率`);
    lines[10] = (lines[10] as string).replace('人,', `人,${spam}`);
    lines[14] = (lines[14] as string).replace('统一调度,', `统一调度,${spam}`);
    return { input: lines.join('\n'), clean };
  }

  it('looks for such text only when asked to be thorough: the default trusts the title alone', () => {
    const { input } = spammed();
    expect(cleanText(input).removed.filter((r) => r.kind === 'injected')).toEqual([]);
  });

  it('removes all four occurrences, two of them inside words, and mends the words', () => {
    const { input, clean } = spammed();
    expect(input.length).toBeGreaterThanOrEqual(1000);
    const result = cleanText(input, { detectInjected: 'thorough' });
    const injected = result.removed.filter((r) => r.kind === 'injected');
    expect(injected).toHaveLength(4);
    for (const r of injected) {
      expect(r.text).toBe(spam);
      expect(input.slice(r.span.start, r.span.end)).toBe(spam);
      expect(r.reason).toContain('splits words');
    }
    expect(result.text).toBe(clean);
    expect(result.text).toContain('其他物资');
    expect(result.text).toContain('复工率');
    expect(result.title).toBe('某市疫情防控通报');
  });

  it('leaves a legit phrase repeated twenty times in a list alone', () => {
    const areas = ['东城区', '南湖区', '北岭镇', '西山县', '新港区'];
    const lines = ['某市各区新增病例一览'];
    for (let i = 0; i < 20; i++)
      lines.push(
        `${i + 1}. ${areas[i % 5]}新增本土确诊病例${i % 4}例,新增无症状感染者${(i * 3) % 5}例,均在集中隔离点,已转运至定点医院,请相关人员主动报备。`,
      );
    const input = lines.join('\n');
    expect(input.length).toBeGreaterThanOrEqual(1000);
    expect(cleanText(input, { detectInjected: 'thorough' }).removed).toEqual([]);
  });
});
