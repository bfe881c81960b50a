import type { PolicyPack } from '../types';

/** The April 2022 pilot of "10+7" for inbound travellers in eight cities, Dalian among them. */
export const dalian2022AprPilot: PolicyPack = {
  id: 'dl-2022-04-pilot',
  title: '入境人员“10+7”管理试点（大连）',
  jurisdiction: 'CN-LN-DL',
  effective: { from: '2022-04-11T00:00:00+08:00', until: '2022-06-28T00:00:00+08:00' },
  citations: [
    {
      id: 'pilot',
      document: '国务院联防联控机制入境人员管理试点（上海、苏州、宁波、厦门、青岛、广州、成都、大连）',
      date: '2022-04-11',
      quote: '10+7',
      source: 'bbs.sinoeverlife.com/archiver/showtopic-13919.aspx; freewechat.com',
    },
  ],
  rules: {
    quarantine: [
      {
        id: 'inbound',
        name: '入境人员',
        anchor: 'arrival',
        dayZero: 'anchorDayIsZero',
        phases: [
          { kind: 'centralized', days: 10, testDays: [], label: '集中隔离', citations: ['pilot'] },
          { kind: 'homeMonitoring', days: 7, testDays: [], label: '居家健康监测', citations: ['pilot'] },
        ],
        citations: ['pilot'],
        notes: 'Test days are documented for Xiamen only (1, 4, 7, 10; home 2, 7), not for Dalian.',
      },
    ],
    riskSchemes: [],
  },
};
