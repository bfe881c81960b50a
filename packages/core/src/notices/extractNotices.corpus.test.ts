import { describe, expect, it } from 'vitest';
import { listShared, readSeed, readShared } from '../../test/shared';
import { extractNotices } from './extractNotices';
import { NoticeRecordSchema } from './schemas';

const SEEDS = [
  ['000', '2021-01-20T19:13:00+08:00'],
  ['001', '2021-11-24T14:03:00+08:00'],
  ['002', '2021-01-14T08:00:00+08:00'],
  ['003', '2021-01-14T17:19:00+08:00'],
  ['004', undefined],
] as const;

describe('extractNotices on the seeds and corpora', () => {
  it.each(SEEDS)('returns records of seed %s that the schema accepts, in text order', (id, reference) => {
    const text = readSeed(id);
    const { records } = extractNotices(text, { reference });
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(NoticeRecordSchema.safeParse(record).success).toBe(true);
    const starts = records.map((record) => record.span.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('returns every kind a seed holds: seed 000 has a conference, an unsealing and an index', () => {
    const { records } = extractNotices(readSeed('000'), { reference: '2021-01-20T19:13:00+08:00' });
    expect(records.map((record) => record.kind).sort()).toEqual([
      'bulletinIndex',
      'pressConference',
      'unsealing',
    ]);
  });

  it('finds no notice in the Wenzhou and national daily bulletins of the corpora', () => {
    const folders = [
      'corpora/differui-hcow-announcement/assets',
      'corpora/Exungsh-032002337/package_zip/text_result',
    ];
    for (const folder of folders) {
      const files = listShared(folder).filter((file) => /^\d{4}-\d{2}-\d{2}/.test(file));
      // The corpora grow; what matters is that each folder was read at all.
      expect(files.length, folder).toBeGreaterThan(0);
      for (const file of files) {
        const reference = `${file.slice(0, 10)}T12:00:00+08:00`;
        expect(extractNotices(readShared(`${folder}/${file}`), { reference }).records, file).toEqual([]);
      }
    }
  });

  it('takes no status or typo in the DXY summaries for a risk change or an unsealing', () => {
    const news = JSON.parse(
      readShared('corpora/BlankerL-DXY-COVID-19-Data/json/DXYNews-TimeSeries.json'),
    ) as {
      pubDate: number;
      title: string;
      summary: string;
    }[];
    const kinds = new Set<string>();
    for (const item of news) {
      const { records } = extractNotices(`${item.title}\n${item.summary}`, {
        reference: new Date(item.pubDate).toISOString(),
      });
      for (const record of records) kinds.add(record.kind);
    }
    expect([...kinds]).toEqual(['pressConference']);
  });

  it('maps every span through toOriginalSpan', () => {
    const text = readSeed('001');
    const plain = extractNotices(text, { reference: '2021-11-24T14:03:00+08:00' }).records;
    const shifted = extractNotices(text, {
      reference: '2021-11-24T14:03:00+08:00',
      toOriginalSpan: (span) => ({ start: span.start + 7, end: span.end + 7 }),
    }).records;
    const spansOf = (value: unknown, found: number[] = []): number[] => {
      if (Array.isArray(value)) for (const item of value) spansOf(item, found);
      else if (value && typeof value === 'object') {
        const object = value as Record<string, unknown>;
        if (
          typeof object.start === 'number' &&
          typeof object.end === 'number' &&
          Object.keys(object).length === 2
        ) {
          found.push(object.start);
        } else for (const item of Object.values(object)) spansOf(item, found);
      }
      return found;
    };
    expect(spansOf(shifted)).toEqual(spansOf(plain).map((start) => start + 7));
  });

  it('never reads a number that the text does not hold once digits are stripped from the seeds', () => {
    for (const [id, reference] of SEEDS) {
      const stripped = readSeed(id).replace(/[0-9０-９]/g, '');
      const { records } = extractNotices(stripped, { reference });
      for (const record of records) {
        if (record.kind === 'riskChange' || record.kind === 'unsealing') {
          expect(record.effectiveAt).toBeNull();
        }
        if (record.kind === 'bulletinIndex') {
          expect(record.entries.every((entry) => entry.date === null)).toBe(true);
        }
      }
    }
  });
});
