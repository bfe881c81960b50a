import type { PolicyPack } from '../types';

/** National notice of July 2020 on inbound travellers: 14 days centralized, or "7+7" where allowed. */
export const cn2020JulInbound: PolicyPack = {
  id: 'cn-2020-07-inbound',
  title: '入境人员“7+7”“2+1”管理措施的通知',
  jurisdiction: 'CN',
  effective: { from: '2020-07-22T00:00:00+08:00', until: '2021-05-14T00:00:00+08:00' },
  citations: [
    {
      id: 'inbound-7-7',
      document: '国务院联防联控机制关于入境人员“7+7”“2+1”管理措施的通知',
      date: '2020-07-22',
      quote: '7+7',
      source: 'bbs.china168.biz/thread-1033379-1-1.html (repost)',
    },
    {
      id: 'inbound-test-day-5',
      document: '国务院联防联控机制关于入境人员“7+7”“2+1”管理措施的通知',
      date: '2020-07-22',
      quote: '原则在进入集中隔离医学观察点的第5天',
      source: 'bbs.china168.biz/thread-1033379-1-1.html (repost)',
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
          {
            kind: 'centralized',
            days: 14,
            testDays: [],
            label: '集中隔离医学观察',
            citations: ['inbound-7-7'],
          },
        ],
        release: { negativeTests: 2, text: '2次核酸检测', citations: ['inbound-7-7'] },
        citations: ['inbound-7-7'],
        notes:
          'The default where "7+7" was not allowed: 14 days centralized with two tests (days not stated).',
      },
      {
        id: 'inboundSevenPlusSeven',
        name: '入境人员（7+7）',
        anchor: 'arrival',
        dayZero: 'anchorDayIsZero',
        phases: [
          {
            kind: 'centralized',
            days: 7,
            testDays: [5],
            label: '集中隔离医学观察',
            citations: ['inbound-test-day-5'],
          },
          {
            kind: 'homeQuarantine',
            days: 7,
            testDays: [],
            label: '居家隔离医学观察',
            citations: ['inbound-7-7'],
          },
        ],
        citations: ['inbound-7-7'],
        notes:
          'Voluntary, only where conditions allowed. One more test after day 14 ("2+1") is not given a day.',
      },
    ],
    riskSchemes: [],
  },
  notes: 'Dates from reports of 2020-07-22..26.',
};
