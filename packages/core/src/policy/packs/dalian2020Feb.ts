import type { PolicyPack } from '../types';

const DOC = '大连市新冠肺炎疫情防控工作第八次集中发布';

/** Dalian, February 2020 (the 8th press release): Liaoning's five risk tiers and 14 days for arrivals from outside the province. */
export const dalian2020Feb: PolicyPack = {
  id: 'dl-2020-02',
  title: '大连市分区分级管控与来连返连人员管理（2020年2月）',
  jurisdiction: 'CN-LN-DL',
  effective: { from: '2020-02-24T00:00:00+08:00', until: '2021-01-13T00:00:00+08:00' },
  citations: [
    {
      id: 'five-tiers',
      document: DOC,
      date: '2020-02-24',
      quote: '低风险三级…中风险一级5类',
      source:
        'report of the 8th press release of Dalian, 2020-02-24 (市民政局 section, citing 省防指第6号、第7号令 and 市防指第6号令)',
    },
    {
      id: 'arrivals-anchor',
      document: DOC,
      date: '2020-02-24',
      quote: '自抵连之日起',
      source: 'report of the 8th press release of Dalian, 2020-02-24',
    },
    {
      id: 'arrivals-14',
      document: DOC,
      date: '2020-02-24',
      quote: '居家隔离或集中隔离观察14天',
      source: 'report of the 8th press release of Dalian, 2020-02-24',
    },
  ],
  rules: {
    quarantine: [
      {
        id: 'arrivalFromOutsideProvince',
        name: '省外（含周边国家）来连返连人员',
        anchor: 'arrival',
        dayZero: 'anchorDayIsOne',
        phases: [
          {
            kind: 'homeQuarantine',
            days: 14,
            testDays: [],
            label: '居家隔离或集中隔离观察',
            citations: ['arrivals-14'],
          },
        ],
        citations: ['arrivals-anchor', 'arrivals-14'],
        notes:
          '"自抵连之日起" is read as counting the arrival day as day 1 (unverified); home or centralized at the authorities\' choice.',
      },
    ],
    riskSchemes: [
      {
        id: 'liaoningFiveTier',
        name: '辽宁省疫情风险五级分类',
        unit: 'county',
        levels: [
          { id: 'low3', name: '低风险三级' },
          { id: 'low2', name: '低风险二级' },
          { id: 'low1', name: '低风险一级' },
          { id: 'medium2', name: '中风险二级' },
          { id: 'medium1', name: '中风险一级' },
        ],
        downgrades: [],
        citations: ['five-tiers'],
        notes: 'The criteria of the tiers were not found; levels are assigned by decision.',
      },
    ],
  },
  notes:
    'In force by 2020-02-24 (date of the press conference); when it ended is not known: the next Dalian pack starts 2021-01-13.',
};
