/**
 * The words of the figure grammar and the role each one plays. This table is the grammar: the
 * engine (`readClauses.ts`) knows no Chinese word of its own. To teach it a new phrasing, add the
 * word here with its roles; longer words win over their prefixes (`无症状感染者` over `无`).
 *
 * Roles (see `docs/extraction.md`, "The figure grammar"):
 * - `measure`: what is counted (reported cases, discharges, deaths, people in hospital …);
 * - `tally`: over which time (new in the period, cumulative, current, change from the day before),
 *   or a revision of a count reported before (核增/核减: the correction, not a count of the measure), or a
 *   count announced for a later day (即将/预计: not a count of the period);
 * - `scope`: local (本土/本地) or imported (境外输入); a figure that states neither stays `unstated`;
 * - `kind`: confirmed, asymptomatic, suspected, infections (confirmed + asymptomatic), cases (病例 /
 *   患者 without more), close contacts;
 * - `severity`, `foundIn`, `sex`: qualifiers (重型/危重型/轻型/普通型, or a stable condition 病情平稳; found in quarantine or by
 *   screening; 男性/女性);
 * - `area`: the phrase counts people outside the record's region (`收到港澳台地区通报确诊病例N例`:
 *   cases Hong Kong, Macau and Taiwan notified, not the mainland's): the figure is that area's;
 * - `negation`: the phrase states zero (无新增, 未发现);
 * - `link`: a connective (和 joins siblings, 其中 opens parts of the figure before, 均为 refines it,
 *   分别为 hands listed kinds to the counts that follow, 订正为 corrects the count before it: that
 *   count is marked `superseded`, and the count after it takes its roles, `由411例订正为631例`);
 * - `filler`: words that change nothing but must not break a phrase (disease names, 报告, 当日).
 *
 * Weak words (`weak: true`) only fill a role the phrase has not stated (`确诊的N例本土病例`: 病例 does
 * not undo 确诊).
 */

export type Measure =
  | 'reported'
  | 'discharged'
  | 'released'
  | 'deaths'
  | 'inHospital'
  | 'underObservation'
  | 'converted'
  | 'excluded';
export type Tally = 'new' | 'cumulative' | 'current' | 'change' | 'revision' | 'expected' | 'unstated';
export type Scope = 'local' | 'imported' | 'unstated';
export type Kind = 'confirmed' | 'asymptomatic' | 'suspected' | 'infections' | 'cases' | 'closeContacts';
export type Severity = 'mild' | 'common' | 'severe' | 'critical' | 'stable';
export type FoundIn = 'quarantine' | 'screening' | 'community';
export type Sex = 'male' | 'female';
export type Link = 'and' | 'partOf' | 'refine' | 'respectively' | 'corrects';

/** The roles a word sets. */
export interface WordRoles {
  measure?: Measure;
  tally?: Tally;
  scope?: Scope;
  kind?: Kind;
  severity?: Severity;
  foundIn?: FoundIn;
  sex?: Sex;
  /** The area the phrase's figures belong to, outside the record's region (`港澳台地区`). */
  area?: string;
  negation?: true;
  /** The count is a decrease (`较前一日减少2例`): its value is negative. */
  negative?: true;
  link?: Link;
  filler?: true;
  weak?: true;
}

const words = (list: string, roles: WordRoles): Array<[string, WordRoles]> =>
  list.split(' ').map((word) => [word, roles]);

/** Every word of the grammar, grouped by what it says. */
export const FIGURE_WORDS: ReadonlyArray<readonly [string, WordRoles]> = [
  // measure + tally
  ...words('新增 新发现 新报告', { tally: 'new' }),
  ...words('累计 累计有 累计收到', { tally: 'cumulative' }),
  ...words('累计报告 共报告', { tally: 'cumulative', measure: 'reported' }),
  ...words('现有 目前 尚有 现存', { tally: 'current' }),
  ...words('在院治疗 在院隔离治疗 住院治疗 住院 在院 住院病例 正在住院治疗 隔离治疗 住院隔离治疗', {
    measure: 'inHospital',
    tally: 'current',
  }),
  ...words('出院 治愈出院 痊愈出院 治愈', { measure: 'discharged' }),
  ...words('解除医学观察 解除隔离医学观察 解除集中隔离医学观察', { measure: 'released' }),
  ...words('死亡 病亡 死亡病例', { measure: 'deaths' }),
  ...words('医学观察 尚在医学观察 正在实施医学观察 医学观察中 正在接受医学观察 集中隔离医学观察', {
    measure: 'underObservation',
    tally: 'current',
  }),
  // everyone observed so far (`累计医学观察密切接触者20229人`), not those observed now
  ...words('累计医学观察 累计集中隔离医学观察 累计实施医学观察', {
    measure: 'underObservation',
    tally: 'cumulative',
  }),
  ...words('转为确诊病例 转为确诊 转确诊 转归 订正为确诊病例 转为确诊患者', {
    measure: 'converted',
    kind: 'confirmed',
  }),
  // a change from an earlier count (`较前一日增加`, `较8日减少`, `重症病例减少N例`): never a count itself
  ...words('增加 较前一日增加 较前一日新增 比前一日增加 较昨日增加 比昨日增加 较前一天增加', {
    tally: 'change',
  }),
  // `增加至6例` states the count reached, not a change: the count keeps the roles of its phrase
  ...words('增加至 增加到 增至 减少至 减少到 减至 降至', { filler: true }),
  ...words('减少 较前一日减少 比前一日减少 较昨日减少 比昨日减少 较前一天减少', {
    tally: 'change',
    negative: true,
  }),
  // a revision of a count reported before (`累计确诊病例804例（某市核增1例）`): the correction alone
  ...words('核增 订正增加', { tally: 'revision' }),
  ...words('核减 订正减少', { tally: 'revision', negative: true }),
  // a count announced for a later day (`2月13日即将治愈出院38例`, `预计治愈出院34例`): not the period's
  ...words('即将 预计', { tally: 'expected' }),
  ...words('排除 排除疑似病例 已排除', { measure: 'excluded' }),
  // scope
  ...words('本土 本地 本土新冠肺炎', { scope: 'local' }),
  ...words('境外输入 境外输入性 输入性 境外输入型 外省输入', { scope: 'imported' }),
  // kind
  ...words('确诊病例 确诊患者 确诊 确诊的 确诊人数', { kind: 'confirmed' }),
  ...words('无症状感染者 无症状 无症状病例', { kind: 'asymptomatic' }),
  ...words('疑似病例 疑似 疑似患者', { kind: 'suspected' }),
  ...words('感染者 感染病例 阳性感染者', { kind: 'infections' }),
  ...words('病例 患者', { kind: 'cases', weak: true }),
  ...words('密切接触者 密接 次密切接触者 次密接', { kind: 'closeContacts' }),
  ...words('解除密切接触者 解除密接', { measure: 'released', kind: 'closeContacts' }),
  // qualifiers
  ...words('轻型 轻症 轻型病例 轻症病例', { severity: 'mild' }),
  ...words('普通型 普通病例 普通型病例', { severity: 'common' }),
  ...words('重型 重症 重症病例 重症患者', { severity: 'severe' }),
  ...words('危重型 危重症 危重 危重病例 危重症病例 危重患者', { severity: 'critical' }),
  // a condition, not a clinical type: cases said to be stable (`病情平稳98例`, `233例病情稳定`)
  ...words('病情平稳 病情稳定 病情均平稳 病情均稳定 生命体征平稳', { severity: 'stable' }),
  ...words('隔离管控中 集中隔离点 隔离管控人员中 闭环管控中 在隔离管控中', { foundIn: 'quarantine' }),
  ...words('风险人群筛查中 风险人群筛查 筛查中 风险人群排查中 相关风险人群排查中 筛查出', {
    foundIn: 'screening',
  }),
  ...words('社会面 社区筛查中', { foundIn: 'community' }),
  ...words('港澳台地区 港澳台', { area: '港澳台地区' }),
  ...words('男性 男', { sex: 'male' }),
  ...words('女性 女', { sex: 'female' }),
  // negation
  ...words('无新增 未新增 无报告新增 无新发现 零新增', { negation: true, tally: 'new' }),
  ...words('未发现 无 暂无 均无 未报告 未有', { negation: true }),
  // connectives
  ...words('和 、 及 与 以及', { link: 'and' }),
  ...words('其中 含 包括 包含', { link: 'partOf' }),
  ...words('均为 均系 全部为 均是 均在 为 系', { link: 'refine' }),
  // where the cases were moved (`6例…已转至定点医疗机构医学观察`) says where they are, not a count of all there
  ...words('转至 转运至 转送至', { link: 'refine' }),
  ...words('分别为 分别是 分别', { link: 'respectively' }),
  ...words('订正为 更正为 修正为', { link: 'corrects' }),
  // fillers: words that stand inside a phrase and change none of its roles
  ...words(
    '新冠肺炎 新型冠状病毒肺炎 新型冠状病毒感染的肺炎 新型冠状病毒感染 新冠病毒 报告 当日 今日 同日 此前 既往 共计 合计 发现 共有',
    { filler: true },
  ),
];

/** Counters after a count. `例` and `名` always count people; `人` and `个` only beside a kind word. */
export const CASE_COUNTERS = '例名';
export const WEAK_COUNTERS = '人个位';
