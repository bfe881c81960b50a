import { COUNTRY_NAMES } from './countryNames';
import { CLASS, HARD, isBlank, isHan, isLeadingNoise, SOFT } from './clauseChars';
import { type ResolvedRegion, resolveRegion } from './resolveRegion';

/**
 * What the characters around a count name, read in place: the area a list item names (`上海11例`),
 * a country or origin (`英国2例`, `来自英国4例`), a hospital, an age band or an exposure, the names a
 * count after 各 is each of, and whose zero a negation states. The clause reader (`readClauses.ts`)
 * asks these for the gap of unknown characters before a count, or the stretch after it.
 */

const PROVINCE_NAMES = new Set(
  '北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾'.split(
    ' ',
  ),
);

/** Longest area name before a count (`新疆生产建设兵团`, `香港特别行政区`). */
export const MAX_AREA = 16;

/** Words before an area name that are not part of it, stripped in this order (`其中在北京…`). */
const AREA_PREFIXES = ['其中', '在', '为', '均在'];
const AREA_ENDING_RE = /(?:[省市区县旗州盟镇乡师]|兵团|地区|街道)$/;
/** People from elsewhere, listed beside the districts (`外地来津6例`, `外省来京人员3例`): a list item of its own. */
const VISITORS_RE = /^外(?:地|省|市|省市)来[\u4e00-\u9fff]{1,2}(?:人员)?$/;
/**
 * Divisions whose names begin with 和, which is also the connective `and` (`南开区2例，和平区1例`): 和
 * right before the rest of one of these names belongs to the name. Every county and prefecture of the
 * division dataset that begins with 和 (a test checks), and 和田 without its ending.
 */
export const NAMES_BEGINNING_WITH_AND = new Set(
  '和平区 和平县 和顺县 和林格尔县 和龙市 和县 和政县 和静县 和硕县 和田市 和田县 和田地区 和田 和布克赛尔蒙古自治县'.split(
    ' ',
  ),
);
/** Words for the record's own region (`我市`, `本省`, `全市`). */
export const OWN_REGION_RE = /^[我本全该][省市区县州]$/;

/**
 * The area named by `[start, end)` of the text (`北京`, `锡林郭勒盟`), after its leading noise and
 * prefixes, or null: 2 to MAX_AREA Han characters, a province, a name with a division ending, or a
 * province or prefecture without its ending (`合肥`, `延边`); or, when 和 comes right before the name,
 * a division whose name begins with 和 (`和平区`, read from the 和 before `[start, end)` if need be).
 * Reads the text in place; only a name that passes is sliced out.
 */
export function areaNameIn(text: string, start: number, end: number): string | null {
  let from = start;
  while (from < end && isLeadingNoise(text.charCodeAt(from))) from++;
  for (const prefix of AREA_PREFIXES)
    if (from + prefix.length <= end && text.startsWith(prefix, from)) from += prefix.length;
  if (from > 0 && from < end && text.charCodeAt(from - 1) === 0x548c /* 和 */) {
    const withAnd = text.slice(from - 1, end);
    if (NAMES_BEGINNING_WITH_AND.has(withAnd)) return withAnd;
  }
  if (end - from < 2 || end - from > MAX_AREA) return null;
  for (let index = from; index < end; index++) if (!isHan(text.charCodeAt(index))) return null;
  const name = text.slice(from, end);
  // A prefecture named without its ending (`合肥147例、淮北23例`) is an area too.
  return PROVINCE_NAMES.has(name) ||
    AREA_ENDING_RE.test(name) ||
    VISITORS_RE.test(name) ||
    resolveRegion(name) !== null
    ? name
    : null;
}

/** 省, 市 and 县: inside a name, after a known area, what follows is no part of an area's name (`铁岭市转入`). */
const DIVISION_ENDINGS = new Set([0x7701, 0x5e02, 0x53bf]);

/**
 * A name of 2 to MAX_AREA Han characters at `[start, end)` that no table knows (`湄洲湾北岸`, `宁东`),
 * or null: read as an area only where the list it stands in says so (after 、 and an area's count).
 * Not a word for the record's own region (`全市`), nor a known area with more after it (`铁岭市转入`).
 */
export function unknownNameIn(text: string, start: number, end: number): string | null {
  if (end - start < 2 || end - start > MAX_AREA) return null;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (!isHan(code)) return null;
    if (index < end - 1 && DIVISION_ENDINGS.has(code) && resolveRegion(text.slice(start, index + 1)) !== null)
      return null;
  }
  const name = text.slice(start, end);
  return OWN_REGION_RE.test(name) ? null : name;
}

/** The division a name begins with (`湖北省武汉市` → 湖北省, `泉州市石狮市` → 泉州市, `武汉` → 武汉市), or null. */
function leadingRegion(name: string): ResolvedRegion | null {
  for (let end = name.length; end >= 2; end--) {
    const region = resolveRegion(name.slice(0, end));
    if (region !== null) return region;
  }
  return null;
}

/**
 * Whether the place `name` lies outside the area `whole` (`厦门市` and `湖北省武汉市`, `泉州市石狮市`): both
 * known divisions, the first not within the province or prefecture of the second. A district no
 * table knows (`思明区`) lies nowhere known: false.
 */
export function liesOutside(name: string, whole: string): boolean {
  const outer = resolveRegion(whole);
  if (outer === null) return false;
  const inner = leadingRegion(name);
  if (inner === null) return false;
  const digits = outer.code.endsWith('0000') ? 2 : 4;
  return inner.code.slice(0, digits) !== outer.code.slice(0, digits);
}

/** Longest hospital (or prison) name before a count (`解放军总医院第五医学中心`, `齐齐哈尔市第七医院`). */
export const MAX_FACILITY = 20;
const FACILITY_ENDING_RE = /(?:院|医学中心|医疗中心|监狱|看守所|戒毒所)$/;

/**
 * The hospital, medical centre or place of detention named by `[start, end)` (`哈尔滨市传染病医院`,
 * `省传染病防治院`, `省十里丰监狱`), after its leading noise, or null: 4 to MAX_FACILITY Han characters
 * ending in 院, 医学中心, 医疗中心, 监狱, 看守所 or 戒毒所 (`住院`, `出院` are words of the grammar, never a
 * gap, and too short anyway).
 */
export function facilityNameIn(text: string, start: number, end: number): string | null {
  let from = start;
  while (from < end && isLeadingNoise(text.charCodeAt(from))) from++;
  if (end - from < 4 || end - from > MAX_FACILITY) return null;
  // (cheap test first: the name's last character is 院 or 心)
  const last = text.charCodeAt(end - 1);
  if (
    last !== 0x9662 /* 院 */ &&
    last !== 0x5fc3 /* 心 */ &&
    last !== 0x72f1 /* 狱 */ &&
    last !== 0x6240 /* 所 */
  )
    return null;
  for (let index = from; index < end; index++) if (!isHan(text.charCodeAt(index))) return null;
  const name = text.slice(from, end);
  return FACILITY_ENDING_RE.test(name) ? name : null;
}

/**
 * An age band that ends a gap right before a count (`18岁至59岁227例`, `40至49岁228例`, `0-9岁`,
 * `60岁及以上87例`, `5岁以下12例`): the count is the cases of that age, a part of the total.
 */
const AGE_BAND_RE =
  /(?:\d{1,3}(?:岁|个月)?\s*(?:至|到|[-－~～—])\s*\d{1,3}岁|\d{1,3}\s*岁\s*(?:及|或)?\s*(?:以下|以上))\s*$/;
/** Longest age band before a count (`18岁至59岁`, `60岁及以上`). */
const MAX_AGE_BAND = 14;

/**
 * An exposure said right after a count (`113例有湖北居住或旅行史`, `2例无湖北接触史`,
 * `22例有湖北及其他省份接触史`): the count is the cases of that exposure, a part of the total.
 */
const EXPOSURE_RE = /^\s*([有无][^，,。；;、：:（）()0-9０-９]{1,20}史)\s*$/;

/** An exposure said before a count in its phrase (`有湖北旅居史病例30例`, `无明确接触史病例15例`). */
const EXPOSURE_BEFORE_RE = /([有无][^，,。；;、：:（）()0-9０-９]{1,20}史)/;
/** Most characters before a count searched for its exposure. */
const MAX_EXPOSURE_BEFORE = 28;

/**
 * The exposure a phrase states before its count (`其中有湖北旅居史病例30例`), as written, or null: read
 * in one pass back from the count to the stop before it; the expression runs only when it passed a 史.
 */
export function exposureBefore(text: string, count: number): string | null {
  let start = count;
  let history = false;
  for (; start > 0 && count - start < MAX_EXPOSURE_BEFORE; start--) {
    const code = text.charCodeAt(start - 1);
    if (CLASS[code]! & (HARD | SOFT)) break;
    if (code === 0x53f2 /* 史 */) history = true;
  }
  return history ? (EXPOSURE_BEFORE_RE.exec(text.slice(start, count))?.[1] ?? null) : null;
}

/**
 * An origin said right after a count, up to the stop (`13例来自菲律宾`, `4例来自于密切接触者`), as
 * written. Not one that goes on to describe the cases (`3例来自意大利的境外输入病例`): there the origin
 * says what the cases are, and the count keeps its place as the count of those cases.
 */
const ORIGIN_AFTER_RE = /^\s*(来自于?(?:(?!的)[\u4e00-\u9fff]){1,12})\s*$/;

/**
 * The exposure or origin `[countEnd, stop)` states, as written, or null (`有湖北居住或旅行史`,
 * `来自菲律宾`).
 */
export function exposureIn(text: string, countEnd: number, stop: number): string | null {
  if (stop - countEnd > 24 || stop <= countEnd) return null;
  // (cheap tests first: an exposure ends with 史, an origin starts with 来, maybe after a blank)
  if (text.charCodeAt(stop - 1) === 0x53f2 /* 史 */)
    return EXPOSURE_RE.exec(text.slice(countEnd, stop))?.[1] ?? null;
  const first = text.charCodeAt(countEnd);
  if (first !== 0x6765 /* 来 */ && !isBlank(first)) return null;
  return ORIGIN_AFTER_RE.exec(text.slice(countEnd, stop))?.[1] ?? null;
}

/**
 * Where the cases came from, said right before a count (`来自俄罗斯4例`, `来自中国香港3例`, `来自湖北的2例`):
 * the count is the cases of that origin, a part of the total, kept like an exposure, as written
 * (without a trailing 的).
 */
const ORIGIN_RE = /^来自([\u4e00-\u9fff]{1,12}?)的?$/;
/** Longest origin before a count (`来自阿拉伯联合酋长国的`). */
const MAX_ORIGIN = 16;

/** The origin `[gapStart, end)` ends with (`来自俄罗斯`), or null. */
export function originIn(text: string, gapStart: number, end: number): string | null {
  // (cheap test first, in place: the last 来自 in the window; most counts have none)
  const from = Math.max(gapStart, end - MAX_ORIGIN);
  for (let index = end - 2; index >= from; index--) {
    if (text.charCodeAt(index) !== 0x6765 /* 来 */ || text.charCodeAt(index + 1) !== 0x81ea /* 自 */)
      continue;
    const match = ORIGIN_RE.exec(text.slice(index, end));
    return match ? `来自${match[1]}` : null;
  }
  return null;
}

/** The age band `[gapStart, end)` ends with, as written, or null. */
export function ageBandIn(text: string, gapStart: number, end: number): string | null {
  const last = text.charCodeAt(end - 1);
  // (cheap test first: every band ends with 岁, 上 or 下, maybe before a blank)
  if (last !== 0x5c81 /* 岁 */ && last !== 0x4e0a /* 上 */ && last !== 0x4e0b /* 下 */ && !isBlank(last))
    return null;
  const match = AGE_BAND_RE.exec(text.slice(Math.max(gapStart, end - MAX_AGE_BAND), end));
  return match ? match[0].trim() : null;
}

/** A zero phrase that is no figure of cases (see {@link zeroSubject}). */
export const NOT_CASES = '';
/** Most characters before a negation that say whose zero it is. */
const MAX_SUBJECT = 24;
/** A streak (`连续14天`, `已连续10日`) and the adverbs between a subject and its negation. */
const STREAK_TAIL_RE =
  /(?:已|均|尚|仍)?(?:连续[0-9０-９零〇一二两三四五六七八九十百]{1,4}[天日])?(?:以上|来)?(?:均|尚|仍)?$/;
/** How far back a definition (`低风险区县是指…`) is looked for in the sentence of a negation. */
const MAX_DEFINITION = 80;
/** A number of districts before a negation (`20个县（市、区）`, `15个区县`). */
const NOT_CASES_RE = /[0-9０-９一二三四五六七八九十百]+个[\u4e00-\u9fff（）()、]{1,10}$/;

/** The areas `北碚区、南川区` lists, joined by 、 as written, or null when one of them is no area. */
function areaListIn(list: string): string | null {
  const names: string[] = [];
  for (const written of list.split('、')) {
    const name = areaNameIn(written, 0, written.length);
    if (name === null || OWN_REGION_RE.test(name)) return null;
    names.push(name);
  }
  return names.join('、');
}

/**
 * Whose zero a negation at `at` states (`黄山市连续14天无新增确诊病例`: 黄山市), read in the characters
 * before it back to a stop: an area name before a streak or adverb gives the zero that area; a number
 * of districts (`25个县（市、区）连续10天无新增确诊病例`), or a definition earlier in its sentence
 * (`低风险区县是指…无确诊病例`), makes it no figure of cases (NOT_CASES); several areas (`北碚区、南川区尚
 * 未有病例`) give it each of them, joined by 、; else null, the record's own zero.
 */
export function zeroSubject(text: string, from: number, at: number): string | null {
  let start = at;
  while (start > from && at - start < MAX_SUBJECT && !(CLASS[text.charCodeAt(start - 1)]! & (HARD | SOFT)))
    start--;
  // (a definition goes on after its first clause: `…是指本行政区域内无确诊病例，或连续14天无新增确诊病例`)
  let sentence = start;
  while (sentence > from && at - sentence < MAX_DEFINITION && !(CLASS[text.charCodeAt(sentence - 1)]! & HARD))
    sentence--;
  if (text.slice(sentence, at).includes('是指')) return NOT_CASES;
  if (start === at) return null;
  const before = text.slice(start, at);
  const subject = before.replace(STREAK_TAIL_RE, '');
  if (NOT_CASES_RE.test(subject)) return NOT_CASES;
  // (several areas, `北碚区、南川区尚未有病例`, are never the region itself: the zero is each one's)
  if (subject.includes('、')) return areaListIn(subject);
  // (only when a streak or adverb stood between: `甲市无新增` names the record's own region)
  if (subject.length === before.length) return null;
  const area = areaNameIn(subject, 0, subject.length);
  return area !== null && !OWN_REGION_RE.test(area) ? area : null;
}

const COUNTRIES = new Set(COUNTRY_NAMES.split('|'));
/** Longest country name (`圣文森特和格林纳丁斯`). */
const MAX_COUNTRY = 12;
/** 1 for a character some country name ends with (`国`, `亚`, `）`): the cheap test before any slicing. */
const COUNTRY_LAST = new Uint8Array(0x10000);
for (const name of COUNTRIES) COUNTRY_LAST[name.charCodeAt(name.length - 1)] = 1;

/**
 * The country `[start, end)` names (`英国`, `其中美国`: 美国, `法国输入`: 法国), after the leading noise
 * and prefixes an area name may have, and before 输入, or null.
 */
export function countryNameIn(text: string, start: number, until: number): string | null {
  const end =
    until - start > 2 &&
    text.charCodeAt(until - 1) === 0x5165 /* 入 */ &&
    text.charCodeAt(until - 2) === 0x8f93 /* 输 */
      ? until - 2
      : until;
  if (end <= start || COUNTRY_LAST[text.charCodeAt(end - 1)] === 0) return null;
  let from = start;
  while (from < end && isLeadingNoise(text.charCodeAt(from))) from++;
  for (const prefix of AREA_PREFIXES)
    if (from + prefix.length <= end && text.startsWith(prefix, from)) from += prefix.length;
  if (end - from < 2 || end - from > MAX_COUNTRY) return null;
  const name = text.slice(from, end);
  return COUNTRIES.has(name) ? name : null;
}

/** Most characters of the names a distributive count (`…各1例`) is said of. */
const MAX_EACH = 64;

/**
 * Where the 各 that ends `[start, end)` (before blanks) stands, when a count is said of each of the
 * names before it (`曲靖市、红河州、文山州各1例`), or -1: the cheap test before {@link namesEachIn}.
 */
export function eachMarkAt(text: string, start: number, end: number): number {
  let last = end - 1;
  while (last > start && isBlank(text.charCodeAt(last))) last--;
  return text.charCodeAt(last) === 0x5404 /* 各 */ && last - start <= MAX_EACH ? last : -1;
}

/**
 * The names `[start, last)` lists before the 各 at `last` (`曲靖市、红河州、文山州各`, `深圳市、广州市
 * 和河源市各`, `美国、西班牙各`), each with where it starts, or null: two or more names, each one `nameIn`
 * reads (an area, a country), separated by 、 (和, 及 or 与 before the last). The range is a gap of the
 * loop: it holds no stop.
 */
export function namesEachIn(
  text: string,
  start: number,
  last: number,
  nameIn: (text: string, start: number, end: number) => string | null,
): Array<{ name: string; start: number }> | null {
  const names: Array<{ name: string; start: number }> = [];
  let from = start;
  for (let at = start; at <= last; at++) {
    const code = text.charCodeAt(at);
    if (at < last && code !== 0x3001 /* 、 */) continue;
    // two names joined by 和/及/与 (`茂名市和河源市`), else one (`呼和浩特市` stays one name)
    const joint = pieceJoint(text, from, at);
    const first = joint < 0 ? null : nameIn(text, from, joint);
    const second = first === null ? null : nameIn(text, joint + 1, at);
    if (first !== null && second !== null) {
      names.push({ name: first, start: joint - first.length }, { name: second, start: at - second.length });
    } else {
      const whole = nameIn(text, from, at);
      if (whole === null) return null;
      names.push({ name: whole, start: at - whole.length });
    }
    from = at + 1;
  }
  return names.length >= 2 ? names : null;
}

/** Where 和, 及 or 与 stands inside `[from, to)`, or -1. */
function pieceJoint(text: string, from: number, to: number): number {
  for (let at = from + 1; at < to - 1; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x548c /* 和 */ || code === 0x53ca /* 及 */ || code === 0x4e0e /* 与 */) return at;
  }
  return -1;
}
