import { describe, expect, it } from 'vitest';
import { readSeed, readShared } from '../../test/shared';
import { extractPressConferences } from './extractPressConferences';

const REF = '2021-01-14T08:00:00+08:00';

describe('extractPressConferences', () => {
  it.each([
    ['市政府新闻办公室召开第七十三次新闻发布会。', 73],
    ['市政府新闻办公室召开疫情防控工作第八十次新闻发布会。', 80],
    ['新闻办举行第七十四次新闻发布，介绍情况。', 74],
    ['进行疫情防控工作第八次集中发布。', 8],
    ['省指挥部召开第56场新闻发布会。', 56],
    ['“疫情防控工作”新闻发布会第五十六场', 56],
    ['省政府新闻办举行第二次新闻发布会。', 2],
    ['北京召开的第四十三场疫情防控工作新闻发布会表示', 43],
    ['在四川疫情防控工作首场新闻发布会上表示', 1],
    ['市政府召开新闻发布会。', null],
  ])('reads the ordinal of %s', (text, ordinal) => {
    const [conference] = extractPressConferences(text, { reference: REF }).records;
    expect(conference?.ordinal).toBe(ordinal);
  });

  it('ignores a mention of press releases that is not a conference held', () => {
    expect(extractPressConferences('请关注发布会的直播。', { reference: REF }).records).toEqual([]);
  });

  it.each([
    ['1月13日下午，市政府新闻办公室召开第七十三次新闻发布会。', '2021-01-13', '下午', 'text'],
    ['昨日，市政府新闻办公室召开第七十三次新闻发布会。', '2021-01-13', null, 'text'],
    ['市政府新闻办公室召开第七十三次新闻发布会。', '2021-01-14', null, 'reference'],
  ])('dates %s', (text, date, partOfDay, dateSource) => {
    const [conference] = extractPressConferences(text, { reference: REF }).records;
    expect(conference).toMatchObject({ date, partOfDay, dateSource });
  });

  it('leaves the date null with a warning when its digits are stripped', () => {
    const [conference] = extractPressConferences('年月日下午，市政府新闻办公室召开第八十次新闻发布会。', {
      reference: REF,
    }).records;
    expect(conference).toMatchObject({ ordinal: 80, date: null, dateSource: null });
    expect(conference?.warnings.map((warning) => warning.code)).toEqual(['UNDATED_PERIOD']);
  });

  it('reads speakers with their organisations, titles and names', () => {
    const text =
      '市新闻办召开第八次新闻发布会，邀请市防指办公室专职副主任、市卫健委主任赵作伟，市民政局局长汤易，介绍工作。';
    const [conference] = extractPressConferences(text, { reference: REF }).records;
    expect(
      conference?.speakers.map((speaker) => [speaker.name, speaker.organisation, speaker.title]),
    ).toEqual([
      ['赵作伟', '市防指办公室', '专职副主任'],
      ['汤易', '市民政局', '局长'],
    ]);
    expect(conference?.speakers[0]?.roles).toEqual([
      { organisation: '市防指办公室', title: '专职副主任' },
      { organisation: '市卫健委', title: '主任' },
    ]);
  });

  it.each([
    ['举行第七十三次新闻发布会，市民政局局长汤易就有关情况作了介绍。', ['汤易', '市民政局', '局长']],
    [
      '召开新闻发布会，大连市人民政府秘书长、新闻发言人衣庆焘通报最新情况。',
      ['衣庆焘', '大连市人民政府', '秘书长'],
    ],
    ['举行第七十四次新闻发布，邀请瓦房店市市长周振雷通报情况。', ['周振雷', '瓦房店市', '市长']],
  ])('reads the speaker of %s', (text, expected) => {
    const [conference] = extractPressConferences(text, { reference: REF }).records;
    const speaker = conference?.speakers[0];
    expect([speaker?.name, speaker?.organisation, speaker?.title]).toEqual(expected);
  });

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
    const { records } = extractPressConferences(readSeed('002'), { reference: REF });
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
