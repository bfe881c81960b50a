import type { PolicyPack } from '../types';

/** P6: the national prevention-and-control protocol (防控方案), 6th edition (2020-03): close contacts observed 14 days from the last exposure. */
export const cnP6CloseContacts: PolicyPack = {
  id: 'cn-p6-2020-03',
  title: '新型冠状病毒肺炎防控方案（第六版）：密切接触者医学观察',
  jurisdiction: 'CN',
  effective: { from: '2020-03-07T00:00:00+08:00', until: '2021-05-14T00:00:00+08:00' },
  citations: [
    {
      id: 'p6-close-contact',
      document: '新型冠状病毒肺炎防控方案（第六版）',
      date: '2020-03-07',
      quote: '医学观察期限为自最后一次与病例、无症状感染者发生无有效防护的接触后14天',
      source: 'ncov9.tjutcm.edu.cn/info/1005/1263.htm (university FAQ quoting the protocol)',
    },
  ],
  rules: {
    quarantine: [
      {
        id: 'closeContact',
        name: '密切接触者',
        anchor: 'lastExposure',
        dayZero: 'anchorDayIsZero',
        phases: [
          { kind: 'centralized', days: 14, testDays: [], label: '医学观察', citations: ['p6-close-contact'] },
        ],
        citations: ['p6-close-contact'],
        notes: 'Observation was centralized or at home depending on local conditions; no fixed test days.',
      },
    ],
    riskSchemes: [],
  },
  notes: 'Issue date of the 6th edition is unverified (2020-03-07 from memory).',
};
