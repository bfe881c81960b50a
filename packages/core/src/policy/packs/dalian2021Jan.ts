import type { PolicyPack } from '../types';

const PRESS = '大连市新冠肺炎疫情防控工作第七十三次新闻发布会';

/**
 * Dalian, January 2021 (the 73rd press conference): unsealing and medium → low after "14+7" days from the last
 * community case, never before 2021-01-16 00:00; inbound "14+7+7"; home observation "14+7" with
 * 4 negative tests; 14 days of observation after discharge.
 */
export const dalian2021Jan: PolicyPack = {
  id: 'dl-2021-01',
  title: '大连市封闭管控社区解封要求及来连人员管理（2021年1月）',
  jurisdiction: 'CN-LN-DL',
  effective: { from: '2021-01-13T00:00:00+08:00', until: '2021-05-14T00:00:00+08:00' },
  citations: [
    {
      id: 'unseal-start',
      document: PRESS,
      date: '2021-01-13',
      quote: '以2020年12月25日零时为起始点',
      source: '大连新闻传媒集团, report of the 73rd press conference, 2021-01-13 (解封要求 一)',
    },
    {
      id: 'fourteen-plus-seven',
      document: PRESS,
      date: '2021-01-13',
      quote: '经“14+7”天封闭管控',
      source: '大连新闻传媒集团, report of the 73rd press conference, 2021-01-13',
    },
    {
      id: 'unseal-floor',
      document: PRESS,
      date: '2021-01-13',
      quote: '不得早于2021年1月16日零时',
      source: '大连新闻传媒集团, report of the 73rd press conference, 2021-01-13 (解封要求 二, 三)',
    },
    {
      id: 'medium-start',
      document: PRESS,
      date: '2021-01-13',
      quote: '以末次社区阳性感染者出现的时间为起始点',
      source: '大连新闻传媒集团, report of the 73rd press conference, 2021-01-13 (解封要求 三)',
    },
    {
      id: 'medium-screening',
      document: '新华社：大连11个中风险地区下调为低风险地区',
      date: '2021-01-16',
      quote: '社区居民核酸检测结果均为阴性',
      source: '0514f.cn/c/2021-01-16/2762501.shtml',
    },
    {
      id: 'home-observation',
      document: PRESS,
      date: '2021-01-13',
      quote: '完成4次核酸检测均为阴性',
      source:
        '大连新闻传媒集团, report of the 73rd press conference, 2021-01-13 (关于分散的居家医学观察人员解封)',
    },
    {
      id: 'inbound',
      document: PRESS,
      date: '2021-01-13',
      quote: '“14+7+7”管控',
      source: '大连新闻传媒集团, report of the 73rd press conference, 2021-01-13',
    },
    {
      id: 'inbound-reading',
      document: '大连入境人员隔离政策（2022年1月）',
      date: '2022-01-01',
      quote: "14天+7天集中隔离+7天'一人一户'居家隔离",
      source:
        'jumeiguan.com/zhihui/redianzixun/8y734.html; consistent with the Japanese consulate\'s "21+7" of 2021-05',
    },
    {
      id: 'discharge',
      document: '大连市卫生健康委员会：出院情况',
      date: '2021-01-13',
      quote: '继续在定点医院进行14天隔离医学观察',
      source: '大连新闻传媒集团, report of the 73rd press conference, 2021-01-13',
    },
  ],
  rules: {
    quarantine: [
      {
        id: 'inbound',
        name: '境外来连人员',
        anchor: 'arrival',
        dayZero: 'anchorDayIsZero',
        phases: [
          {
            kind: 'centralized',
            days: 14,
            testDays: [],
            label: '集中隔离',
            citations: ['inbound', 'inbound-reading'],
          },
          {
            kind: 'centralized',
            days: 7,
            testDays: [],
            label: '集中隔离',
            citations: ['inbound', 'inbound-reading'],
          },
          {
            kind: 'homeQuarantine',
            days: 7,
            testDays: [],
            label: '“一人一户”居家隔离',
            citations: ['inbound-reading'],
          },
        ],
        citations: ['inbound'],
        notes:
          'The seed gives only the label "14+7+7"; its phases follow Dalian\'s own description of 2022-01 (21 days centralized + 7 at home). Test days are not stated.',
      },
      {
        id: 'homeObservation',
        name: '分散的居家医学观察人员',
        anchor: 'enteredFacility',
        dayZero: 'anchorDayIsZero',
        phases: [
          {
            kind: 'homeQuarantine',
            days: 14,
            testDays: [],
            label: '封门管控',
            citations: ['fourteen-plus-seven'],
          },
          {
            kind: 'homeQuarantine',
            days: 7,
            testDays: [],
            label: '封门管控',
            citations: ['fourteen-plus-seven'],
          },
        ],
        release: { negativeTests: 4, text: '完成4次核酸检测均为阴性', citations: ['home-observation'] },
        citations: ['fourteen-plus-seven', 'home-observation'],
        notes:
          'Anchor: the start of the sealed-door home quarantine. The days of the 4 tests are not stated.',
      },
      {
        id: 'discharged',
        name: '出院患者',
        anchor: 'discharge',
        dayZero: 'anchorDayIsZero',
        phases: [
          { kind: 'centralized', days: 14, testDays: [], label: '隔离医学观察', citations: ['discharge'] },
        ],
        citations: ['discharge'],
        notes:
          'Discharged after two consecutive negative tests; observed in the designated hospital (asymptomatic: at an observation site).',
      },
    ],
    riskSchemes: [
      {
        id: 'closedManagement',
        name: '封闭管控',
        unit: 'community or street',
        levels: [
          { id: 'open', name: '解除封闭管控' },
          { id: 'sealed', name: '封闭管控' },
        ],
        downgrades: [
          {
            fromLevel: 'sealed',
            toLevel: 'open',
            daysWithoutNewCase: 21,
            communityCasesOnly: true,
            notBefore: '2021-01-16T00:00:00+08:00',
            effectiveHour: 0,
            dayZero: 'anchorDayIsZero',
            citations: ['unseal-start', 'fourteen-plus-seven', 'unseal-floor'],
          },
        ],
        citations: ['unseal-start', 'unseal-floor'],
        notes:
          'The start point is the last community positive case, or an instant set by the headquarters (2020-12-25 00:00 for the five streets of 金普新区).',
      },
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
            daysWithoutNewCase: 21,
            communityCasesOnly: true,
            screening: { fromDay: 1, toDay: 21, text: '社区居民核酸检测结果均为阴性' },
            notBefore: '2021-01-16T00:00:00+08:00',
            effectiveHour: 0,
            dayZero: 'anchorDayIsZero',
            citations: ['medium-start', 'fourteen-plus-seven', 'unseal-floor', 'medium-screening'],
          },
        ],
        citations: ['medium-start', 'unseal-floor'],
      },
    ],
  },
  notes: 'From the press conference of 2021-01-13; the end date is not known (set to the 8th protocol).',
};
