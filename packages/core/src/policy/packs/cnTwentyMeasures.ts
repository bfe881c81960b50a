import type { PolicyPack } from '../types';

const TWENTY = '关于进一步优化新冠肺炎疫情防控措施 科学精准做好防控工作的通知（二十条）';

/** The "twenty measures" (2022-11-11): "5+3", only high and low risk areas. */
export const cnTwentyMeasures: PolicyPack = {
  id: 'cn-20-measures-2022-11',
  title: TWENTY,
  jurisdiction: 'CN',
  effective: { from: '2022-11-11T00:00:00+08:00', until: '2022-12-07T00:00:00+08:00' },
  citations: [
    {
      id: 'twenty-close-contact',
      document: TWENTY,
      date: '2022-11-11',
      quote: '不再判定密接的密接',
      source: 'iotonline.org.cn/news/guonei/202211/t20221111_21011.shtml',
    },
    {
      id: 'twenty-tests',
      document: TWENTY,
      date: '2022-11-11',
      quote: '第1、2、3、5天',
      source: 'm.ep3d.com/detail/xjvb.html',
    },
    {
      id: 'twenty-home-tests',
      document: TWENTY,
      date: '2022-11-11',
      quote: '第1、3天',
      source: 'm.ep3d.com/detail/xjvb.html',
    },
    {
      id: 'twenty-inbound',
      document: TWENTY,
      date: '2022-11-11',
      quote: '目的地不得重复隔离',
      source: 'www.ulec.com.cn/76942',
    },
    {
      id: 'twenty-spillover',
      document: TWENTY,
      date: '2022-11-11',
      quote: '第1、3、5、7天',
      source: '00.wendadaohang.com/zd/nn0eDrITTrDBjjr00ZT.html',
    },
    {
      id: 'twenty-risk-areas',
      document: TWENTY,
      date: '2022-11-11',
      quote: '高风险区连续5天未发现新增感染者，降为低风险区',
      source: 'jxyuer.com/news/jiaodian/340497.html',
    },
    {
      id: 'twenty-two-levels',
      document: TWENTY,
      date: '2022-11-11',
      quote: "将风险区由'高、中、低'三类调整为'高、低'两类",
      source: 'jxyuer.com/news/jiaodian/340497.html',
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
            days: 5,
            testDays: [1, 2, 3, 5],
            label: '集中隔离',
            citations: ['twenty-tests', 'twenty-close-contact'],
          },
          {
            kind: 'homeQuarantine',
            days: 3,
            testDays: [1, 3],
            label: '居家隔离',
            citations: ['twenty-home-tests'],
          },
        ],
        restartOnCaseInFacility: true,
        topUpWhenIdentifiedLate: true,
        citations: ['twenty-close-contact'],
        notes: '密接的密接 are no longer traced.',
      },
      {
        id: 'inbound',
        name: '入境人员',
        anchor: 'arrival',
        dayZero: 'anchorDayIsZero',
        phases: [
          {
            kind: 'centralized',
            days: 5,
            testDays: [1, 2, 3, 5],
            label: '集中隔离',
            citations: ['twenty-tests'],
          },
          {
            kind: 'homeQuarantine',
            days: 3,
            testDays: [1, 3],
            label: '居家隔离',
            citations: ['twenty-home-tests'],
          },
        ],
        citations: ['twenty-inbound', 'twenty-tests'],
      },
      {
        id: 'highRiskAreaTraveller',
        name: '高风险区外溢人员',
        anchor: 'leftRiskArea',
        dayZero: 'anchorDayIsZero',
        phases: [
          {
            kind: 'homeQuarantine',
            days: 7,
            testDays: [1, 3, 5, 7],
            label: '居家隔离',
            citations: ['twenty-spillover'],
          },
        ],
        citations: ['twenty-spillover'],
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
            citations: ['twenty-risk-areas'],
          },
        ],
        citations: ['twenty-two-levels'],
      },
    ],
  },
};
