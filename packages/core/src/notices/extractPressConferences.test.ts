import { describe, expect, it } from 'vitest';
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
});
