import type { PolicyPack } from '../types';

const TEN = '关于进一步优化落实新冠肺炎疫情防控措施的通知（新十条）';

/** The "new ten measures" (2022-12-07): 5 days at home for close contacts; infected people isolate at home. */
export const cnTenMeasures: PolicyPack = {
  id: 'cn-10-measures-2022-12',
  title: TEN,
  jurisdiction: 'CN',
  effective: { from: '2022-12-07T00:00:00+08:00', until: '2023-01-08T00:00:00+08:00' },
  citations: [
    {
      id: 'ten-close-contact',
      document: TEN,
      date: '2022-12-07',
      quote: '第5天核酸检测阴性后解除隔离',
      source: 'www.51ldb.com/shsldb/sz/content/0184eb7a70b7c0010000df844d7e124a.html',
    },
    {
      id: 'ten-infected',
      document: TEN,
      date: '2022-12-07',
      quote: '隔离第6、7天连续2次核酸检测Ct值≥35解除隔离',
      source: 'www.51ldb.com/shsldb/sz/content/0184eb7a70b7c0010000df844d7e124a.html',
    },
    {
      id: 'ten-risk-areas',
      document: TEN,
      date: '2022-12-07',
      quote: '连续5天没有新增感染者的高风险区，要及时解封',
      source: 'www.51ldb.com; www.xuehua.us/a/63902cfad500b2dbf722f69d',
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
            kind: 'homeQuarantine',
            days: 5,
            testDays: [5],
            label: '居家隔离',
            citations: ['ten-close-contact'],
          },
        ],
        release: { negativeTests: 1, text: '第5天核酸检测阴性', citations: ['ten-close-contact'] },
        citations: ['ten-close-contact'],
        notes: 'Voluntary centralized quarantine was possible.',
      },
      {
        id: 'infectedAtHome',
        name: '无症状感染者和轻型病例（居家隔离）',
        anchor: 'positiveTest',
        dayZero: 'anchorDayIsOne',
        phases: [
          {
            kind: 'homeQuarantine',
            days: 7,
            testDays: [6, 7],
            label: '居家隔离',
            citations: ['ten-infected'],
          },
        ],
        release: {
          negativeTests: 2,
          text: '隔离第6、7天连续2次核酸检测Ct值≥35',
          citations: ['ten-infected'],
        },
        citations: ['ten-infected'],
        notes:
          'Release needs the tests of days 6 and 7 at Ct ≥ 35 (counted as negative here); the text says 隔离第6、7天, read as the day of the positive test being day 1 of isolation. Without those results the plan stays awaitingTests.',
      },
    ],
    riskSchemes: [
      {
        id: 'riskArea',
        name: '高、低风险区',
        unit: 'building or community',
        levels: [
          { id: 'low', name: '低风险区' },
          { id: 'high', name: '高风险区' },
        ],
        downgrades: [
          {
            fromLevel: 'high',
            toLevel: 'low',
            daysWithoutNewCase: 5,
            effectiveHour: 0,
            dayZero: 'anchorDayIsZero',
            citations: ['ten-risk-areas'],
          },
        ],
        citations: ['ten-risk-areas'],
      },
    ],
  },
  notes:
    'Inbound travellers stayed under the twenty-measures "5+3" in practice; not encoded here (no source in our notes).',
};
