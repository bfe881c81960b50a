/**
 * Every document of the development corpora that the extraction snapshot and the per-corpus speed bench
 * read: the seeds, doctormin (each crawl folder, with and without its crawl date as the reference),
 * Shanghai, Wenzhou, the national reports, IBM, vsou and DXY, in a fixed order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnderShared, sharedDir } from '../test/shared';

export interface CorpusDocument {
  id: string;
  text: string;
  reference?: string;
}

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const chinaTime = (millis: number): string =>
  `${new Date(millis + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;

export function* corpusDocuments(): Generator<CorpusDocument> {
  const corpora = join(sharedDir, 'corpora');
  const plainTexts = [
    ...filesUnderShared('seeds'),
    ...filesUnderShared('corpora/doctormin-COVID-19_SpiderOfChineseData').filter((path) =>
      /\/\d\d\.txt$/.test(path),
    ),
    ...filesUnderShared('corpora/Stockard-Shanghai-COVID-2022/data/raw/number'),
    ...filesUnderShared('corpora/differui-hcow-announcement/assets').filter(
      (path) => !path.endsWith('LICENSE'),
    ),
    ...filesUnderShared('corpora/Exungsh-032002337/package_zip/text_result'),
  ];
  for (const path of plainTexts) {
    const text = decode(readFileSync(path));
    const id = path.slice(sharedDir.length + 1);
    yield { id, text };
    const crawl = /2020_2_(\d+)/.exec(path);
    if (crawl) yield { id, text, reference: `2020-02-${crawl[1]!.padStart(2, '0')}T23:00:00+08:00` };
  }
  for (const file of ['test.txt', 'valid.txt']) {
    const path = join(corpora, 'IBM-Dataset-Epidemiologic-Investigation-COVID19/ECR-COVID-19', file);
    const lines = readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim());
    for (const [index, line] of lines.entries())
      yield { id: `IBM/${file}#${index}`, text: String((JSON.parse(line) as { text: unknown }).text) };
  }
  const vsou = join(corpora, 'vsou-OutbreakNotification');
  for (const commit of readdirSync(vsou).sort()) {
    for (const path of [`${commit}/data.json`, `${commit}/public/data.json`]) {
      let entries: Array<{ title: string; content?: string[]; updateTime: number }>;
      try {
        entries = JSON.parse(readFileSync(join(vsou, path), 'utf8'));
      } catch {
        continue;
      }
      for (const [index, entry] of entries.entries()) {
        if (!entry.content?.length) continue;
        const text = `${entry.title}\n${entry.content.join('\n')}`;
        const id = `vsou/${path}#${index}`;
        yield { id, text };
        if (Number.isFinite(Number(entry.updateTime)))
          yield { id, text, reference: chinaTime(Number(entry.updateTime)) };
      }
    }
  }
  const news = JSON.parse(
    readFileSync(join(corpora, 'BlankerL-DXY-COVID-19-Data/json/DXYNews-TimeSeries.json'), 'utf8'),
  ) as Array<{ summary: string; pubDate: number }>;
  for (const [index, item] of news.entries()) {
    if (typeof item.summary !== 'string') continue;
    yield { id: `DXY#${index}`, text: item.summary };
    if (Number.isFinite(Number(item.pubDate)))
      yield { id: `DXY#${index}`, text: item.summary, reference: chinaTime(Number(item.pubDate)) };
  }
}
