import type { PolicyPack } from '../types';

/**
 * Community-level risk areas (2021 to June 2022): a medium-risk area becomes low after 14 whole days
 * without a new local case, effective 00:00 of the next day.
 */
export const cn2021CommunityRiskAreas: PolicyPack = {
  id: 'cn-2021-community-risk-areas',
  title: '关于调整新冠肺炎疫情分区分级标准实施精准管控措施的通知（社区级风险地区）',
  jurisdiction: 'CN',
  effective: { from: '2021-01-01T00:00:00+08:00', until: '2022-06-28T00:00:00+08:00' },
  citations: [
    {
      id: 'community-14-days',
      document: '大连市新冠肺炎疫情防控工作新闻发布会',
      date: '2021-11-23',
      quote: '已连续14天无新增本土新冠肺炎确诊病例',
      source: '大连日报 2021-11-24; also 新华社 on Dalian 2021-11-27 (www.liu2xue2007.cn/p/326285.html)',
    },
    {
      id: 'community-effective',
      document: '大连市新冠肺炎疫情防控工作新闻发布会',
      date: '2021-11-23',
      quote: '从23日零时起',
      source: '大连日报, 2021-11-24 (the press conference of 2021-11-23)',
    },
    {
      id: 'community-standard',
      document:
        '国务院应对新型冠状病毒感染肺炎疫情联防联控机制关于调整新冠肺炎疫情分区分级标准实施精准管控措施的通知',
      date: '2021-01-01',
      quote: '调整新冠肺炎疫情分区分级标准',
      source: 'title cited by 2021 downgrade notices (Yingkou 2021-05-28); the text itself was not found',
    },
  ],
  rules: {
    quarantine: [],
    riskSchemes: [
      {
        id: 'riskArea',
        name: '疫情风险等级（社区）',
        unit: 'community',
        levels: [
          { id: 'low', name: '低风险' },
          { id: 'medium', name: '中风险' },
          { id: 'high', name: '高风险' },
        ],
        downgrades: [
          {
            fromLevel: 'medium',
            toLevel: 'low',
            daysWithoutNewCase: 14,
            effectiveHour: 0,
            dayZero: 'anchorDayIsZero',
            citations: ['community-14-days', 'community-effective'],
          },
        ],
        citations: ['community-standard'],
        notes:
          'Only the medium → low rule is documented in our sources; high areas are downgraded by decision.',
      },
    ],
  },
  notes:
    'The notice\'s date is unknown (the "date" of its citation is a placeholder for "by 2021"); the start of this pack is approximate.',
};
