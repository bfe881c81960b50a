import type { PolicyPack } from '../types';

/**
 * National guidance of February 2020 (分区分级): counties classified low / medium / high from their
 * case history. Superseded by the community-level scheme (date approximate, see `notes`).
 */
export const cn2020FebRiskAreas: PolicyPack = {
  id: 'cn-2020-02-risk-areas',
  title: '关于科学防治精准施策分区分级做好新冠肺炎疫情防控工作的指导意见（县域风险分级）',
  jurisdiction: 'CN',
  effective: { from: '2020-02-17T00:00:00+08:00', until: '2021-01-01T00:00:00+08:00' },
  citations: [
    {
      id: 'fqfj-unit',
      document: '关于科学防治精准施策分区分级做好新冠肺炎疫情防控工作的指导意见',
      date: '2020-02-17',
      quote: '以县（市、区、旗）为单位',
      source: '新华社 2020-02-18 repost; https://www.gov.cn/xinwen/2020-02/18/content_5480514.htm',
    },
    {
      id: 'fqfj-low',
      document: '关于科学防治精准施策分区分级做好新冠肺炎疫情防控工作的指导意见',
      date: '2020-02-17',
      quote: '无确诊病例或连续14天无新增确诊病例',
      source: '新华社 2020-02-18 repost',
    },
    {
      id: 'fqfj-medium',
      document: '关于科学防治精准施策分区分级做好新冠肺炎疫情防控工作的指导意见',
      date: '2020-02-17',
      quote: '14天内有新增确诊病例，累计确诊病例不超过50例',
      source: '新华社 2020-02-18 repost',
    },
    {
      id: 'fqfj-high',
      document: '关于科学防治精准施策分区分级做好新冠肺炎疫情防控工作的指导意见',
      date: '2020-02-17',
      quote: '累计确诊病例超过50例，14天内有聚集性疫情发生',
      source: '新华社 2020-02-18 repost',
    },
  ],
  rules: {
    quarantine: [],
    riskSchemes: [
      {
        id: 'riskArea',
        name: '县域疫情风险等级',
        unit: 'county',
        levels: [
          { id: 'low', name: '低风险' },
          { id: 'medium', name: '中风险' },
          { id: 'high', name: '高风险' },
        ],
        classification: [
          { level: 'low', allOf: [{ kind: 'noNewCaseWithinDays', days: 14 }], citations: ['fqfj-low'] },
          {
            level: 'high',
            allOf: [
              { kind: 'cumulativeCasesAbove', count: 50 },
              { kind: 'clusterWithinDays', days: 14 },
            ],
            citations: ['fqfj-high'],
          },
          { level: 'medium', allOf: [{ kind: 'newCaseWithinDays', days: 14 }], citations: ['fqfj-medium'] },
        ],
        downgrades: [
          {
            fromLevel: 'medium',
            toLevel: 'low',
            daysWithoutNewCase: 14,
            effectiveHour: 0,
            dayZero: 'anchorDayIsZero',
            citations: ['fqfj-low'],
          },
          {
            fromLevel: 'high',
            toLevel: 'low',
            daysWithoutNewCase: 14,
            effectiveHour: 0,
            dayZero: 'anchorDayIsZero',
            citations: ['fqfj-low'],
          },
        ],
        citations: ['fqfj-unit'],
        notes:
          'Classification: low when no confirmed case in the last 14 days (or none at all); else high when more than 50 cases in total and a cluster within 14 days; else medium. Provinces adjusted the county lists dynamically.',
      },
    ],
  },
  notes:
    'The end date is approximate: the community-level scheme replaced county grading in the Dalian outbreak of December 2020; its notice was not found.',
};
