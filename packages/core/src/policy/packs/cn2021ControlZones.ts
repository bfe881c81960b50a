import type { PolicyPack } from '../types';

/** 封控区 / 管控区 / 防范区 (late 2021 to June 2022). */
export const cn2021ControlZones: PolicyPack = {
  id: 'cn-2021-control-zones',
  title: '封控区、管控区、防范区划定及解封标准',
  jurisdiction: 'CN',
  effective: { from: '2021-11-01T00:00:00+08:00', until: '2022-06-28T00:00:00+08:00' },
  citations: [
    {
      id: 'zones-lift-days',
      document: '封控区、管控区、防范区解封标准（江苏疾控解读）',
      date: '2022-02-25',
      quote: '近14天区域内无新增病例或无症状感染者',
      source: 'img.ccschy.com/news/22108.html citing 江苏疾控 2022-02-25; www.7tqp.com/news_2910134.shtml',
    },
    {
      id: 'zones-lift-screening',
      document: '封控区、管控区、防范区解封标准（江苏疾控解读）',
      date: '2022-02-25',
      quote: '解封前2天区域内所有人员完成一轮核酸筛查，均为阴性',
      source: 'img.ccschy.com/news/22108.html',
    },
    {
      id: 'zones-residents',
      document: '封控区居民管理（地方）',
      date: '2022-02-25',
      quote: '第1、4、7、10、14天',
      source: 'www.laihamady.com/ms/626983.html (local practice)',
    },
  ],
  rules: {
    quarantine: [],
    riskSchemes: [
      {
        id: 'controlZone',
        name: '封控区/管控区/防范区',
        unit: 'community or building',
        levels: [
          { id: 'none', name: '未划定' },
          { id: 'precautionary', name: '防范区' },
          { id: 'controlled', name: '管控区' },
          { id: 'sealed', name: '封控区' },
        ],
        downgrades: [
          {
            fromLevel: 'sealed',
            toLevel: 'precautionary',
            daysWithoutNewCase: 14,
            screening: { fromDay: 13, toDay: 14, text: '解封前2天…完成一轮核酸筛查，均为阴性' },
            effectiveHour: 0,
            dayZero: 'anchorDayIsZero',
            citations: ['zones-lift-days', 'zones-lift-screening'],
          },
          {
            fromLevel: 'controlled',
            toLevel: 'precautionary',
            daysWithoutNewCase: 14,
            screening: { fromDay: 13, toDay: 14, text: '解封前2天…完成一轮核酸筛查，均为阴性' },
            effectiveHour: 0,
            dayZero: 'anchorDayIsZero',
            citations: ['zones-lift-days', 'zones-lift-screening'],
          },
        ],
        citations: ['zones-lift-days'],
        notes:
          'A lifted 封控区/管控区 is treated as 防范区 until its county lifts all zones (a decision, not computed). The condition on the last close contact (14 days after exposure, negative) is not modelled.',
      },
    ],
  },
  notes: 'In force by November 2021 (Dalian) until the 9th protocol; start date approximate.',
};
