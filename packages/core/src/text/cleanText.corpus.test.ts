import { describe, expect, it } from 'vitest';
import { listShared, readSeed, readShared } from '../../test/shared';
import { expectConsistent } from '../../test/removedSpans';
import { cleanText } from './cleanText';

/** Real bulletins nobody on this project wrote: none of them carries injected text. */
function corpusDocuments(): [string, string][] {
  const docs: [string, string][] = [];
  for (const folder of [
    'corpora/Exungsh-032002337/package_zip/text_result',
    'corpora/differui-hcow-announcement/assets',
    'corpora/Stockard-Shanghai-COVID-2022/data/raw/number',
  ]) {
    for (const name of listShared(folder)) docs.push([`${folder}/${name}`, readShared(`${folder}/${name}`)]);
  }
  const news = JSON.parse(readShared('corpora/BlankerL-DXY-COVID-19-Data/json/DXYNews-TimeSeries.json')) as {
    id: number;
    title: string;
    summary: string;
  }[];
  for (const item of news) docs.push([`DXYNews ${item.id}`, `${item.title}\n${item.summary}`]);
  return docs;
}

describe('cleanText on the corpora', () => {
  const docs = corpusDocuments();

  it('reads thousands of real documents', () => {
    expect(docs.length).toBeGreaterThan(3000);
  });

  it('reports no injected text in any of them', () => {
    const flagged = docs
      .filter(([, text]) => cleanText(text).removed.some((r) => r.kind === 'injected'))
      .map(([name]) => name);
    expect(flagged).toEqual([]);
  });

  it('keeps every reported removal inside its document and pointing at its text', () => {
    for (const [, text] of docs.slice(0, 40)) {
      for (const r of cleanText(text).removed) {
        expect(text.slice(r.span.start, r.span.start + r.text.length)).toBe(r.text);
      }
    }
  });

  it('removes the page-footer noise at the end of the national reports, not their figures', () => {
    const folder = 'corpora/Exungsh-032002337/package_zip/text_result';
    for (const name of listShared(folder)) {
      const text = readShared(`${folder}/${name}`);
      const cleaned = cleanText(text);
      expect(cleaned.text).not.toContain('ICP备');
      // The footer goes (postcode, phone, licence numbers); every case count stays.
      const counts = (s: string) => s.split('例').length;
      expect(counts(cleaned.text)).toBe(counts(text));
      expect(cleaned.removed.every((r) => r.kind === 'footer')).toBe(true);
    }
  });
});

describe('cleanText: seeds', () => {
  it('finds the six injected spans of seed 004, all taken from its title line', () => {
    const seed = readSeed('004');
    const titleLine = seed.split('\n')[0] ?? '';
    const result = cleanText(seed);
    const injected = result.removed.filter((r) => r.kind === 'injected');
    expect(injected).toHaveLength(6);
    expect(injected[0]?.span).toEqual({ start: 0, end: titleLine.length });
    for (const r of injected) {
      const text = seed.slice(r.span.start, r.span.end);
      expect(text.length).toBeGreaterThanOrEqual(3);
      expect(titleLine).toContain(text);
      expect(result.text).not.toContain(text);
    }
    expect(result.text).toContain('低风险三级、低风险二级、低风险一级、中风险二级、中风险一级');
  });

  it('strips the chrome of seed 003 and keeps its content', () => {
    const seed = readSeed('003');
    const result = cleanText(seed);
    expect(result.removed.some((r) => r.kind === 'injected')).toBe(false);
    expect(result.text).toContain('63.5万人');
    const count = (s: string) => s.split('大连疫情防控情况通报').length - 1;
    expect(count(result.text)).toBe(count(seed));
    expect(count(seed)).toBeGreaterThan(50);
    for (const gone of ['ICP备', '公网安备', 'Logo', '下载客户端', '©'])
      expect(result.text).not.toContain(gone);
    expect(result.title).toBe(
      seed
        .split('\n')
        .find((l) => l.includes(':'))
        ?.trim(),
    );
    expectConsistent(seed, result);
  });

  it.each(['000', '001', '002'] as const)('finds nothing injected in seed %s', (id) => {
    const seed = readSeed(id);
    const result = cleanText(seed);
    expect(result.removed.filter((r) => r.kind === 'injected')).toEqual([]);
    expectConsistent(seed, result);
  });

  it('joins the broken word of seed 002', () => {
    const seed = readSeed('002');
    const broken = seed.indexOf('低风\n');
    expect(broken).toBeGreaterThan(0);
    const result = cleanText(seed);
    const at = result.text.indexOf('低风险', result.text.indexOf('中风险地区降为低风险', 0) + 1);
    expect(result.toOriginal(at)).toBeLessThanOrEqual(broken);
    expect(result.text.split('低风险地区').length).toBeGreaterThan(seed.split('低风险地区').length);
  });
});

describe('cleanText: injected text that splits words, in a seed without its title', () => {
  it('finds the body occurrences of seed 004 with its title line removed beforehand', () => {
    const seed = readSeed('004');
    const titleLine = seed.split('\n')[0] ?? '';
    const body = seed.slice(titleLine.length + 1);
    const withTitle = cleanText(seed, { detectInjected: 'thorough' }).removed.filter(
      (r) => r.kind === 'injected',
    );
    expect(withTitle).toHaveLength(6);
    const injected = cleanText(body, { detectInjected: 'thorough' }).removed.filter(
      (r) => r.kind === 'injected',
    );
    expect(injected.length).toBeGreaterThanOrEqual(4);
    for (const r of injected) {
      expect(titleLine).toContain(r.text);
      expect(body.slice(r.span.start, r.span.end)).toBe(r.text);
      expect(r.reason).toContain('splits words');
    }
    // The same spans the title path finds in the body, shifted by the title line.
    const fromTitlePath = withTitle
      .filter((r) => r.text.length > 6 && r.span.start > titleLine.length)
      .map((r) => r.span.start - titleLine.length - 1);
    expect(injected.map((r) => r.span.start)).toEqual(fromTitlePath);
  });
});
