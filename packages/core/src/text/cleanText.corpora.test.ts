import { describe, expect, it } from 'vitest';
import { listShared, readShared } from '../../test/shared';
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
