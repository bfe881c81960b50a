import { describe, expect, it } from 'vitest';
import { readSeed, readShared } from '../../test/shared';
import { extractPressConferences } from './extractPressConferences';

describe('extractPressConferences on the seeds and the DXY summaries', () => {
  it('reads seed 000: the 80th conference, undated, 赵连 of the health commission', () => {
    const { records } = extractPressConferences(readSeed('000'), { reference: '2021-01-20T19:13:00+08:00' });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ ordinal: 80, date: null, organiser: '大连市政府新闻办公室' });
    expect(records[0]?.speakers.map((speaker) => [speaker.name, speaker.title])).toEqual([
      ['赵连', '副主任'],
    ]);
    expect(records[0]?.warnings.map((warning) => warning.code)).toEqual(['UNDATED_PERIOD']);
  });

  it('reads seed 001: an unnumbered conference of 2021-11-23 with its spokesman', () => {
    const { records } = extractPressConferences(readSeed('001'), { reference: '2021-11-24T14:03:00+08:00' });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ ordinal: null, date: '2021-11-23', dateSource: 'text' });
    expect(records[0]?.speakers.map((speaker) => speaker.name)).toEqual(['衣庆焘']);
    expect(records[0]?.speakers[0]?.roles.map((role) => role.title)).toEqual(['秘书长', '新闻发言人']);
  });

  it('reads seed 002: one 73rd conference of 2021-01-13 reported four times, three speakers', () => {
    const { records } = extractPressConferences(readSeed('002'), { reference: '2021-01-14T08:00:00+08:00' });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ ordinal: 73, date: '2021-01-13', partOfDay: '下午' });
    expect(records[0]?.mentions.length).toBeGreaterThanOrEqual(3);
    expect(records[0]?.speakers.map((speaker) => speaker.name)).toEqual(['汤易', '袁洁', '赵连']);
    expect(records[0]?.warnings).toEqual([]);
  });

  it('reads seed 003: the 74th conference, 2021-01-14 afternoon, the mayor of Wafangdian', () => {
    const { records } = extractPressConferences(readSeed('003'), { reference: '2021-01-14T17:19:00+08:00' });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ ordinal: 74, date: '2021-01-14', partOfDay: '下午' });
    expect(
      records[0]?.speakers.map((speaker) => [speaker.name, speaker.organisation, speaker.title]),
    ).toEqual([['周振雷', '瓦房店市', '市长']]);
  });

  it('reads seed 004: the 8th release of 2月24日, five speakers, year unknown without a reference', () => {
    const { records } = extractPressConferences(readSeed('004'));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ ordinal: 8, date: null });
    expect(records[0]?.warnings.map((warning) => warning.code)).toEqual(['YEAR_UNKNOWN']);
    expect(records[0]?.speakers.map((speaker) => speaker.name)).toEqual([
      '赵作伟',
      '汤易',
      '黎宝光',
      '丛克',
      '任维达',
    ]);
    const dated = extractPressConferences(readSeed('004'), {
      reference: '2020-02-25T08:00:00+08:00',
    }).records;
    expect(dated[0]?.date).toBe('2020-02-24');
  });

  it('reads the numbered conferences of the DXY news summaries', () => {
    const news = JSON.parse(
      readShared('corpora/BlankerL-DXY-COVID-19-Data/json/DXYNews-TimeSeries.json'),
    ) as {
      id: number;
      pubDate: number;
      title: string;
      summary: string;
    }[];
    const byId = (id: number) => news.find((item) => item.id === id);
    const cases: [number, number][] = [
      [17256, 56],
      [4344, 9],
      [651, 2],
    ];
    for (const [id, ordinal] of cases) {
      const item = byId(id);
      expect(item, `news ${id}`).toBeDefined();
      const text = `${item?.title}\n${item?.summary}`;
      const records = extractPressConferences(text, {
        reference: new Date(item?.pubDate ?? 0).toISOString(),
      }).records;
      expect(records.map((record) => record.ordinal)).toContain(ordinal);
    }
  });
});
