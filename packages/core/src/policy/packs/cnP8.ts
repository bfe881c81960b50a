import type { PolicyPack } from '../types';

const P8 = '新型冠状病毒肺炎防控方案（第八版）';

/** P8: the national prevention-and-control protocol (防控方案), 8th edition (May 2021): "14+7" for close contacts and inbound travellers. */
export const cnP8: PolicyPack = {
  id: 'cn-p8-2021-05',
  title: P8,
  jurisdiction: 'CN',
  effective: { from: '2021-05-14T00:00:00+08:00', until: '2022-06-28T00:00:00+08:00' },
  citations: [
    {
      id: 'p8-close-contact',
      document: P8,
      date: '2021-05-14',
      quote: '采取14天的集中隔离医学观察',
      source: 'hndkrk.com/thread-264627-1-12.html (text excerpt)',
    },
    {
      id: 'p8-centralized-tests',
      document: P8,
      date: '2021-05-14',
      quote: '第1、4、7和14天分别进行一次核酸检测',
      source: 'hndkrk.com/thread-264627-1-12.html',
    },
    {
      id: 'p8-home-monitoring',
      document: P8,
      date: '2021-05-14',
      quote: '解除隔离后开展7天居家健康监测',
      source: 'hndkrk.com/thread-264627-1-12.html',
    },
    {
      id: 'p8-home-tests',
      document: P8,
      date: '2021-05-14',
      quote: '在第2天和第7天各开展一次核酸检测',
      source: 'news.duote.com/202105/234379.html',
    },
    {
      id: 'p8-inbound',
      document: P8,
      date: '2021-05-14',
      quote: '14天集中隔离医学观察+7天居家健康监测',
      source:
        'shanxi.news.163.com/22/0630/22/HB54ISFF041999R9.html (9th-protocol change summary quoting the 8th)',
    },
    {
      id: 'p8-secondary',
      document: P8,
      date: '2021-05-14',
      quote: '第1、4、7天核酸检测阴性，可于第7天解除隔离医学观察',
      source: 'zhejianglong.com/c/2459314.html; readke.com/c/1584304.html',
    },
    {
      id: 'p8-discharged',
      document: P8,
      date: '2021-05-14',
      quote: '治愈出院后，应当继续隔离医学观察14天',
      source: 'hndkrk.com/thread-264627-1-12.html',
    },
    {
      id: 'p8-asymptomatic',
      document: P8,
      date: '2021-05-14',
      quote: '继续进行14天的居家医学观察',
      source: 'hndkrk.com/thread-264627-1-12.html',
    },
    {
      id: 'reset-in-facility',
      document: '集中隔离期间发现阳性感染者的处置（地方问答）',
      date: '2021-08-01',
      quote: '自新发现阳性感染者当日起重新计算集中隔离时间',
      source: 'jxyuer.com/news/jiaodian/255681.html (secondary; date approximate)',
    },
    {
      id: 'top-up',
      document: '密切接触者晚发现的处置（地方问答）',
      date: '2021-08-01',
      quote: '缺几天补几天',
      source: 'jxyuer.com/news/jiaodian/255681.html (secondary; date approximate)',
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
          {
            kind: 'centralized',
            days: 14,
            testDays: [1, 4, 7, 14],
            label: '集中隔离医学观察',
            citations: ['p8-close-contact', 'p8-centralized-tests'],
          },
          {
            kind: 'homeMonitoring',
            days: 7,
            testDays: [2, 7],
            label: '居家健康监测',
            citations: ['p8-home-monitoring', 'p8-home-tests'],
          },
        ],
        restartOnCaseInFacility: true,
        topUpWhenIdentifiedLate: true,
        citations: ['p8-close-contact', 'reset-in-facility', 'top-up'],
      },
      {
        id: 'inbound',
        name: '入境人员',
        anchor: 'arrival',
        dayZero: 'anchorDayIsZero',
        phases: [
          {
            kind: 'centralized',
            days: 14,
            testDays: [1, 4, 7, 14],
            label: '集中隔离医学观察',
            citations: ['p8-inbound', 'p8-centralized-tests'],
          },
          {
            kind: 'homeMonitoring',
            days: 7,
            testDays: [2, 7],
            label: '居家健康监测',
            citations: ['p8-inbound', 'p8-home-tests'],
          },
        ],
        restartOnCaseInFacility: true,
        citations: ['p8-inbound', 'reset-in-facility'],
        notes: 'National minimum; provinces added days (14+7, 14+14, 14+7+7, 21+7): see local packs.',
      },
      {
        id: 'secondaryContact',
        name: '密接的密接',
        anchor: 'lastExposure',
        dayZero: 'anchorDayIsZero',
        phases: [
          {
            kind: 'centralized',
            days: 7,
            testDays: [1, 4, 7],
            label: '集中隔离医学观察',
            citations: ['p8-secondary'],
          },
        ],
        release: {
          text: '密切接触者前两次核酸检测均为阴性；否则按密切接触者管理至期满14天',
          citations: ['p8-secondary'],
        },
        citations: ['p8-secondary'],
        notes:
          'Anchor: the last contact with the close contact. Extends to 14 days if the close contact tests positive.',
      },
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
            citations: ['p8-discharged'],
          },
        ],
        citations: ['p8-discharged'],
      },
      {
        id: 'asymptomaticReleased',
        name: '解除隔离的无症状感染者',
        anchor: 'discharge',
        dayZero: 'anchorDayIsZero',
        phases: [
          {
            kind: 'homeQuarantine',
            days: 14,
            testDays: [],
            label: '居家医学观察',
            citations: ['p8-asymptomatic'],
          },
        ],
        citations: ['p8-asymptomatic'],
        notes:
          'After 14 days of centralized observation ended by two negative tests ≥ 24 h apart (the anchor).',
      },
    ],
    riskSchemes: [],
  },
  notes: 'Published 2021-05-14; issue date 2021-05-11 unverified.',
};
