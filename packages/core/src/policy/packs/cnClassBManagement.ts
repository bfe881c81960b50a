import type { PolicyPack } from '../types';

const DOC = '关于对新型冠状病毒感染实施“乙类乙管”的总体方案（联防联控机制综发〔2022〕144号）';

/** "Class B management" from 2023-01-08: no quarantine, no close contacts, no risk areas. */
export const cnClassBManagement: PolicyPack = {
  id: 'cn-class-b-2023-01',
  title: DOC,
  jurisdiction: 'CN',
  effective: { from: '2023-01-08T00:00:00+08:00', until: null },
  citations: [
    {
      id: 'class-b',
      document: DOC,
      date: '2022-12-26',
      quote: '不再实行隔离措施，不再判定密切接触者；不再划定高低风险区',
      source: 'hz.bendibao.com; m.mnw.cn/news/cj/2726410.html',
    },
    {
      id: 'class-b-inbound',
      document: DOC,
      date: '2022-12-26',
      quote: '取消入境后全员核酸检测和集中隔离',
      source: 'm.mnw.cn/news/cj/2726410.html',
    },
  ],
  rules: { quarantine: [], riskSchemes: [], noQuarantine: true, noRiskAreas: true },
  notes:
    'Published 2022-12-26, effective 2023-01-08. The 10th protocol (2023-01-07) renamed the disease and made testing voluntary.',
};
