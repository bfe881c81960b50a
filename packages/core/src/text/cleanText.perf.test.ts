import { describe, expect, it } from 'vitest';
import { MAX_RATIO, scaling } from '../../test/timing';
import { cleanText } from './cleanText';

describe('cleanText takes linear time on hostile HTML and entities', () => {
  it.each([
    ['nested <div>', (n: number) => `<div>${'<div>'.repeat(n)}新增${'</div>'.repeat(n)}</div>`],
    ['unclosed <div><span>', (n: number) => `<div>${'<div><span>'.repeat(n / 2)}新增`],
    [
      'end tags that close nothing',
      (n: number) => `<div>${'<div><span>'.repeat(n / 2)}新增${'</p>'.repeat(n)}`,
    ],
    ['nested <svg>', (n: number) => `<div>${'<svg>'.repeat(n)}新增`],
    ['a run of &', (n: number) => `<p>新增${'&'.repeat(n * 16)}</p>`],
    ['a run of & ended by ;', (n: number) => `新增${'&'.repeat(n * 16)};`],
  ])('%s: 8x input takes about 8x the time (12.5k → 100k)', (label, make) => {
    const { ratio } = scaling(
      `cleanText, ${label}`,
      (n) => {
        const input = make(n);
        return () => cleanText(input);
      },
      12_500,
    );
    expect(ratio).toBeLessThan(MAX_RATIO);
  });
});

describe('cleanText: adversarial inputs run in linear time', () => {
  const cjk = '新增本土确诊病例无症状感染者,';
  it.each([
    ['100 KB of "<"', '<'.repeat(100_000)],
    ['100 KB of "<<<a"', '<<<a'.repeat(25_000)],
    ['deep nesting', '<div>'.repeat(20_000) + '正文' + '</div>'.repeat(20_000)],
    ['a 100 KB single line', cjk.repeat(7_000)],
    [
      'a long repeated phrase with varying numbers',
      Array.from({ length: 8000 }, (_, i) => `新增本土确诊病例${i}例,`).join(''),
    ],
    ['100 KB of "&#"', '&#'.repeat(50_000)],
    [
      'a repeated headline in every line',
      Array.from({ length: 3000 }, (_, i) => `第${i}行某队主场爆冷,止步八强的消息`).join('\n'),
    ],
  ])('cleans %s quickly', (_label, input) => {
    const t0 = performance.now();
    const result = cleanText(input);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(result.text.length).toBeLessThanOrEqual(input.length);
  });
});

describe('cleanText: time grows linearly with the input', () => {
  /** A noisy bulletin of our own: full-width forms, odd spaces, CRLF, a broken word, chrome lines. */
  function noisyBulletin(copies: number): string {
    const lines: string[] = ['大连市疫情防控情况通报'];
    for (let i = 0; i < 60 * copies; i++) {
      lines.push(
        `２０２２年 ${(i % 12) + 1} 月${(i % 28) + 1}日，\u3000${['中山区', '西岗区', '庄河市'][i % 3]}新增本土确诊病例${i % 9}例（其中低风\n险地区${i % 4}例）。`,
        i % 10 === 0 ? '分享到' : '目前在院治疗的病例均为普通型，低风险地区继续保持常态化防控。',
      );
    }
    lines.push('版权所有 辽ICP备00000000号');
    return lines.join('\r\n');
  }

  /** A text whose title recurs in the body, so the injected-text detector runs in full. */
  function repeatedHeadline(copies: number): string {
    const lines = ['某队主场爆冷,止步八强'];
    for (let i = 0; i < 200 * copies; i++) lines.push(`第${i}日某队主场爆冷,止步八强全市新增病例${i % 7}例`);
    return lines.join('\n');
  }

  // The 1x input is some 200 KB: below that, a run fits the processor's caches and the 8x run looks
  // superlinear when it is not (10 copies take 0.2 ms a copy, 100 to 400 copies 0.5 to 0.8 ms).
  it.each([
    ['a noisy plain-text bulletin', noisyBulletin],
    ['a text that runs the full injected-text analysis', repeatedHeadline],
    [
      'traditional script',
      (copies: number) => noisyBulletin(copies).replaceAll('区', '區').replaceAll('险', '險'),
    ],
  ])('takes about 8x the time for 8x %s', (label, make) => {
    const { ratio } = scaling(
      `cleanText, ${label}`,
      (copies) => {
        const input = make(copies);
        return () => cleanText(input);
      },
      50,
    );
    expect(ratio).toBeLessThan(MAX_RATIO);
    expect(cleanText(make(400)).text.length).toBeGreaterThan(7 * cleanText(make(50)).text.length);
  });
});
