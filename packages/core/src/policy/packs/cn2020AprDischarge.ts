import type { PolicyPack } from '../types';

/** National notice of April 2020: discharged patients stay 14 more days under observation. */
export const cn2020AprDischarge: PolicyPack = {
  id: 'cn-2020-04-discharge',
  title: '新冠肺炎出院患者复诊复检工作方案（试行）',
  jurisdiction: 'CN',
  effective: { from: '2020-04-09T00:00:00+08:00', until: '2021-05-14T00:00:00+08:00' },
  citations: [
    {
      id: 'discharge-14',
      document: '新冠肺炎出院患者复诊复检工作方案（试行）',
      date: '2020-04-09',
      quote: '治愈出院后，应当继续隔离医学观察14天',
      source: '新华社 2020-04-09 (www.446dt.com/jsxw/2020/134002.html)',
    },
  ],
  rules: {
    quarantine: [
      {
        id: 'discharged',
        name: '治愈出院患者',
        anchor: 'discharge',
        dayZero: 'anchorDayIsZero',
        phases: [
          {
            kind: 'homeQuarantine',
            days: 14,
            testDays: [],
            label: '隔离医学观察',
            citations: ['discharge-14'],
          },
        ],
        citations: ['discharge-14'],
        notes: 'At home or in a facility; follow-up visits in weeks 2 and 4 are not modelled as test days.',
      },
    ],
    riskSchemes: [],
  },
};
