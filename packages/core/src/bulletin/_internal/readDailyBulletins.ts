import { CHINA_OFFSET, DAY, HOUR } from '../../time/_internal/chinaDays';
import {
  arrayOf,
  expectOptions,
  expectText,
  isFunction,
  isPlainObject,
  isString,
  optional,
} from '../../_internal/args';
import { isInstant } from '../../time/_internal/isInstant';
import { toMillis } from '../../time/_internal/toMillis';
import { findTimeExpressionsUnchecked } from '../../time/findTimeExpressions';
import type { Instant } from '../../time/instant';
import { instantMillis, toChinaInstant } from '../../time/instant';
import type { TimeMatch } from '../../time/types';
import { resolveAreaCode } from '../../areas/resolveAreaCode';
import type { AreaResolver } from '../../areas/resolveAreaCode';
import type { Span, Warning } from '../../types';
import { emptyBulletin, pushWarning } from './bulletinBuilder';
import { type AsOfMarker, asOfMarkersIn, findPeriodAnchors, type PeriodAnchor } from './periods';
import { mergeBulletins } from './mergeBulletins';
import { lastRegionIn, resolveRegion } from './resolveRegion';
import { readFigures } from './readFigures';
import type { BreakdownEntry, DailyBulletin } from '../schemas';
import { findPublicationStamp } from '../findPublicationStamp';
import type { ExtractDailyBulletinsOptions } from '../extractDailyBulletins';

/** Sets `code`/`confidence` of breakdown entries, children looked up within their parent. */
function resolveBreakdown(entries: BreakdownEntry[], resolver: AreaResolver, within: string | null): void {
  for (const entry of entries) {
    const resolved = resolveAreaCode(resolver, entry.area, within);
    entry.code = resolved.code;
    entry.confidence = resolved.confidence;
    if (entry.children.length > 0) resolveBreakdown(entry.children, resolver, entry.code ?? entry.area);
  }
}

const PROVINCES =
  '北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|香港|澳门|台湾';
const REGION_RE =
  /[，,：:\s]{0,3}(?:据)?([\u4e00-\u9fff]{2,12}?)(?=无新增|新增|报告|累计|共报告|确诊|通报|共有|现有|有)/y;
const REGION_SUFFIX_OK = new RegExp(`(?:[省市区县州盟旗]|^(?:${PROVINCES}|全国|全省|全市|全区))$`);
/** A region name: with a division ending, a province, or a bare city name the region table knows (`大连`). */
const REGION_OK = {
  test: (name: string): boolean => REGION_SUFFIX_OK.test(name) || resolveRegion(name) !== null,
};
const NATIONAL_RE = /[，,\s]{0,3}(?:据)?31个省/y;
const SIGNATURE_RE = /\n[^\n。，,]{2,40}?[ \t　]{0,4}(\d{4})年(\d{1,2})月(\d{1,2})日[ \t　]{0,4}(?=\n|$)/g;

/** A calendar date as an instant at 00:00 in China, or null when it does not exist. */
function dateInstant(year: number, month: number, day: number): Instant | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  // Plain calendar arithmetic (no zone library): the date exists iff UTC round-trips it.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}T00:00:00+08:00`;
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Reads 1–`max` ASCII digits at `at` followed by `unit`; `[value, end after unit]` or null. */
function digitsBefore(text: string, at: number, max: number, unit: string): [number, number] | null {
  let end = at;
  let value = 0;
  while (end < text.length && end - at < max && isDigit(text.charCodeAt(end))) {
    value = value * 10 + text.charCodeAt(end) - 0x30;
    end++;
  }
  return end > at && text[end] === unit ? [value, end + 1] : null;
}

/** The latest `YYYY年M月D日` of the text, as a reference for dates without a year (anchored on 年). */
function latestFullDate(text: string): Instant | null {
  let best = -1;
  for (let at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
    if (at < 4 || !isDigit(text.charCodeAt(at - 4)) || (at > 4 && isDigit(text.charCodeAt(at - 5)))) continue;
    const year = digitsBefore(text, at - 4, 4, '年');
    const month = year && digitsBefore(text, year[1], 2, '月');
    const day = month && digitsBefore(text, month[1], 2, '日');
    if (!year || !month || !day || month[0] > 12 || day[0] > 31) continue;
    best = Math.max(best, year[0] * 10_000 + month[0] * 100 + day[0]);
  }
  if (best < 0) return null;
  return dateInstant(Math.floor(best / 10_000), Math.floor(best / 100) % 100, best % 100);
}

/**
 * The reference instant daily bulletins are read with: `reference` if given, else the publication
 * stamp of the text, else its latest full date (`2022年3月14日`), else null.
 */
export function bulletinReference(text: string, reference?: Instant): Instant | null {
  return reference ?? findPublicationStamp(text) ?? latestFullDate(text);
}

/** First characters of the words REGION_RE looks ahead for (无新增 新增 报告 累计 共报告 确诊 通报 共有 有). */
const REGION_WORD_START = new Uint8Array(0x10000);
for (const char of '无新报累共确通有现') REGION_WORD_START[char.charCodeAt(0)] = 1;

/**
 * A cheap necessary condition for {@link regionAfter}: `31` of NATIONAL_RE within 5 characters, or a
 * word REGION_RE looks ahead for 2–16 characters on (≤ 3 separators, 据, a name of 2–12).
 */
function regionMayFollow(text: string, position: number): boolean {
  const limit = Math.min(text.length, position + 17);
  for (let index = position; index < limit; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x33 /* 3 */ && index <= position + 4) return true;
    if (REGION_WORD_START[code] === 1 && index >= position + 2) return true;
  }
  return false;
}

function regionAfter(text: string, position: number): { name: string; start: number; end: number } | null {
  if (!regionMayFollow(text, position)) return null;
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
  for (const prefix of ['目前', '今日', '当日', '同日', '全省', '全市', '均系', '均为', '均在']) {
    if (name.startsWith(prefix) && name.length > prefix.length + 1) {
      name = name.slice(prefix.length);
      start += prefix.length;
    }
  }
  if (!REGION_OK.test(name)) return null;
  return { name, start, end: start + name.length };
}

/** How far before a bulletin its region may be named (a title, the sentence before the period). */
const REGION_LOOKBACK = 80;

/**
 * Sets `regionName` / `regionCode`: the written region resolved with or without its ending; for a
 * self-reference (全省, 本市) or no region, the region named just before the bulletin (its title, the
 * sentence before the period), else the region of the bulletin before it.
 */
function setResolvedRegion(
  bulletin: DailyBulletin,
  text: string,
  start: number,
  previous: { name: string; code: string } | null,
): void {
  const written = bulletin.region;
  let resolved =
    written && !SELF_REFERENCES.has(written) && written !== '全国' ? resolveRegion(written) : null;
  if (!resolved && (written === null || SELF_REFERENCES.has(written))) {
    resolved = lastRegionIn(text.slice(Math.max(0, start - REGION_LOOKBACK), start)) ?? previous;
  }
  bulletin.regionName = resolved?.name ?? null;
  bulletin.regionCode = resolved?.code ?? null;
}

/** Province names and `…省` / `…市` (not districts: those are breakdowns, not bulletins of their own). */
// A bare city name (`佛山报告1例`) inside a province's bulletin is a part of it, not a new bulletin.
const SWITCH_REGION_OK = new RegExp(`(?:[省市]|^(?:${PROVINCES}))$`);

/**
 * Where another region's bulletin starts inside `[from, to)`: a sentence (after `。`, `；` or a line
 * break) that opens with a province or city other than `region`, followed by its figures.
 */
const SELF_REFERENCES = new Set([
  '全市',
  '全省',
  '全区',
  '全县',
  '本市',
  '本省',
  '本区',
  '本县',
  '我市',
  '我省',
  '我区',
  '我县',
]);

function regionSwitches(
  text: string,
  from: number,
  to: number,
  region: string | null,
  asOfEnds: ReadonlyMap<number, number>,
): Array<{ name: string; start: number; end: number }> {
  const found: Array<{ name: string; start: number; end: number }> = [];
  let current = region;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code !== 0x3002 && code !== 0xff1b && code !== 0x3b && code !== 0x0a) continue; // 。 ； ; \n
    // `南昌市新增…。截至2月18日24时，江西省现有…`: the as-of sentence names the region it goes back to.
    let at = index + 1;
    while (at < to && (text[at] === ' ' || text[at] === '　')) at++;
    const region = regionAfter(text, asOfEnds.get(at) ?? index + 1);
    if (!region || region.end > to || region.name === current || !SWITCH_REGION_OK.test(region.name))
      continue;
    // 全市 / 本市 / 我省 … name the bulletin's own region again: no new record.
    if (SELF_REFERENCES.has(region.name)) continue;
    if (current && (current.startsWith(region.name) || region.name.startsWith(current))) continue;
    found.push(region);
    current = region.name;
  }
  return found;
}

/**
 * A period anchor, or (`asOf` set, `period` null) the `截至…` opening a cumulative-only report; a
 * headline names its region before its date (`北京5月1日新增…`).
 */
type Anchor = PeriodAnchor & { asOf?: Instant; region?: { name: string; start: number; end: number } };

/** Case words that make a period without figures worth a record with a warning. */
const CASE_WORDS_RE = /确诊|无症状感染者|疑似病例|感染者/;
/** How far after a period its case words are looked for. */
const CASE_WORDS_WINDOW = 200;

/** Longest period read as a bulletin of its own (3 days); longer ones are cumulative ranges. */
const MAX_BULLETIN_HOURS = 72;
const isLongRange = (anchor: PeriodAnchor): boolean =>
  anchor.period !== null &&
  instantMillis(anchor.period.end) - instantMillis(anchor.period.start) > MAX_BULLETIN_HOURS * HOUR;

const HEADLINE_FIGURES_RE = /^[，,：:\s]{0,2}(?:本土)?(?:无新增|新增)/;

/** The region written right before `position` on its line (`北京`, `上海市`), if any. */
function regionBefore(text: string, position: number): { name: string; start: number; end: number } | null {
  let start = position;
  while (start > 0 && position - start < 12 && /[\u4e00-\u9fff]/.test(text[start - 1]!)) start--;
  const name = text.slice(start, position);
  if (!name || !REGION_OK.test(name) || SELF_REFERENCES.has(name)) return null;
  const before = start > 0 ? text[start - 1]! : '\n';
  return '\n。；，, 　'.includes(before) ? { name, start, end: position } : null;
}

/**
 * Headlines: a whole day followed by new figures (`北京5月1日新增36例本土确诊病例…`,
 * `上海2022年4月21日，新增本土…`, `1月12日,大连市无新增…`) at the start of a line or after a region
 * name. Each is the bulletin of that day.
 */
function headlineAnchors(text: string, times: readonly TimeMatch[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const match of times) {
    if (!match.ok || match.value.kind !== 'period' || match.value.precision !== 'day') continue;
    if (instantMillis(match.value.end) - instantMillis(match.value.start) !== DAY) continue;
    const region = regionBefore(text, match.span.start);
    const lineStart = match.span.start === 0 || '\n。'.includes(text[match.span.start - 1]!);
    if (!region && !lineStart) continue;
    const after = regionAfter(text, match.span.end);
    const figuresAt = after ? after.end : match.span.end;
    if (!HEADLINE_FIGURES_RE.test(text.slice(figuresAt, figuresAt + 8))) continue;
    const anchor: Anchor = {
      start: region ? region.start : match.span.start,
      end: match.span.end,
      raw: match.text,
      period: { start: match.value.start, end: match.value.end },
      problem: null,
      multiDay: false,
    };
    if (region && !after) anchor.region = region;
    anchors.push(anchor);
  }
  return anchors;
}

/** Merges two lists of anchors in text order, dropping one that starts inside another. */
function mergeAnchors(first: Anchor[], second: Anchor[]): Anchor[] {
  const all = [...first, ...second].sort((a, b) => a.start - b.start);
  const kept: Anchor[] = [];
  for (const anchor of all) {
    const last = kept[kept.length - 1];
    if (last && anchor.start < last.end) continue;
    kept.push(anchor);
  }
  return kept;
}

/**
 * In a document with no period at all: each `截至1月25日24时，温州市累计报告…` that opens a sentence
 * opens a cumulative-only report (no period; its figures carry the as-of instant).
 */
function cumulativeAnchors(text: string, times: readonly TimeMatch[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const match of times) {
    if (!match.ok || match.value.kind !== 'asOf') continue;
    const before = match.span.start > 0 ? text[match.span.start - 1] : '\n';
    if (before !== '\n' && before !== '。') continue;
    const region = regionAfter(text, match.span.end);
    if (!region) continue;
    const newFigures = text.startsWith('新增', region.end) || text.startsWith('无新增', region.end);
    if (!newFigures && !text.startsWith('累计', region.end)) continue;
    // `截至1月9日24时，甲市新增…`: new figures up to a midnight are that day's.
    const end = instantMillis(match.value.at);
    const midnight = (end + CHINA_OFFSET) % DAY === 0;
    anchors.push({
      start: match.span.start,
      end: match.span.end,
      raw: match.text,
      period:
        newFigures && midnight
          ? {
              start: `${new Date(end - DAY + CHINA_OFFSET).toISOString().slice(0, 19)}+08:00`,
              end: match.value.at,
            }
          : null,
      problem: null,
      multiDay: false,
      asOf: match.value.at,
    });
  }
  return anchors;
}

/** An as-of instant's opening word: a failed time expression starting so was meant as one. */
const AS_OF_OPENING_RE = /^(?:截至|截止)/;

/** An as-of instant before the first bulletin that opens none: why, and where. */
interface LeadingAsOfProblem {
  raw: string;
  words: string;
  span: Span;
  /** Why it cannot be dated, or null when it is dated but has no count in its sentence. */
  undated: string | null;
  /** The date lacks only its year (YEAR_UNKNOWN). */
  noYear: boolean;
}

/** A count with its counter (`26例`, `十二名`). */
const COUNT_RE = /[0-9０-９零〇一二两三四五六七八九十百千万]\s?[例名人]/;

/**
 * As-of instants (`截至4月9日24时`) before the first anchor, followed by case words and, in their own
 * sentence, a count: nothing else reads the text there, so each opens a cumulative report of its
 * own (no period; its figures carry the instant). An as-of instant with case words but no count
 * (`截至…，上述地区已连续14天无新增本土确诊病例`) states the condition of a notice, not figures: it
 * opens no record: it gets an `AS_OF_WITHOUT_FIGURES` warning in `unread`. A title
 * (`截至…河南省疫情最新情况`), with no case word before the period, opens nothing and says nothing.
 */
function leadingAsOfAnchors(
  text: string,
  times: readonly TimeMatch[],
  limit: number,
  unread: LeadingAsOfProblem[],
): Anchor[] {
  // Dated as-of instants, and failed expressions that open like one (`截至月日24时`).
  const starts: TimeMatch[] = [];
  for (const match of times) {
    if (match.span.start >= limit) break;
    if (match.ok ? match.value.kind === 'asOf' : AS_OF_OPENING_RE.test(match.text)) starts.push(match);
  }
  const anchors: Anchor[] = [];
  starts.forEach((match, index) => {
    const end = index + 1 < starts.length ? starts[index + 1]!.span.start : limit;
    const window = text.slice(match.span.end, Math.min(end, match.span.end + CASE_WORDS_WINDOW));
    const sentenceEnd = window.search(/[。\n]/);
    const sentence = sentenceEnd < 0 ? window : window.slice(0, sentenceEnd);
    const words = CASE_WORDS_RE.exec(window);
    if (!words) return;
    if (!match.ok) {
      // An as-of instant that cannot be dated dates nothing: said, not dropped.
      const noYear = match.code === 'NEEDS_REFERENCE';
      unread.push({ raw: match.text, words: words[0], span: match.span, undated: match.reason, noYear });
      return;
    }
    if (match.value.kind !== 'asOf') return; // only as-of instants are kept above
    if (!COUNT_RE.test(sentence)) {
      unread.push({ raw: match.text, words: words[0], span: match.span, undated: null, noYear: false });
      return;
    }
    anchors.push({
      start: match.span.start,
      end: match.span.end,
      raw: match.text,
      period: null,
      problem: null,
      multiDay: false,
      asOf: match.value.at,
    });
  });
  return anchors;
}

function hasAnyFigure(bulletin: DailyBulletin): boolean {
  // Nearly every figure read is in `figures`: the named fields are looked at only without any.
  if (bulletin.figures.length > 0 || bulletin.breakdowns.length > 0) return true;
  return (
    bulletin.newConfirmed.span !== null ||
    bulletin.newLocalConfirmed.span !== null ||
    bulletin.newLocalAsymptomatic.span !== null ||
    bulletin.newImported.total.span !== null ||
    bulletin.newImported.confirmed.span !== null ||
    bulletin.newImported.asymptomatic.span !== null ||
    bulletin.asymptomaticToConfirmed.span !== null ||
    bulletin.cumulativeConfirmed.span !== null ||
    bulletin.cumulativeAsymptomatic.span !== null ||
    bulletin.inHospital.total.span !== null ||
    bulletin.inHospital.confirmed.span !== null ||
    bulletin.inHospital.asymptomatic.span !== null ||
    bulletin.severe.span !== null ||
    bulletin.asymptomaticUnderObservation.span !== null ||
    bulletin.discharged.total.span !== null ||
    bulletin.discharged.confirmed.span !== null ||
    bulletin.discharged.asymptomatic.span !== null ||
    bulletin.dischargedCumulative.total.span !== null ||
    bulletin.dischargedCumulative.confirmed.span !== null ||
    bulletin.dischargedCumulative.asymptomatic.span !== null ||
    bulletin.newDeaths.span !== null ||
    bulletin.cumulativeDeaths.span !== null ||
    bulletin.daysWithoutNewCases.span !== null
  );
}

const DAILY_BULLETIN_OPTIONS = {
  reference: optional(isInstant),
  region: optional(isString),
  toOriginalSpan: optional(isFunction),
  timeExpressions: optional(arrayOf(isPlainObject)),
  resolveArea: optional(isFunction),
};

/** The document-level warning of an as-of instant that opens no bulletin. */
function asOfWarning(problem: LeadingAsOfProblem, mapSpan: (span: Span) => Span): Warning {
  const { raw, words, span, undated, noYear } = problem;
  if (undated === null) {
    return {
      code: 'AS_OF_WITHOUT_FIGURES',
      message: `the as-of instant "${raw}" is followed by case words ("${words}") but no count in its sentence (a condition or a statement without figures); it opens no bulletin`,
      span: mapSpan(span),
    };
  }
  return {
    code: noYear ? 'YEAR_UNKNOWN' : 'UNDATED_PERIOD',
    message: `the as-of instant "${raw}" is followed by case words ("${words}") but cannot be dated (${undated}); it opens no bulletin${noYear ? '; pass options.reference' : ''}`,
    span: mapSpan(span),
  };
}

/** The dated signatures of the text (`某市卫生健康委员会 2021年1月20日` on a line of its own), in text order. */
function signaturesIn(text: string): Array<{ index: number; instant: Instant }> {
  const signatures: Array<{ index: number; instant: Instant }> = [];
  SIGNATURE_RE.lastIndex = 0;
  for (let match = SIGNATURE_RE.exec(text); match; match = SIGNATURE_RE.exec(text)) {
    const instant = dateInstant(+match[1]!, +match[2]!, +match[3]!);
    if (instant) signatures.push({ index: match.index, instant });
  }
  return signatures;
}

/** Says why the period of a bulletin cannot be dated (YEAR_UNKNOWN or UNDATED_PERIOD). */
function warnUndatedPeriod(bulletin: DailyBulletin, anchor: Anchor): void {
  const span = bulletin.periodSpan ?? bulletin.span; // set by the caller
  const why =
    anchor.problem === 'emptySlot'
      ? 'its date or hours are missing (an empty number slot)'
      : anchor.problem === 'noYear'
        ? 'it has no year and no publication date was given or found'
        : 'it is not a valid date and time';
  pushWarning(bulletin.warnings, {
    code: anchor.problem === 'noYear' ? 'YEAR_UNKNOWN' : 'UNDATED_PERIOD',
    message: `the period "${anchor.raw}" cannot be dated: ${why}; the period is null`,
    span,
  });
  if (anchor.problem === 'noYear') {
    bulletin.warnings.push({
      code: 'UNDATED_PERIOD',
      message: `the period "${anchor.raw}" cannot be dated without a year; pass options.reference`,
      span,
    });
  }
}

/** The bulletin of a second region inside the same period: the period and its warnings, its own region. */
function switchedBulletin(
  text: string,
  bulletin: DailyBulletin,
  next: { name: string; start: number; end: number },
  segmentEnd: number,
  mapSpan: (span: Span) => Span,
): DailyBulletin {
  const current = emptyBulletin(mapSpan({ start: next.start, end: segmentEnd }));
  current.periodSpan = bulletin.periodSpan;
  current.period = bulletin.period;
  current.periodHours = bulletin.periodHours;
  current.warnings.push(...bulletin.warnings.filter((warning) => warning.span === bulletin.periodSpan));
  current.region = next.name;
  current.regionSpan = mapSpan({ start: next.start, end: next.end });
  current.publishedAt = bulletin.publishedAt;
  setResolvedRegion(current, text, next.start, null);
  return current;
}

/**
 * For a bulletin without figures: warns UNREAD_FIGURE when case words follow its period, and says
 * whether it did (a record without figures and without case words is dropped).
 */
function warnUnreadFigures(
  text: string,
  bulletin: DailyBulletin,
  anchor: Anchor,
  from: number,
  to: number,
): boolean {
  const words = CASE_WORDS_RE.exec(text.slice(from, Math.min(to, from + CASE_WORDS_WINDOW)));
  if (!words) return false;
  bulletin.warnings.push({
    code: 'UNREAD_FIGURE',
    message: `the ${anchor.asOf ? 'as-of instant' : 'period'} "${anchor.raw}" is followed by case words ("${words[0]}") but no figure could be read; the record holds none`,
    span: bulletin.periodSpan ?? bulletin.span,
  });
  return true;
}

/**
 * `extractDailyBulletins` with the warnings that belong to no bulletin: as-of instants
 * followed by case words that open none (`AS_OF_WITHOUT_FIGURES`). `extractRecords` reports them
 * among the document's warnings.
 */
export function readDailyBulletins(
  text: string,
  options: ExtractDailyBulletinsOptions = {},
): { bulletins: DailyBulletin[]; warnings: Warning[] } {
  expectText(text, 'text');
  expectOptions(options, 'options', DAILY_BULLETIN_OPTIONS);
  return readDailyBulletinsUnchecked(text, options);
}

/**
 * {@link readDailyBulletins} for `extractRecords`, which builds the options itself (its time
 * expressions, a reference already read): the arguments are not checked again (checking every
 * time match and reading the reference once more was about 1% of a short document).
 */
export function readDailyBulletinsUnchecked(
  text: string,
  options: ExtractDailyBulletinsOptions,
): { bulletins: DailyBulletin[]; warnings: Warning[] } {
  const given =
    options.reference === undefined
      ? undefined
      : toChinaInstant(toMillis(options.reference, 'options.reference'));
  const mapSpan = options.toOriginalSpan ?? ((span: Span) => span);
  const stamp = findPublicationStamp(text);
  const reference = given ?? stamp ?? latestFullDate(text);
  const times =
    options.timeExpressions ?? findTimeExpressionsUnchecked(text, reference === null ? {} : { reference });
  // A period of a few days (`23日至24日15时`) is a bulletin; a long range (`2月26日0时至4月20日24时，累计…`)
  // is the span of the cumulative figures of the bulletin it stands in.
  const periodAnchors: Anchor[] = mergeAnchors(
    findPeriodAnchors(times, reference).filter((anchor) => !isLongRange(anchor)),
    headlineAnchors(text, times),
  );
  const blocks = periodAnchors.length > 0 ? periodAnchors : cumulativeAnchors(text, times);
  const unreadAsOf: LeadingAsOfProblem[] = [];
  const anchors = [
    ...leadingAsOfAnchors(text, times, blocks[0]?.start ?? text.length, unreadAsOf),
    ...blocks,
  ];
  const warnings: Warning[] = unreadAsOf.map((problem) => asOfWarning(problem, mapSpan));
  const signatures = signaturesIn(text);
  let timeCursor = 0;
  let signatureCursor = 0;
  const asOfEnds = new Map<number, number>();
  for (const match of times)
    if (match.ok && match.value.kind === 'asOf') asOfEnds.set(match.span.start, match.span.end);

  const bulletins: DailyBulletin[] = [];
  let previousRegion: string | null = options.region ?? null;
  let previousResolved = options.region ? resolveRegion(options.region) : null;
  anchors.forEach((anchor: Anchor, index) => {
    const end = index + 1 < anchors.length ? anchors[index + 1]!.start : text.length;
    const bulletin = emptyBulletin(mapSpan({ start: anchor.start, end }));
    bulletin.periodSpan = mapSpan({ start: anchor.start, end: anchor.end });
    bulletin.period = anchor.period;
    if (anchor.period) {
      bulletin.periodHours = (instantMillis(anchor.period.end) - instantMillis(anchor.period.start)) / HOUR;
    }
    if (!anchor.period && !anchor.asOf) warnUndatedPeriod(bulletin, anchor);
    const region = anchor.region ?? regionAfter(text, anchor.end);
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
    setResolvedRegion(bulletin, text, anchor.start, previousResolved);
    if (bulletin.regionCode) previousResolved = { name: bulletin.regionName!, code: bulletin.regionCode };
    // Anchors and signatures are both in text order: one forward cursor keeps this linear.
    while (signatureCursor < signatures.length && signatures[signatureCursor]!.index < anchor.end)
      signatureCursor++;
    const candidate = signatures[signatureCursor];
    const signature = candidate && candidate.index < end ? candidate : undefined;
    bulletin.publishedAt = given ?? stamp ?? signature?.instant ?? null;

    const markers: AsOfMarker[] = [];
    // A cumulative report's own `截至…24时` dates its figures.
    timeCursor = asOfMarkersIn(times, timeCursor, anchor.asOf ? anchor.start : anchor.end, end, markers);
    // A second region's bulletin inside the same period (`…大连市无新增…；辽宁省新增…`): its own record.
    const switches = regionSwitches(text, anchor.end, end, bulletin.region, asOfEnds);
    if (switches.length > 0) bulletin.span = mapSpan({ start: anchor.start, end: switches[0]!.start });
    let segmentStart = anchor.asOf ? anchor.start : anchor.end;
    let current = bulletin;
    for (let part = 0; part <= switches.length; part++) {
      const segmentEnd = part < switches.length ? switches[part]!.start : end;
      if (part > 0) {
        const next = switches[part - 1]!;
        current = switchedBulletin(text, bulletin, next, segmentEnd, mapSpan);
      }
      const readFrom = segmentStart;
      readFigures(text, segmentStart, segmentEnd, {
        bulletin: current,
        mapSpan,
        asOfMarkers: markers.filter((marker) => marker.start >= segmentStart && marker.start < segmentEnd),
        periodEnd: anchor.period?.end ?? null,
      });
      segmentStart = segmentEnd;
      // A period followed by case words gives a record that says why it holds no figure.
      if (!hasAnyFigure(current) && !warnUnreadFigures(text, current, anchor, readFrom, segmentEnd)) continue;
      if (options.resolveArea && current.breakdowns.length > 0) {
        resolveBreakdown(current.breakdowns, options.resolveArea, current.region);
      }
      bulletins.push(current);
    }
  });
  return { bulletins: mergeBulletins(bulletins), warnings };
}
