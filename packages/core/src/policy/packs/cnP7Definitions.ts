import type { PolicyPack } from '../types';

/**
 * National protocol, 7th edition (2020-09-15): definitions only (a cluster is 5 cases or more; the
 * 密接的密接 category is defined). No quarantine period or risk scheme changes: earlier packs stay in force.
 */
export const cnP7Definitions: PolicyPack = {
  id: 'cn-p7-2020-09',
  title: '新型冠状病毒肺炎防控方案（第七版）：定义调整',
  jurisdiction: 'CN',
  effective: { from: '2020-09-15T00:00:00+08:00', until: '2021-05-14T00:00:00+08:00' },
  citations: [
    {
      id: 'p7-cluster',
      document: '新型冠状病毒肺炎防控方案（第七版）',
      date: '2020-09-15',
      quote: '5例及以上病例',
      source: '新华社 2020-09-15 (www.xb824.com/politics/2020-09/15/c_1126497333.htm)',
    },
  ],
  rules: { quarantine: [], riskSchemes: [] },
  notes:
    'A cluster (聚集性疫情) changed from 2 cases or more to 5 or more; the county classification of 2020-02 does not give a size, so no rule changes here.',
};
