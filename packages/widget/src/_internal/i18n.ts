/** The languages the elements speak: Simplified Chinese first, English by `lang="en"`. */
export type Language = 'zh-CN' | 'en';

/**
 * The language of an element: its own `lang`, else the nearest ancestor's (across shadow roots),
 * else Chinese. Any `en…` tag is English; everything else is Chinese.
 */
export function languageOf(element: Element): Language {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return /^en\b/i.test(node.getAttribute('lang') ?? '') ? 'en' : 'zh-CN';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'zh-CN';
}

/** Every user-facing string, in both languages. */
const TEXT = {
  'zh-CN': {
    beijingTime: '（北京时间）',
    loading: '正在加载…',
    networkError: '暂时无法连接数据服务，请稍后再试。',
    notStated: '未公布',
    notStatedList: '通报未公布',
    // quarantine
    quarantineTitle: '隔离期限计算',
    jurisdiction: '地区',
    anchorDate: '起算日期',
    anchorTime: '起算时间（北京时间）',
    rulesDate: '适用规定的日期（可选，默认为起算日期）',
    category: '人员类别',
    calculate: '计算',
    noCategory: '该日期该地区没有适用的隔离规定。',
    noQuarantine: '按当时规定，无需隔离。',
    invalidAnchor: '请填写有效的起算日期和时间。',
    release: '解除时间',
    days: (n: number) => `${n}天`,
    dayRange: (a: number, b: number) => `第${a}—${b}天`,
    tests: '核酸检测',
    testOn: (date: string, day: number) => `${date}（第${day}天）`,
    skipped: '已过，不需补足',
    conditions: '解除条件',
    basis: '计算依据',
    rule: '适用规定',
    timelineLabel: '隔离阶段时间轴',
    anchorLabel: '起算',
    // risk lookup
    riskTitle: '风险区域查询',
    areaName: '小区（社区）名称',
    search: '查询',
    noMatch: '没有找到这个名称的风险区域记录。',
    matches: '查询结果',
    level: '当前等级',
    since: '自',
    history: '变更记录',
    downgrade: '最早降级时间',
    noDowngrade: '目前无法计算降级时间。',
    untilNow: '至今',
    pending: '还需满足',
    reasons: '计算依据',
    // latest
    latestTitle: '最新疫情通报',
    asOf: '统计时间',
    published: '发布时间',
    source: '查看通报原文数据',
    trend: '每日新增本土确诊病例',
    trendTable: '每日数据',
    date: '日期',
    value: '人数',
  },
  en: {
    beijingTime: ' (Beijing time)',
    loading: 'Loading…',
    networkError: 'The data service cannot be reached. Please try again later.',
    notStated: 'not stated',
    notStatedList: 'Not stated in the bulletin',
    quarantineTitle: 'Quarantine calculator',
    jurisdiction: 'Region',
    anchorDate: 'Start date',
    anchorTime: 'Start time (Beijing time)',
    rulesDate: 'Rules in force on (optional; default: the start date)',
    category: 'Category',
    calculate: 'Calculate',
    noCategory: 'No quarantine rule applies in this region on this date.',
    noQuarantine: 'No quarantine was required under the rules of that date.',
    invalidAnchor: 'Please enter a valid start date and time.',
    release: 'Released at',
    days: (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`,
    dayRange: (a: number, b: number) => `days ${a}–${b}`,
    tests: 'Nucleic-acid tests',
    testOn: (date: string, day: number) => `${date} (day ${day})`,
    skipped: 'already over, not served',
    conditions: 'Conditions of release',
    basis: 'How this was computed (in Chinese)',
    rule: 'Rule applied',
    timelineLabel: 'Timeline of the quarantine phases',
    anchorLabel: 'start',
    riskTitle: 'Risk area lookup',
    areaName: 'Residential community name',
    search: 'Search',
    noMatch: 'No risk-area record has this name.',
    matches: 'Results',
    level: 'Current level',
    since: 'since',
    history: 'History',
    downgrade: 'Earliest downgrade',
    noDowngrade: 'No downgrade date can be computed yet.',
    untilNow: 'now',
    pending: 'Still required',
    reasons: 'Reasons',
    latestTitle: 'Latest bulletin',
    asOf: 'Period',
    published: 'Published',
    source: 'Source data of the bulletin',
    trend: 'Daily new local confirmed cases',
    trendTable: 'Daily figures',
    date: 'Date',
    value: 'Cases',
  },
} as const;

export type Texts = (typeof TEXT)['zh-CN'] | (typeof TEXT)['en'];

/** The strings of a language. */
export function texts(language: Language): Texts {
  return TEXT[language];
}

/** English names of the vocabulary core and packs use, by id; Chinese uses the packs' own names. */
const ENGLISH_NAMES: Record<string, string> = {
  centralized: 'Centralized quarantine',
  homeQuarantine: 'Home quarantine',
  homeMonitoring: 'Home health monitoring',
  dailyMonitoring: 'Daily health monitoring',
  closeContact: 'Close contact',
  secondaryContact: 'Contact of a close contact',
  inbound: 'Inbound traveller',
  inboundSevenPlusSeven: 'Inbound traveller (7+7)',
  homeObservation: 'Home medical observation',
  discharged: 'Discharged patient',
  asymptomaticReleased: 'Released asymptomatic case',
  arrivalFromOutsideProvince: 'Arrival from outside the province',
  highRiskAreaTraveller: 'Traveller from a high-risk area',
  mediumRiskAreaTraveller: 'Traveller from a medium-risk area',
  infectedAtHome: 'Infected person isolating at home',
  low: 'Low risk',
  medium: 'Medium risk',
  high: 'High risk',
  low1: 'Low risk, tier 1',
  low2: 'Low risk, tier 2',
  low3: 'Low risk, tier 3',
  medium1: 'Medium risk, tier 1',
  medium2: 'Medium risk, tier 2',
  sealed: 'Sealed',
  open: 'Unsealed',
  controlled: 'Controlled zone',
  precautionary: 'Precautionary zone',
  none: 'Not classified',
};

/** Chinese names of phase kinds and levels when a pack gives none. */
const CHINESE_NAMES: Record<string, string> = {
  centralized: '集中隔离医学观察',
  homeQuarantine: '居家隔离医学观察',
  homeMonitoring: '居家健康监测',
  dailyMonitoring: '日常健康监测',
  low: '低风险',
  medium: '中风险',
  high: '高风险',
  sealed: '封控',
  open: '解封',
};

/**
 * The name to show for a vocabulary id: the English name in English (else the Chinese name given),
 * the Chinese name given in Chinese (else a known one, else the id).
 */
export function nameOf(id: string, chineseName: string | undefined, language: Language): string {
  if (language === 'en') return ENGLISH_NAMES[id] ?? chineseName ?? id;
  return chineseName ?? CHINESE_NAMES[id] ?? id;
}

/** Known jurisdictions by code, as a select shows them. */
const JURISDICTIONS: Record<string, { 'zh-CN': string; en: string }> = {
  CN: { 'zh-CN': '全国', en: 'China (national rules)' },
  'CN-LN': { 'zh-CN': '辽宁省', en: 'Liaoning' },
  'CN-LN-DL': { 'zh-CN': '辽宁省大连市', en: 'Dalian, Liaoning' },
};

/** The name of a jurisdiction code, or the code itself. */
export function jurisdictionName(code: string, language: Language): string {
  return JURISDICTIONS[code]?.[language] ?? code;
}
