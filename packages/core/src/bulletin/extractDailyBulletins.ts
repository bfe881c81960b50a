import type { Instant } from '../time/instant';
import type { Span } from '../types';
import { emptyBulletin, pushWarning } from './_internal/bulletinBuilder';
import { referenceDate, safeInstant } from './_internal/dates';
import { findAsOfMarkers, findPeriodAnchors, type PeriodAnchor } from './_internal/periods';
import { readFigures } from './_internal/readFigures';
import type { DailyBulletin } from './schemas';

/** Options of {@link extractDailyBulletins}. */
export interface ExtractDailyBulletinsOptions {
  /** Publication instant if the caller knows it; dates without a year are read relative to it. */
  reference?: Instant;
  /** Region of bulletins that name none (e.g. `大连市`). */
  region?: string;
  /** Maps a span of `text` to the caller's original input (from `cleanText`). Identity by default. */
  toOriginalSpan?: (span: Span) => Span;
}

const PROVINCES =
  '北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|香港|澳门|台湾';
const REGION_RE =
  /[，,：:\s]{0,3}(?:据)?([\u4e00-\u9fff]{2,12}?)(?=无新增|新增|报告|累计|共报告|确诊|通报|共有|有)/y;
const REGION_OK = new RegExp(`(?:[省市区县州盟旗]|^(?:${PROVINCES}|全国|全省|全市|全区))$`);
const NATIONAL_RE = /[，,\s]{0,3}(?:据)?31个省/y;
const STAMP_RE = /(\d{4})[/-](\d{1,2})[/-](\d{1,2})\s{0,3}(\d{1,2}):(\d{2})/;
const FULL_DATE_RE = /(\d{4})年(\d{1,2})月(\d{1,2})日/g;
const SIGNATURE_RE = /\n[^\n。，,]{2,40}?[ \t　]{0,4}(\d{4})年(\d{1,2})月(\d{1,2})日[ \t　]{0,4}(?=\n|$)/g;

/**
 * The publication instant a document states (`2021/1/20 19:13`, `2022-03-14 07:53`), or null.
 *
 * @example
 * findPublicationStamp('连续天无新增\n2021/1/20 19:13\n…'); // → '2021-01-20T19:13:00+08:00'
 */
export function findPublicationStamp(text: string): Instant | null {
  const match = STAMP_RE.exec(text);
  if (!match) return null;
  return safeInstant(+match[1]!, +match[2]!, +match[3]!, +match[4]!, +match[5]!);
}

/** The latest `YYYY年M月D日` of the text, as a reference for dates without a year. */
function latestFullDate(text: string): Instant | null {
  let latest: Instant | null = null;
  FULL_DATE_RE.lastIndex = 0;
  for (let match = FULL_DATE_RE.exec(text); match; match = FULL_DATE_RE.exec(text)) {
    const instant = safeInstant(+match[1]!, +match[2]!, +match[3]!);
    if (instant && (latest === null || instant > latest)) latest = instant;
  }
  return latest;
}

function regionAfter(text: string, position: number): { name: string; start: number; end: number } | null {
  NATIONAL_RE.lastIndex = position;
  const national = NATIONAL_RE.exec(text);
  if (national) {
    const start = national.index + national[0].indexOf('31');
    return { name: '全国', start, end: start + 3 };
  }
  REGION_RE.lastIndex = position;
  const match = REGION_RE.exec(text);
  if (!match) return null;
  let name = match[1]!;
  let start = match.index + match[0].length - name.length;
  for (const prefix of ['目前', '今日', '当日', '同日', '全省', '全市']) {
    if (name.startsWith(prefix) && name.length > prefix.length + 1) {
      name = name.slice(prefix.length);
      start += prefix.length;
    }
  }
  if (!REGION_OK.test(name)) return null;
  return { name, start, end: start + name.length };
}

function hasAnyFigure(bulletin: DailyBulletin): boolean {
  const figures = [
    bulletin.newConfirmed,
    bulletin.newLocalConfirmed,
    bulletin.newLocalAsymptomatic,
    bulletin.newImported.total,
    bulletin.newImported.confirmed,
    bulletin.newImported.asymptomatic,
    bulletin.asymptomaticToConfirmed,
    bulletin.cumulativeConfirmed,
    bulletin.cumulativeAsymptomatic,
    bulletin.inHospital.total,
    bulletin.inHospital.confirmed,
    bulletin.inHospital.asymptomatic,
    bulletin.severe,
    bulletin.asymptomaticUnderObservation,
    bulletin.discharged.total,
    bulletin.discharged.confirmed,
    bulletin.discharged.asymptomatic,
    bulletin.dischargedCumulative.total,
    bulletin.dischargedCumulative.confirmed,
    bulletin.dischargedCumulative.asymptomatic,
    bulletin.newDeaths,
    bulletin.cumulativeDeaths,
    bulletin.daysWithoutNewCases,
  ];
  return figures.some((figure) => figure.span !== null) || bulletin.breakdowns.length > 0;
}

/**
 * Finds every daily bulletin (疫情通报) in a CLEANED text: each period phrase (`1月12日零时至24时`,
 * `2022年3月13日0—24时`, `（0-24时）`, even `年月日时至时` with its digits stripped) opens a bulletin that runs
 * to the next one; its region follows the period (`，大连市无新增…`) or is inherited from the previous
 * bulletin / `options.region`; its figures are read with their spans, own as-of instants
 * (`截至…24时`, `1月13日下午`), and breakdowns by district or province.
 *
 * Figures the text does not state are null; a slot without a number is null with EMPTY_NUMBER_SLOT; an
 * undatable period is null with UNDATED_PERIOD. Never throws on text.
 *
 * @param text - cleaned text (see `cleanText`); spans are mapped with `options.toOriginalSpan`.
 * @returns the bulletins, in text order.
 * @example
 * const [bulletin] = extractDailyBulletins('2021年1月12日零时至24时,大连市无新增本地确诊病例和本地无症状感染者。');
 * bulletin.period; // → { start: '2021-01-12T00:00:00+08:00', end: '2021-01-13T00:00:00+08:00' }
 * bulletin.region; // → '大连市'
 * bulletin.newLocalConfirmed.value; // → 0
 */
export function extractDailyBulletins(
  text: string,
  options: ExtractDailyBulletinsOptions = {},
): DailyBulletin[] {
  const mapSpan = options.toOriginalSpan ?? ((span: Span) => span);
  const stamp = findPublicationStamp(text);
  const referenceInstant = options.reference ?? stamp ?? latestFullDate(text);
  const reference = referenceInstant ? referenceDate(referenceInstant) : null;
  const anchors = findPeriodAnchors(text, reference).filter((anchor) => !anchor.multiDay);
  const signatures: Array<{ index: number; instant: Instant }> = [];
  SIGNATURE_RE.lastIndex = 0;
  for (let match = SIGNATURE_RE.exec(text); match; match = SIGNATURE_RE.exec(text)) {
    const instant = safeInstant(+match[1]!, +match[2]!, +match[3]!);
    if (instant) signatures.push({ index: match.index, instant });
  }

  const bulletins: DailyBulletin[] = [];
  let previousRegion: string | null = options.region ?? null;
  anchors.forEach((anchor: PeriodAnchor, index) => {
    const end = index + 1 < anchors.length ? anchors[index + 1]!.start : text.length;
    const bulletin = emptyBulletin(mapSpan({ start: anchor.start, end }));
    bulletin.periodSpan = mapSpan({ start: anchor.start, end: anchor.end });
    bulletin.period = anchor.period;
    if (!anchor.period) {
      const why =
        anchor.problem === 'emptySlot'
          ? 'its date or hours are missing (an empty number slot)'
          : anchor.problem === 'noYear'
            ? 'it has no year and no publication date was given or found'
            : 'it is not a valid date and time';
      pushWarning(bulletin.warnings, {
        code: anchor.problem === 'noYear' ? 'YEAR_UNKNOWN' : 'UNDATED_PERIOD',
        message: `the period "${anchor.raw}" cannot be dated: ${why}; the period is null`,
        span: bulletin.periodSpan,
      });
      if (anchor.problem === 'noYear') {
        bulletin.warnings.push({
          code: 'UNDATED_PERIOD',
          message: `the period "${anchor.raw}" cannot be dated without a year; pass options.reference`,
          span: bulletin.periodSpan,
        });
      }
    }
    const region = regionAfter(text, anchor.end);
    if (region) {
      bulletin.region = region.name;
      bulletin.regionSpan = mapSpan({ start: region.start, end: region.end });
      if (region.name !== '全国') previousRegion = region.name;
    } else if (previousRegion) {
      bulletin.region = previousRegion;
    } else {
      bulletin.warnings.push({
        code: 'REGION_UNKNOWN',
        message: 'the bulletin names no region and no default region was given; region is null',
        span: bulletin.periodSpan,
      });
    }
    const signature = signatures.find((candidate) => candidate.index >= anchor.end && candidate.index < end);
    bulletin.publishedAt = options.reference ?? stamp ?? signature?.instant ?? null;

    const periodContext = anchor.period ? referenceDate(anchor.period.start) : null;
    const markers = findAsOfMarkers(text, anchor.end, end, periodContext, reference);
    readFigures(text, anchor.end, end, {
      bulletin,
      mapSpan,
      asOfMarkers: markers,
      periodEnd: anchor.period?.end ?? null,
    });
    if (hasAnyFigure(bulletin)) bulletins.push(bulletin);
  });
  return bulletins;
}
