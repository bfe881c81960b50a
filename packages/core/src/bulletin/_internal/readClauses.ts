import type { Span } from '../../types';
import { CLASS, classAt, CLOSES, DIGIT, HARD, isBlank, NUMERAL, OPENS, PART, SOFT } from './clauseChars';
import {
  ageBandIn,
  areaNameIn,
  countryNameIn,
  eachMarkAt,
  exposureBefore,
  exposureIn,
  facilityNameIn,
  liesOutside,
  unknownNameIn,
  MAX_AREA,
  MAX_FACILITY,
  namesEachIn,
  NOT_CASES,
  originIn,
  OWN_REGION_RE,
  zeroSubject,
} from './namesAroundCounts';
import { readNumberAfter } from '../../numbers/readNumberAfter';
import { resolveRegion } from './resolveRegion';
import {
  CASE_COUNTERS,
  FIGURE_WORDS,
  type FoundIn,
  type Kind,
  type Measure,
  type Scope,
  type Severity,
  type Sex,
  type Tally,
  WEAK_COUNTERS,
  type WordRoles,
} from './figureWords';

/** The roles of a figure, as the grammar read them. */
export interface FigureRoles {
  measure: Measure;
  tally: Tally;
  scope: Scope;
  kind: Kind;
  severity: Severity | null;
  foundIn: FoundIn | null;
  /** The area a list item names (`上海11例`), null for the bulletin's own figures. */
  area: string | null;
  /** `男性8例`, `女性7例`: a count of one sex. */
  sex: Sex | null;
  /** `18岁至59岁227例`, `60岁及以上87例`: a count of one age band, as written. */
  age: string | null;
  /** `113例有湖北居住或旅行史`, `来自俄罗斯4例`: the cases of one exposure or origin, as written. */
  exposure: string | null;
  /** `哈尔滨市传染病医院54例`: the cases at one hospital or medical centre, as written. */
  facility: string | null;
}

/** One count the grammar read: its roles, value and where (offsets into the text read). */
export interface ClauseFigure extends FigureRoles {
  /** null for an empty slot (`在院治疗人`). */
  value: number | null;
  /** The digits (or, for a zero phrase or an empty slot, the phrase). */
  span: Span;
  /** The whole phrase the roles came from. */
  phrase: Span;
  /** End of the count with its counter (`3例*`): where a bracketed breakdown would open. */
  countEnd: number;
  /** The figure this one is a part of (`其中…`, `（…）`), if any. */
  whole: FigureRoles | null;
  /** A value reported before that the text corrects (`由411例订正为631例`: 411); absent otherwise. */
  superseded?: true;
  /**
   * Its severity and where found were said of all the cases it counts, by a refinement
   * (`新增本土确诊病例4例，均在隔离管控中发现`, `…，均为轻症病例`): it is still the count of those cases.
   */
  qualifiesAll?: true;
}

/** What {@link readClauses} found in a range. */
export interface ClauseReading {
  figures: ClauseFigure[];
  /** Case counts (`N例`, `N名`) no role word tells the meaning of. */
  unread: Span[];
}

// ---- the lexicon, compiled once: first character → words starting with it, longest first ----

/** A word of the table; `second` is its second char code (-1 for a one-character word). */
type Entry = { word: string; second: number; roles: AllRoles };

/** {@link WordRoles} with every field present. */
type AllRoles = { [Role in keyof WordRoles]-?: WordRoles[Role] | undefined };

/**
 * A word's roles with every field present (absent ones undefined): the table writes each group of
 * words with its own fields, and the engine reads them all through one shape.
 */
const allRoles = (roles: WordRoles): AllRoles => ({
  measure: roles.measure,
  tally: roles.tally,
  scope: roles.scope,
  kind: roles.kind,
  severity: roles.severity,
  foundIn: roles.foundIn,
  sex: roles.sex,
  area: roles.area,
  negation: roles.negation,
  negative: roles.negative,
  link: roles.link,
  filler: roles.filler,
  weak: roles.weak,
});

/** Dense lists of words by first character; FIRST_SLOT maps a char code to its list (0: none). */
const BY_FIRST: Entry[][] = [[]];
const FIRST_SLOT = new Uint16Array(0x10000);
for (const [word, roles] of FIGURE_WORDS) {
  const first = word.charCodeAt(0);
  if (FIRST_SLOT[first] === 0) {
    FIRST_SLOT[first] = BY_FIRST.length;
    BY_FIRST.push([]);
  }
  const second = word.length > 1 ? word.charCodeAt(1) : -1;
  BY_FIRST[FIRST_SLOT[first]!]!.push({ word, second, roles: allRoles(roles) });
}
for (const list of BY_FIRST) list.sort((a, b) => b.word.length - a.word.length);
/** The words starting with the character `code`, or undefined. */
const wordsStartingWith = (code: number): Entry[] | undefined => {
  const slot = FIRST_SLOT[code]!;
  return slot === 0 ? undefined : BY_FIRST[slot];
};
const wordsAt = (text: string, index: number): Entry[] | undefined =>
  index < text.length ? wordsStartingWith(text.charCodeAt(index)) : undefined;

/** The longest word of the grammar at `index` that ends by `to` (`code`: the character at `index`). */
function wordAt(text: string, index: number, to: number, code: number): Entry | undefined {
  const entries = wordsStartingWith(code);
  if (!entries) return undefined;
  // The second character rules most candidates out before the string comparison.
  const second = index + 1 < text.length ? text.charCodeAt(index + 1) : -2;
  for (const candidate of entries) {
    if (candidate.second >= 0 && candidate.second !== second) continue;
    if (text.startsWith(candidate.word, index) && index + candidate.word.length <= to) return candidate;
  }
  return undefined;
}

/** Most words read ahead by {@link countFollows}. */
const MAX_WORDS_AHEAD = 6;

/**
 * Whether words of the grammar from `index` on, one right after the other and no connective among
 * them, lead to a count (`新增境外输入无症状感染者1例`): then they are that count's phrase, not words
 * after the count before.
 */
function countFollows(text: string, index: number, to: number): boolean {
  let at = index;
  for (let words = 0; at < to && words <= MAX_WORDS_AHEAD; words++) {
    const code = text.charCodeAt(at);
    if (CLASS[code]! & NUMERAL) return true;
    const entry = wordAt(text, at, to, code);
    // (a connective ends the words of the count before: `20例本地确诊病例和8例无症状感染者出院`)
    if (!entry || entry.roles.link) return false;
    at += entry.word.length;
  }
  return false;
}

/** Words for the rest of the cases (`其他为普通型`, `其余均为轻症`): what follows is not said of the count before. */
const THE_REST = new Set(['其他', '其它', '其余', '余下', '剩余']);

/** Last characters of the case words a list head ends with before 中 (`病例中`, `感染者中`, `确诊中`). */
const CASE_WORD_ENDS = new Set([...'例者诊似'].map((char) => char.charCodeAt(0)));

/** Whether `at` holds the 中 of a list head right after a case word (`确诊病例中宝坻区3例`). */
function listHeadEndsAt(text: string, at: number): boolean {
  return at > 0 && text.charCodeAt(at) === 0x4e2d /* 中 */ && CASE_WORD_ENDS.has(text.charCodeAt(at - 1));
}

/** Whether the gap from `gapStart` opens with a word for the rest (`其他14个市州`, `其余各区`). */
function opensWithTheRest(text: string, gapStart: number): boolean {
  return THE_REST.has(text.slice(gapStart, gapStart + 2));
}

/** Whether the gap `[gapStart, at)` ends with a word for the rest of the cases. */
function saysTheRest(text: string, gapStart: number, at: number): boolean {
  return gapStart >= 0 && at - gapStart >= 2 && THE_REST.has(text.slice(at - 2, at));
}

/** `截至…` sentences count from the start: their figures are cumulative unless said otherwise. */
const AS_OF_WORD = '截至';
/** Opens a stretch whose figures are imported until the next `截至` (national reports). */
const IMPORTED_BLOCK = '境外输入现有';
const AS_OF_FIRST = AS_OF_WORD.charCodeAt(0);
const IMPORTED_FIRST = IMPORTED_BLOCK.charCodeAt(0);

/**
 * 1 for a plain character: no stop, bracket or numeral, no first character of a word, of `截至` or
 * of the imported block, no counter of an empty slot (例 人 名). The loop reads nothing in a plain
 * character but the gap it makes, so a run of them is passed over at once (see readClauses).
 */
const PLAIN = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  PLAIN[code] =
    CLASS[code] === 0 &&
    FIRST_SLOT[code] === 0 &&
    code !== AS_OF_FIRST &&
    code !== IMPORTED_FIRST &&
    code !== 0x4f8b /* 例 */ &&
    code !== 0x4eba /* 人 */ &&
    code !== 0x540d /* 名 */ &&
    code !== 0x0a
      ? 1
      : 0;
}
const CASE_COUNTER_CODES = new Set([...CASE_COUNTERS].map((char) => char.charCodeAt(0)));
const WEAK_COUNTER_CODES = new Set([...WEAK_COUNTERS].map((char) => char.charCodeAt(0)));
/**
 * First characters of kinds of place or spans of time after `N个` (`13个市`, `6个区县`, `4个社区`,
 * `12个国家`, `6个月`, `3个小时`, `5个工作日`): a number of places or a duration, never of cases.
 */
const NOT_CASES_AFTER = new Set(
  [...'省市县区州旗乡镇村街社地国城月小工星周'].map((char) => char.charCodeAt(0)),
);
/** Longest gap of unknown characters a negated phrase may hold before its case word. */
const MAX_NEGATION_GAP = 6;
/**
 * A line break inside a list (`…32例为：⏎1.锡林郭勒盟7例⏎2.包头市6例`): after a colon or an item's
 * semicolon (`其中：⏎福州市21例（…）；⏎厦门市16例（…）；`), or before a numbered item. The list's items
 * stay parts of the figure that heads it.
 */
function continuesList(text: string, index: number, to: number): boolean {
  let back = index - 1;
  while (back >= 0 && index - back <= 4 && isBlank(text.charCodeAt(back))) back--;
  const before = text[back];
  if (before === '：' || before === ':' || before === '；' || before === ';') return true;
  let next = index + 1;
  while (next < to && next - index <= 6 && isBlank(text.charCodeAt(next))) next++;
  let digits = next;
  while (
    digits < to &&
    digits - next < 3 &&
    text.charCodeAt(digits) >= 0x30 &&
    text.charCodeAt(digits) <= 0x39
  )
    digits++;
  return digits > next && (text[digits] === '.' || text[digits] === '．' || text[digits] === '、');
}

/**
 * Where the closing bracket is when `[from, to)` opens with a bare count and the bracket closes right
 * after it (`934例）`, `１２ 人 ）`), else -1. (Called only after a phrase with a meaning, where a weak
 * counter such as 人 counts too.)
 */
function closeAfterCount(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && isBlank(text.charCodeAt(at))) at++;
  const digits = at;
  while (at < to && at - digits < 12 && CLASS[text.charCodeAt(at)]! & NUMERAL) at++;
  if (at === digits) return -1;
  while (at < to && isBlank(text.charCodeAt(at))) at++;
  if (at >= to) return -1;
  const counter = text.charCodeAt(at);
  if (!CASE_COUNTER_CODES.has(counter) && !WEAK_COUNTER_CODES.has(counter)) return -1;
  at++;
  while (at < to && isBlank(text.charCodeAt(at))) at++;
  return at < to && CLASS[text.charCodeAt(at)]! & CLOSES ? at : -1;
}

/**
 * The value of a run of Arabic digits (ASCII or full-width) `[start, end)`, or null when the run holds
 * another numeral character (`1万`, `十二`): the common case without the general number reader.
 */
function arabicValue(text: string, start: number, end: number): number | null {
  let value = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    const digit =
      code >= 0x30 && code <= 0x39 ? code - 0x30 : code >= 0xff10 && code <= 0xff19 ? code - 0xff10 : -1;
    if (digit < 0) return null;
    value = value * 10 + digit;
  }
  return value;
}

/** A Chinese or mixed numeral (`十二例`, `1万例`) read by the general number reader; null when unreadable. */
function readNumberValue(text: string, start: number): number | null {
  const slot = readNumberAfter(text, start);
  return slot.kind === 'value' ? slot.value : null;
}

/**
 * The last element of a list, or undefined (`list[list.length - 1]` on an empty list reads the
 * property "-1", a slow lookup outside the elements).
 */
const innermost = <T>(list: readonly T[]): T | undefined =>
  list.length > 0 ? list[list.length - 1] : undefined;

/** Whether a kind word starts at `index` (`23个无症状感染者`: the 个 counts people). */
function kindWordAt(text: string, index: number): boolean {
  const entries = wordsAt(text, index);
  return (
    entries?.some((entry) => entry.roles.kind !== undefined && text.startsWith(entry.word, index)) ?? false
  );
}

/**
 * Roles a phrase stated itself (undefined: not stated). Every field is always present (made by
 * {@link nothingStated}): phrases state their roles in any order, and objects that grew their fields
 * in different orders would each have their own shape, making every reader of them slow.
 */
interface Stated {
  measure: Measure | undefined;
  tally: Tally | undefined;
  scope: Scope | undefined;
  kind: Kind | undefined;
  kindWeak: boolean | undefined;
  severity: Severity | undefined;
  foundIn: FoundIn | undefined;
  sex: Sex | undefined;
  area: string | undefined;
  negative: boolean | undefined;
}

const nothingStated = (): Stated => ({
  measure: undefined,
  tally: undefined,
  scope: undefined,
  kind: undefined,
  kindWeak: undefined,
  severity: undefined,
  foundIn: undefined,
  sex: undefined,
  area: undefined,
  negative: undefined,
});

/** Copies every role of `from` into `into` (the engine keeps two objects and rewrites them: a phrase ends at every stop). */
function copyStated(into: Stated, from: Stated): void {
  into.measure = from.measure;
  into.tally = from.tally;
  into.scope = from.scope;
  into.kind = from.kind;
  into.kindWeak = from.kindWeak;
  into.severity = from.severity;
  into.foundIn = from.foundIn;
  into.sex = from.sex;
  into.area = from.area;
  into.negative = from.negative;
}

const NOTHING_STATED: Readonly<Stated> = nothingStated();

const NO_ROLES: FigureRoles = {
  measure: 'reported',
  tally: 'unstated',
  scope: 'unstated',
  kind: 'cases',
  severity: null,
  foundIn: null,
  area: null,
  sex: null,
  age: null,
  exposure: null,
  facility: null,
};

/** The roles of a figure that inherits nothing, in a stretch of each scope (never changed: shared). */
const NO_ROLES_IN: Readonly<Record<Scope, FigureRoles>> = {
  local: { ...NO_ROLES, scope: 'local' },
  imported: { ...NO_ROLES, scope: 'imported' },
  unstated: NO_ROLES,
};

/**
 * A copy of the roles alone (written out: a spread of a figure with more fields is the slow path of
 * object cloning, and figures are made in the hottest loop).
 */
function rolesOf(
  roles: FigureRoles,
  area: string | null = roles.area,
  tally: Tally = roles.tally,
): FigureRoles {
  return {
    measure: roles.measure,
    tally,
    scope: roles.scope,
    kind: roles.kind,
    severity: roles.severity,
    foundIn: roles.foundIn,
    area,
    sex: roles.sex,
    age: roles.age,
    exposure: roles.exposure,
    facility: roles.facility,
  };
}

/** A figure of `roles` (copied field by field, see {@link rolesOf}). */
function figureOf(
  roles: FigureRoles,
  value: number | null,
  span: Span,
  phrase: Span,
  countEnd: number,
  whole: FigureRoles | null,
): ClauseFigure {
  return {
    measure: roles.measure,
    tally: roles.tally,
    scope: roles.scope,
    kind: roles.kind,
    severity: roles.severity,
    foundIn: roles.foundIn,
    area: roles.area,
    sex: roles.sex,
    age: roles.age,
    exposure: roles.exposure,
    facility: roles.facility,
    value,
    span,
    phrase,
    countEnd,
    whole,
  };
}

/**
 * Discharges and deaths are no state: said with 现有 or 目前, or after a count of cases now, they are
 * all of them so far (`现有治愈出院病例350例`, `在院治疗23973例，死亡25例`).
 */
const countsSoFar = (measure: Measure): boolean => measure === 'discharged' || measure === 'deaths';

/** Measures that are an outcome of cases: a sibling phrase naming a kind of case is not one of them. */
const OUTCOMES = new Set<Measure>(['discharged', 'deaths', 'released', 'excluded', 'converted']);

/** Kinds that are cases (病例): a weak `病例` after one of them means the same kind. */
const KINDS_OF_CASE = new Set<Kind>(['confirmed', 'suspected', 'cases']);
/** The exposure of cases that were close contacts of earlier cases, counted among the parts of cases. */
const CLOSE_CONTACTS_EXPOSURE = '密切接触者';

/** Applies stated roles over inherited ones. A new measure drops the inherited kind and qualifiers. */
function compose(
  inherited: FigureRoles,
  own: Stated,
  ownArea: string | null,
  isPart = false,
  countsPeople = false,
): FigureRoles {
  // Close contacts are not cases: a phrase after them inherits only the time they cover, unless it
  // counts people (人, 名) and says nothing but a time or what became of them (`密切接触者90人，累计
  // 1200人，已解除医学观察800人`: contacts still).
  const base =
    inherited.kind === 'closeContacts' &&
    own.kind !== 'closeContacts' &&
    !(countsPeople && goesOnCounting(own))
      ? { ...rolesOf(NO_ROLES, NO_ROLES.area, inherited.tally), scope: inherited.scope }
      : inherited;
  let stated = own;
  if (!isPart && stated.measure === undefined && OUTCOMES.has(base.measure)) {
    // `累计治愈出院病例299例，累计报告确诊病例567例`: after an outcome, a sibling that names a kind of
    // case or a severity counts cases again (`出院病例43例，重症病例4例`).
    if (stated.severity !== undefined)
      stated = { ...stated, measure: 'reported', tally: stated.tally ?? 'current' };
    else if (stated.kind !== undefined && !stated.kindWeak && stated.kind !== 'closeContacts')
      stated = { ...stated, measure: 'reported' };
  }
  // Parts of an area's figure (`香港5213例（出院4943例）`) stay that area's.
  const area = ownArea ?? own.area ?? base.area;
  const measureChanged = stated.measure !== undefined && stated.measure !== base.measure;
  const severity = stated.severity ?? (measureChanged ? null : base.severity);
  // A new measure after a count of cases now does not inherit `current` (`现存确诊病例32例，出院病例43例`),
  // and discharges and deaths after it are all of them so far (`在院治疗23973例，死亡25例`), as when their
  // measure follows the count (`目前…，276例治愈出院`); a cumulative context goes on (`累计境外输入确诊病例
  // 40例，出院38例`). A change, revision or expected count (`重症病例减少5例`, `核增1例`, `即将出院3例`) is
  // its own phrase's: only its parts inherit it.
  const inheritedTally =
    measureChanged && base.tally === 'current'
      ? stated.measure !== undefined && countsSoFar(stated.measure)
        ? 'cumulative'
        : 'unstated'
      : !isPart && (base.tally === 'change' || base.tally === 'revision' || base.tally === 'expected')
        ? 'unstated'
        : base.tally;
  const measure = stated.measure ?? base.measure;
  // A severity is a state, not a total: `累计确诊病例65例，重症病例4例` are the severe cases now.
  const tally =
    stated.tally ?? (severity !== null && inheritedTally === 'cumulative' ? 'current' : inheritedTally);
  return {
    measure,
    // Discharges and deaths are no state: `现有治愈出院病例350例` are all of them so far. (A count that only
    // inherits the measure may still get its own after it: `累计治愈出院34例，现有3例在…隔离治疗`.)
    tally:
      tally === 'current' && stated.measure !== undefined && countsSoFar(stated.measure)
        ? 'cumulative'
        : tally,
    scope: stated.scope ?? base.scope,
    // A weak kind (病例) does not undo a kind said before (`确诊病例5例，其中境外输入病例3例`), unless a
    // sibling's 病例 follows infections that are not cases (`无症状感染者1例，无新增境外输入病例`).
    kind:
      stated.kind === undefined ||
      (stated.kindWeak &&
        !measureChanged &&
        base.kind !== 'cases' &&
        (isPart || KINDS_OF_CASE.has(base.kind)))
        ? measureChanged && base.kind !== 'closeContacts'
          ? 'cases'
          : base.kind
        : stated.kind,
    severity,
    foundIn: stated.foundIn ?? (measureChanged ? null : base.foundIn),
    area,
    sex: stated.sex ?? null,
    age: null,
    exposure: null,
    facility: null,
  };
}

/** Whether a phrase after close contacts says only a time, or that they were released or are observed. */
function goesOnCounting(own: Stated): boolean {
  return (
    own.kind === undefined &&
    own.severity === undefined &&
    (own.measure === undefined || own.measure === 'released' || own.measure === 'underObservation')
  );
}

function hasMeaning(stated: Stated): boolean {
  return (
    stated.measure !== undefined ||
    stated.tally !== undefined ||
    stated.scope !== undefined ||
    stated.kind !== undefined ||
    stated.severity !== undefined ||
    stated.foundIn !== undefined ||
    stated.sex !== undefined ||
    stated.area !== undefined
  );
}

function addRoles(stated: Stated, roles: AllRoles): void {
  if (roles.measure) stated.measure = roles.measure;
  if (roles.tally) stated.tally = roles.tally;
  if (roles.scope) stated.scope = roles.scope;
  if (roles.kind && (!roles.weak || stated.kind === undefined || stated.kindWeak)) {
    stated.kind = roles.kind;
    stated.kindWeak = roles.weak === true;
  }
  if (roles.severity) stated.severity = roles.severity;
  if (roles.foundIn) stated.foundIn = roles.foundIn;
  if (roles.negative) stated.negative = true;
  if (roles.sex) stated.sex = roles.sex;
  if (roles.area) stated.area = roles.area;
}

/** Whether the roles say what a count counts (a figure), or nothing at all (an unread count). */
function meaningful(roles: FigureRoles, stated: Stated, inherited: boolean): boolean {
  return inherited || hasMeaning(stated) || roles.area !== null;
}

/**
 * Reads every figure of `[from, to)`: one forward pass over the text, each position looked up in
 * the word table (bounded word length), so the time is linear in the length of the range.
 *
 * A figure's roles are those its own phrase states (words before the count and, when the count
 * comes first, words after it), over those inherited from the figure before it in the clause
 * (`新增本土确诊病例3例和无症状感染者2例`: the 2 inherits 新增 and 本土), or from the figure a bracket or
 * `其中` opens parts of. Zero phrases (`无新增本土确诊病例和无症状感染者`) give figures of value 0.
 *
 * `passPlainRuns` (tests only) false reads plain characters one by one, as the loop would without
 * its fast path; the figures must be the same either way.
 */
export function readClauses(text: string, from: number, to: number, passPlainRuns = true): ClauseReading {
  const figures: ClauseFigure[] = [];
  const unread: Span[] = [];
  const unmeant = new Set<ClauseFigure>();

  // Clause state
  let parent: FigureRoles | null = null; // roles inherited by the next figure
  let lastFigure: ClauseFigure | null = null;
  /** The roles the last figure's own phrase stated (words after its count still add to them). */
  const lastStated: Stated = nothingStated();
  let previousSentenceLast: ClauseFigure | null = null;
  const brackets: Array<{
    parent: FigureRoles | null;
    last: ClauseFigure | null;
    parts: number;
    whole: FigureRoles | null;
    lastStated: Stated | null;
  }> = [];
  /** Figures that `其中` / `含` opened parts of: the next stop returns to them. */
  const parts: FigureRoles[] = [];
  /** The whole of the last list of parts a `；` closed in this sentence: what the items after `；` are of. */
  let listWhole: FigureRoles | null = null;
  let sentenceTally: Tally = 'unstated';
  /** The tally of the sentence before: `截至…累计出院70例。其中：出院病例中，甲区8例` goes on counting totals. */
  let previousSentenceTally: Tally = 'unstated';
  /** Whether the sentence being read has a count, and whether it opens with a list head (`出院病例中，`). */
  let sentenceCounted = false;
  /** Whether the sentence being read opened with `截至` (the next sentence goes on counting totals). */
  let sentenceAsOf = false;
  /** Whether the sentence being read has said 新增 (it ends the totals a `截至` sentence began). */
  let sentenceSaysNew = false;
  let sentenceOpensList = false;
  let blockScope: Scope = 'unstated';
  /**
   * A count that heads its sentence (`405名确诊患者中，…`): a set of people, not a period. Discharges
   * and deaths among cases with no tally of their own (`已治愈出院76人，死亡1人`) are counted since the
   * start (among suspected cases, `原有56例疑似病例中，转为确诊病例1例`, they are the period's).
   */
  let sentenceHead: ClauseFigure | null = null;
  let group: Array<{ figure: ClauseFigure; measureAfter: boolean; measureBefore: boolean }> = [];
  /** The closing bracket of a bracket that holds only a count (`确诊病例（934例）`), skipped like it. */
  let transparentClose = -1;

  // Phrase state
  /** The roles the phrase being read has stated so far. */
  const stated: Stated = nothingStated();
  let phraseStart = -1;
  /** The area that opens the phrase before its words (`甲市确诊病例4例`), in a list of parts. */
  let phraseArea: string | null = null;
  let afterCount = false; // words after a count may still belong to it (`2例本土确诊病例`)
  let refining = false; // `均为…` refines the last figure
  /**
   * The refinement follows a bare count with no stop between (`新增出院32例，7例为重型病例`): it says
   * which cases the count is (the severe ones), not something of all the cases a count is of.
   */
  let refiningOwnCount = false;
  /** The areas a `均为` before a count lists (`荆州市、荆门市均为6例`): the count is each one's. */
  let eachListed: Array<{ name: string; start: number }> | null = null;
  let negationAt = -1;
  /** Whose zero the negation states: the record's (null), an area's, or none of its cases (NOT_CASES). */
  let negationSubject: string | null = null;
  let negationLastWord = -1;
  let gapStart = -1; // first unknown character since the last word or count
  let lastWordEnd = from;
  let lastWasRole = false;
  const kindsListed: Kind[] = [];
  let respectively: Kind[] = [];

  const resetPhrase = (): void => {
    copyStated(stated, NOTHING_STATED);
    phraseStart = -1;
    phraseArea = null;
    negationAt = -1;
    negationLastWord = -1;
    // (guarded: setting an array's length is a call into the runtime, and stops are frequent)
    if (kindsListed.length > 0) kindsListed.length = 0;
    eachListed = null;
  };

  const currentWhole = (): FigureRoles | null => {
    const bracket = innermost(brackets);
    const opened = bracket?.parts ?? 0;
    return parts.length > opened ? parts[parts.length - 1]! : (bracket?.whole ?? null);
  };

  const baseRoles = (): FigureRoles => {
    return parent ?? NO_ROLES_IN[blockScope];
  };

  const finishTally = (roles: FigureRoles): FigureRoles => {
    if (roles.tally !== 'unstated') return roles;
    // (a severity is a state, not a total: `截至…累计确诊65例，…重症病例4例` are the severe cases then)
    if (sentenceTally === 'cumulative')
      return rolesOf(
        roles,
        roles.area,
        roles.severity !== null && roles.measure === 'reported' ? 'current' : 'cumulative',
      );
    if (
      sentenceHead !== null &&
      (sentenceHead.tally === 'unstated' || sentenceHead.tally === 'cumulative') &&
      countsSoFar(roles.measure) &&
      sentenceHead.kind !== 'suspected' &&
      sentenceHead.kind !== 'closeContacts'
    )
      return rolesOf(roles, roles.area, 'cumulative');
    if (roles.measure !== 'reported') return rolesOf(roles, roles.area, 'new');
    return roles;
  };

  const emitZero = (): void => {
    if (negationAt < 0 || negationLastWord < 0 || !hasMeaning(stated) || negationSubject === NOT_CASES)
      return;
    // (`北碚区、南川区尚未有病例`: a zero of each area, the last one's figure goes on as the last figure)
    const areas = negationSubject?.includes('、') ? negationSubject.split('、') : null;
    const subject = areas === null ? negationSubject : areas[areas.length - 1]!;
    const whole = currentWhole();
    const roles = finishTally(compose(baseRoles(), stated, subject, whole !== null));
    const span = { start: negationAt, end: negationLastWord };
    for (const area of areas?.slice(0, -1) ?? [])
      figures.push(figureOf(rolesOf(roles, area), 0, span, span, span.end, whole));
    const figure = figureOf(roles, 0, span, span, span.end, whole);
    figures.push(figure);
    parent = rolesOf(roles);
    lastFigure = figure;
    copyStated(lastStated, stated);
  };

  const endGroup = (): void => {
    // `累计有N例本地确诊病例和M例无症状感染者出院`: the measure said after the last member is the group's.
    const last = innermost(group);
    if (group.length > 1 && last && last.measureAfter) {
      for (const member of group.slice(0, -1)) {
        if (!member.measureBefore && !member.measureAfter) member.figure.measure = last.figure.measure;
      }
    }
    // `8例确诊病例和5402例无症状感染者在隔离管控中发现`: where they were found is said once for the group.
    if (group.length > 1 && last && last.figure.foundIn !== null) {
      for (const member of group.slice(0, -1)) member.figure.foundIn ??= last.figure.foundIn;
    }
    if (group.length > 0) group = [];
  };

  const softStop = (closesPart = false): void => {
    emitZero();
    endGroup();
    // A phrase without a count (`新增确诊病例中，`) heads what follows.
    if (phraseStart >= 0 && !afterCount && hasMeaning(stated) && negationAt < 0) {
      parent = compose(baseRoles(), stated, null);
    }
    resetPhrase();
    afterCount = false;
    refining = false;
    refiningOwnCount = false;
    if (respectively.length > 0) respectively = [];
    const opened = innermost(brackets)?.parts ?? 0;
    if (closesPart && parts.length > opened) {
      parent = parts.pop()!;
      if (parts.length === opened) listWhole = parent;
    } else if (closesPart && listWhole !== null && brackets.length === 0) {
      // `其中，51例有…史；治愈出院91例，…，死亡2例；男性74例…；甲市36例（…）`: the items after a list's `；` are
      // still of the whole the list was of, not of the count before (2 deaths).
      parent = listWhole;
    }
  };

  const hardStop = (): void => {
    softStop();
    listWhole = null;
    previousSentenceLast = lastFigure;
    if (lastFigure !== null) sentenceCounted = true;
    parent = null;
    lastFigure = null;
    copyStated(lastStated, NOTHING_STATED);
    if (brackets.length > 0) brackets.length = 0;
    if (parts.length > 0) parts.length = 0;
    // Lists go on counting as the last sentence that led them (`截至…累计…。确诊病例中，…。现有重症病例中，
    // …。出院病例中，…`): a sentence that opens with a list, or has no count (`其中：`, a blank line), is not one.
    if (sentenceCounted && !sentenceOpensList) previousSentenceTally = sentenceTally;
    // The sentences after a `截至…` sentence go on counting totals where they state no time of their own
    // (`截至…累计报告病例146例。治愈出院123例，在院治疗21例，死亡2例`), until one counts the day's (新增);
    // one with no count (a blank line) passes on what it was given.
    if (sentenceCounted)
      sentenceTally =
        sentenceAsOf || (sentenceTally === 'cumulative' && !sentenceSaysNew) ? 'cumulative' : 'unstated';
    sentenceAsOf = false;
    sentenceSaysNew = false;
    sentenceCounted = false;
    sentenceOpensList = false;
    sentenceHead = null;
  };

  const areaBefore = (position: number): string | null => {
    if (gapStart < 0 || lastWasRole) return null;
    const name = areaNameIn(text, Math.max(gapStart, position - MAX_AREA), position);
    // `新增确诊病例中宝坻区3例`: 中 right after the case word ends a list head written without its comma
    // (unless it begins a known division: `中卫市`).
    if (gapStart !== lastWordEnd || !listHeadEndsAt(text, gapStart)) return name;
    if (name !== null && name.charCodeAt(0) === 0x4e2d && resolveRegion(name) !== null) return name;
    return areaNameIn(text, Math.max(gapStart + 1, position - MAX_AREA), position);
  };

  /**
   * A name no table knows, as an area: listed with 、 after an area's count in the same list
   * (`秀屿区6例、湄洲湾北岸3例`), or first in the bracket after an area's count (`甲市9例（北岸新城6例、…`).
   */
  const listedAreaBefore = (position: number, whole: FigureRoles | null): string | null => {
    if (gapStart < 1) return null;
    const before = text.charCodeAt(gapStart - 1);
    const listed =
      before === 0x3001 /* 、 */
        ? lastFigure !== null && lastFigure.area !== null && lastFigure.whole === whole
        : (before === 0xff08 /* （ */ || before === 0x28) /* ( */ &&
          brackets.length > 0 &&
          innermost(brackets)!.whole === whole &&
          whole !== null &&
          whole.area !== null;
    return listed ? unknownNameIn(text, gapStart, position) : null;
  };

  const facilityBefore = (position: number): string | null => {
    if (gapStart < 0 || lastWasRole) return null;
    return facilityNameIn(text, Math.max(gapStart, position - MAX_FACILITY), position);
  };

  const emitCount = (valueStart: number, valueEnd: number, countEnd: number, value: number | null): void => {
    emitZero();
    negationAt = -1;
    // (an origin is not an area, though it may end like one: `来自台湾地区1例`)
    // (a country is an origin too: `其中英国2例`)
    const gap = gapStart >= 0 && !lastWasRole;
    const origin = gap
      ? (originIn(text, gapStart, valueStart) ?? countryNameIn(text, gapStart, valueStart))
      : null;
    const area = (origin === null ? areaBefore(valueStart) : null) ?? phraseArea;
    // `曲靖市、红河州、文山州各1例`, `美国、西班牙各1例`: the count is each area's, or each country's.
    const eachAt = gap && area === null && origin === null ? eachMarkAt(text, gapStart, valueStart) : -1;
    const eachArea = eachAt < 0 ? eachListed : namesEachIn(text, gapStart, eachAt, areaNameIn);
    const eachOrigin =
      eachAt < 0 || eachArea !== null ? null : namesEachIn(text, gapStart, eachAt, countryNameIn);
    const areaNamed = eachArea === null ? area : eachArea[eachArea.length - 1]!.name;
    const ownOrigin = eachOrigin === null ? origin : eachOrigin[eachOrigin.length - 1]!.name;
    const facility = ownOrigin === null && areaNamed === null ? facilityBefore(valueStart) : null;
    const whole = currentWhole();
    // `秀屿区6例、湄洲湾北岸3例`: a name no table knows, listed with 、 after an area's count, is an area too.
    const place =
      areaNamed ??
      (gap && ownOrigin === null && facility === null ? listedAreaBefore(valueStart, whole) : null);
    // `厦门市28例（思明区11例、…、湖北省武汉市9例）`: a place outside the whole's area is where the cases came from.
    const fromOutside =
      place !== null && whole !== null && whole.area !== null && liesOutside(place, whole.area);
    const named = fromOutside ? null : place;
    const fromPlace = fromOutside ? place : ownOrigin;
    let own = stated;
    if (respectively.length > 0) {
      own = { ...stated, kind: respectively.shift()! };
    }
    const inherited = parent !== null;
    const countsPeople = text.charCodeAt(countEnd - 1) !== 0x4f8b; /* 例 */
    const roles = finishTally(compose(baseRoles(), own, named, whole !== null, countsPeople));
    if (gapStart >= 0 && named === null) roles.age = ageBandIn(text, gapStart, valueStart);
    if (fromPlace !== null) roles.exposure = fromPlace;
    else if (named === null) roles.exposure = exposureBefore(text, valueStart);
    // `其中输入性病例116例，密切接触者105例，无明确接触史病例15例`: cases counted in 例 among the parts of a
    // count of cases are the cases that were close contacts, not a count of close contacts (those are 人).
    if (
      roles.kind === 'closeContacts' &&
      !countsPeople &&
      whole !== null &&
      KINDS_OF_CASE.has(whole.kind) &&
      roles.exposure === null
    ) {
      roles.kind = whole.kind;
      roles.exposure = CLOSE_CONTACTS_EXPOSURE;
    }
    if (facility !== null) roles.facility = facility;
    const start = phraseStart >= 0 ? phraseStart : valueStart;
    const figure = figureOf(
      roles,
      value !== null && own.negative ? -value : value,
      { start: valueStart, end: valueEnd },
      { start, end: countEnd },
      countEnd,
      whole,
    );
    // A count nothing has given a meaning yet may still get one from the words after it (`3例确诊患者`).
    if (!meaningful(roles, own, inherited) && value !== null) unmeant.add(figure);
    for (const other of eachArea?.slice(0, -1) ?? []) {
      const phrase = { start: other.start, end: countEnd };
      figures.push(figureOf(rolesOf(roles, other.name), figure.value, figure.span, phrase, countEnd, whole));
    }
    for (const other of eachOrigin?.slice(0, -1) ?? []) {
      const phrase = { start: other.start, end: countEnd };
      const ofOrigin = { ...rolesOf(roles), exposure: other.name };
      figures.push(figureOf(ofOrigin, figure.value, figure.span, phrase, countEnd, whole));
    }
    figures.push(figure);
    group.push({ figure, measureAfter: false, measureBefore: own.measure !== undefined });
    lastFigure = figure;
    copyStated(lastStated, own);
    // Parts inherit from their whole, not from the part before them (`其中2例…，8例…`).
    // (`roles` is a fresh object nothing else holds or changes: it can be the parent itself)
    // Nor from a part of one origin (`来自俄罗斯4例，来自美国3例`) or one hospital.
    if (named === null && fromPlace === null && facility === null && !unmeant.has(figure) && whole === null)
      parent = roles.area === null ? roles : rolesOf(roles, null);
    if (figures.length === 1 && roles.scope === 'imported' && own.scope === 'imported')
      blockScope = 'imported';
    resetPhrase();
    afterCount = true;
    gapStart = -1;
  };

  /** A word after a count: it completes that count's figure when the figure has not stated its role. */
  const completesLast = (roles: AllRoles): boolean => {
    if (!lastFigure) return false;
    if (roles.measure && lastStated.measure === undefined) return true;
    if (roles.tally && lastStated.tally === undefined) return true;
    if (roles.scope && lastStated.scope === undefined) return true;
    if (roles.kind && (lastStated.kind === undefined || lastStated.kindWeak)) return true;
    if (roles.severity && lastStated.severity === undefined) return true;
    if (roles.foundIn && lastStated.foundIn === undefined) return true;
    if (roles.sex && lastStated.sex === undefined) return true;
    return false;
  };

  const amend = (figure: ClauseFigure, roles: AllRoles, force: boolean): void => {
    unmeant.delete(figure);
    const scopeBefore = figure.scope;
    if (
      force &&
      !refiningOwnCount &&
      (roles.severity || roles.foundIn) &&
      figure.severity === null &&
      figure.foundIn === null
    )
      figure.qualifiesAll = true;
    if (roles.measure && (force || lastStated.measure === undefined)) {
      // `10例重症，48例治愈出院`: a count whose measure follows it keeps none of the qualifiers it inherited.
      // Nor the current tally (`目前，…，48例治愈出院，1例死亡`: discharges and deaths are not current).
      if (!force && roles.measure !== figure.measure) {
        figure.severity = lastStated.severity ?? null;
        figure.foundIn = lastStated.foundIn ?? null;
        // (`目前…276例治愈出院` are all discharged so far)
        if (figure.tally === 'current' && lastStated.tally === undefined)
          figure.tally = OUTCOMES.has(roles.measure) ? 'cumulative' : 'unstated';
      }
      figure.measure = roles.measure;
      const member = innermost(group);
      if (member && member.figure === figure) member.measureAfter = true;
    }
    if (roles.tally && (force || lastStated.tally === undefined)) figure.tally = roles.tally;
    if (roles.scope) figure.scope = roles.scope;
    if (roles.kind && (!roles.weak || lastStated.kind === undefined)) figure.kind = roles.kind;
    if (roles.severity) {
      figure.severity = roles.severity;
      // (`13例在院确诊病例中，…2例为重症病例` after a `截至` sentence: the severe cases now)
      if (figure.tally === 'cumulative' && lastStated.tally === undefined) figure.tally = 'current';
    }
    if (roles.foundIn) figure.foundIn = roles.foundIn;
    if (roles.sex) figure.sex = roles.sex;
    addRoles(lastStated, roles);
    if (figure.tally === 'unstated') figure.tally = finishTally(figure).tally;
    // (discharges and deaths are no state, as in compose: `死亡病例3例目前…` are all of them so far)
    if (figure.tally === 'current' && countsSoFar(figure.measure)) figure.tally = 'cumulative';
    if (figure.area === null && currentWhole() === null) {
      parent = rolesOf(figure, null);
      // Where the cases came from, said of them alone (`新增确诊病例4例，均为境外输入`), is not passed on to
      // the counts after them (`；尚在医学观察的无症状感染者319例` is not imported).
      if (force) parent.scope = scopeBefore;
    }
    // (a refinement says where these cases came from, `新增确诊病例4例，均为境外输入`: no block of imported figures)
    if (!force && figures[0] === figure && figure.scope === 'imported') blockScope = 'imported';
  };

  let index = from;
  while (index < to) {
    const code = text.charCodeAt(index);
    if (passPlainRuns && PLAIN[code] === 1 && negationAt < 0) {
      // A run of plain characters is a gap and nothing more (a negation counts its gap char by char).
      if (gapStart < 0) gapStart = index;
      index++;
      while (index < to && PLAIN[text.charCodeAt(index)] === 1) index++;
      lastWasRole = false;
      continue;
    }
    const classes = CLASS[code]!;

    if (code === 0x0a && continuesList(text, index, to)) {
      softStop();
      gapStart = -1;
      lastWasRole = false;
      index++;
      continue;
    }
    if (classes & (HARD | SOFT) && lastFigure !== null && lastFigure.exposure === null) {
      lastFigure.exposure = exposureIn(text, lastFigure.countEnd, index);
    }
    if (classes & HARD) {
      hardStop();
      gapStart = -1;
      lastWasRole = false;
      index++;
      continue;
    }
    if (classes & SOFT) {
      /** A part that heads a list (`其中，新增确诊病例3例中，甲市2例`): the counts after it are its parts. */
      let headsParts: ClauseFigure | null = null;
      if (index > 0 && text.charCodeAt(index - 1) === 0x4e2d /* 中 */) {
        // `405名确诊患者中，`: the count just read heads the sentence.
        if (afterCount && lastFigure !== null) {
          sentenceHead = lastFigure;
          if (lastFigure.whole !== null) headsParts = lastFigure;
        }
        // `截至…出院病例263例。其中：…。死亡病例中，…。出院病例中，…`: a sentence that opens with a list
        // head and no tally of its own goes on counting as the sentence before (totals after `截至`).
        else if (lastFigure === null && !afterCount && phraseStart >= 0) {
          sentenceOpensList = true;
          if (stated.tally === undefined && sentenceTally === 'unstated')
            sentenceTally = previousSentenceTally;
        }
      }
      // (a stop after a part that heads a list closes no part: it opens one)
      softStop(headsParts === null && (classes & PART) !== 0);
      if (headsParts !== null) {
        parent = rolesOf(headsParts, null);
        parts.push(parent);
      }
      gapStart = -1;
      lastWasRole = false;
      index++;
      continue;
    }
    if (classes & OPENS) {
      // `累计确诊病例（934例）中，…`: a bracket that holds only the count of the phrase before it is no
      // bracket of parts; the count is that phrase's.
      if (phraseStart >= 0 && !afterCount && negationAt < 0 && hasMeaning(stated)) {
        const close = closeAfterCount(text, index + 1, to);
        if (close >= 0) {
          transparentClose = close;
          index++;
          continue;
        }
      }
      emitZero();
      brackets.push({
        parent,
        last: lastFigure,
        parts: parts.length,
        whole: lastFigure ? rolesOf(lastFigure) : null,
        lastStated: lastFigure ? { ...lastStated } : null,
      });
      if (lastFigure) parent = rolesOf(lastFigure);
      resetPhrase();
      afterCount = false;
      group = [];
      gapStart = -1;
      lastWasRole = false;
      index++;
      continue;
    }
    if (classes & CLOSES) {
      if (index === transparentClose) {
        transparentClose = -1;
        index++;
        continue;
      }
      softStop();
      const outer = brackets.pop();
      if (outer) {
        parts.length = outer.parts;
        lastFigure = outer.last;
        // what the figure before the bracket stated, not its last item's (`4名重症病例（甲市2例…）均…`)
        if (outer.lastStated) copyStated(lastStated, outer.lastStated);
        parent = lastFigure ? rolesOf(lastFigure, null) : outer.parent;
        // (nor what a bracket said of them: `当日转为确诊病例4例（均为境外输入）；…`)
        if (lastFigure && outer.whole) parent!.scope = outer.whole.scope;
        afterCount = lastFigure !== null;
      }
      gapStart = -1;
      lastWasRole = false;
      index++;
      continue;
    }

    // A count: digits (or a Chinese numeral) and a counter.
    if (classes & NUMERAL) {
      let end = index;
      while (end < to && end - index < 12 && CLASS[text.charCodeAt(end)]! & NUMERAL) end++;
      let counterAt = end;
      while (counterAt < to && counterAt - end < 2 && text.charCodeAt(counterAt) === 0x20) counterAt++;
      // A number cut off at the very end of the text is read as a count.
      const atEnd = counterAt >= text.length;
      // (no read past the end: an out-of-bounds charCodeAt deoptimises the loop)
      const counter = atEnd ? -1 : text.charCodeAt(counterAt);
      const ordinal = index > 0 && text.charCodeAt(index - 1) === 0x7b2c; /* 第 */
      const caseCounter = atEnd || CASE_COUNTER_CODES.has(counter);
      const weakCounter = atEnd || WEAK_COUNTER_CODES.has(counter);
      // (`个` counts cases only before a case word or right after its phrase's words, `确诊病例3个`, and
      // never before a kind of place or a span of time, `累计收到13个市报告`, `累计6个月`; with other
      // characters between, `区县增至10个`, `目前共13个低风险区县`, it counts places)
      const countsPlaces =
        counter === 0x4e2a /* 个 */ &&
        (!(lastWasRole && lastWordEnd === index) || NOT_CASES_AFTER.has(text.charCodeAt(counterAt + 1)));
      const isCount =
        !ordinal &&
        (caseCounter ||
          (weakCounter && ((hasMeaning(stated) && !countsPlaces) || kindWordAt(text, counterAt + 1))));
      if (isCount) {
        const value = arabicValue(text, index, end) ?? readNumberValue(text, index);
        let countEnd = counterAt + 1;
        if (countEnd < text.length && text.charCodeAt(countEnd) === 0x2a /* * */) countEnd++;
        if (value !== null || classes & DIGIT) {
          emitCount(index, end, countEnd, value);
          index = countEnd;
          lastWordEnd = index;
          lastWasRole = false;
          continue;
        }
      }
      if (classes & DIGIT) {
        // Dates, hours, codes: a number that is not a case count.
        if (gapStart < 0) gapStart = index;
        index = end;
        lastWasRole = false;
        continue;
      }
    }

    // An empty slot: a counter right after a role word (`在院治疗人`, `确诊病例人，`).
    if (lastWasRole && lastWordEnd === index && (code === 0x4f8b || code === 0x4eba || code === 0x540d)) {
      // 例 人 名, then the end, a stop, a bracket or a word of the grammar
      if (
        classAt(text, index + 1) & (HARD | SOFT | OPENS | CLOSES) ||
        wordsAt(text, index + 1) !== undefined
      ) {
        emitCount(index, index, index + 1, null);
        figures[figures.length - 1]!.span = {
          start: phraseStart >= 0 ? phraseStart : figures[figures.length - 1]!.phrase.start,
          end: index + 1,
        };
        index++;
        lastWordEnd = index;
        lastWasRole = false;
        continue;
      }
    }

    if (code === AS_OF_FIRST && text.startsWith(AS_OF_WORD, index)) {
      sentenceTally = 'cumulative';
      sentenceAsOf = true;
      // The imported stretch ends here: `截至…，据31个省…报告，现有确诊病例…` are the whole country's.
      blockScope = 'unstated';
      index += AS_OF_WORD.length;
      continue;
    }
    if (code === IMPORTED_FIRST && text.startsWith(IMPORTED_BLOCK, index)) blockScope = 'imported';

    const entry = wordAt(text, index, to, code);
    if (!entry) {
      if (gapStart < 0) gapStart = index;
      if (negationAt >= 0 && index - negationLastWord > MAX_NEGATION_GAP && negationLastWord >= 0) {
        emitZero();
        negationAt = -1;
      } else if (negationAt >= 0 && negationLastWord < 0 && !isBlank(code)) {
        // `无锡市`: a negation must be followed by what it negates.
        negationAt = -1;
      }
      lastWasRole = false;
      index++;
      continue;
    }

    const roles = entry.roles;
    const wordEnd = index + entry.word.length;
    if (roles.link) {
      switch (roles.link) {
        case 'and':
          if (negationAt >= 0) {
            emitZero();
            // The zero phrase goes on: `无新增本土确诊病例和无症状感染者`.
            stated.kind = undefined;
            negationLastWord = -1;
          } else if (afterCount) {
            resetPhrase();
            afterCount = false;
          } else if (stated.kind !== undefined && innermost(kindsListed) !== stated.kind) {
            kindsListed.push(stated.kind);
          }
          break;
        case 'partOf':
          emitZero();
          endGroup();
          {
            const whole = lastFigure ?? previousSentenceLast;
            // Parts of the sentence before are counted as it counted (`截至…` ones are totals).
            if (lastFigure === null && whole) sentenceTally = previousSentenceTally;
            if (whole) {
              parent = rolesOf(whole, null);
              parts.push(parent);
            }
          }
          resetPhrase();
          afterCount = false;
          break;
        case 'refine': {
          // `荆州市、荆门市、随州市均为6例`: a count right after 均为 is each listed area's, as after 各; and
          // `其他14个市州均为0例` is the count of the rest, named as written. Neither refines the count before.
          const countNext = wordEnd < to && (CLASS[text.charCodeAt(wordEnd)]! & NUMERAL) !== 0;
          const listed = countNext && gapStart >= 0 ? namesEachIn(text, gapStart, index, areaNameIn) : null;
          const rest =
            countNext && gapStart >= 0 && currentWhole() !== null && opensWithTheRest(text, gapStart);
          if (listed !== null) eachListed = listed;
          else if (rest) phraseArea = text.slice(gapStart, index);
          if (listed !== null || rest) {
            refining = false;
            afterCount = false;
            break;
          }
          // (not `其他为普通型`: the rest of the cases are not the count before)
          refining = lastFigure !== null && !saysTheRest(text, gapStart, index);
          refiningOwnCount =
            refining && afterCount && lastFigure!.countEnd === index && !hasMeaning(lastStated);
          afterCount = false;
          break;
        }
        case 'corrects':
          // `新增确诊病例数由411例订正为631例`: 411 was reported before and is replaced; 631 takes its roles.
          emitZero();
          if (afterCount && lastFigure !== null) {
            parent = rolesOf(lastFigure);
            lastFigure.superseded = true;
            resetPhrase();
            afterCount = false;
            endGroup();
          }
          break;
        case 'respectively':
          if (stated.kind !== undefined && innermost(kindsListed) !== stated.kind)
            kindsListed.push(stated.kind);
          if (kindsListed.length > 1) {
            respectively = [...kindsListed];
            stated.kind = undefined;
          } else if (lastFigure !== null && (afterCount || phraseStart < 0)) {
            // `死亡病例8例，分别为甲市确诊病例4例、…`: no kinds to hand out, so the counts after are parts.
            parent = rolesOf(lastFigure);
            parts.push(parent);
            resetPhrase();
            afterCount = false;
            endGroup();
          }
          break;
      }
      // An area name may hold a connective (`呼和浩特市`): 和 does not end the name being read.
      if (roles.link !== 'and') gapStart = -1;
      lastWasRole = false;
      lastWordEnd = wordEnd;
      index = wordEnd;
      continue;
    }

    if (roles.filler) {
      // `（厦门市报告1例、泉州市报告2例）`: an area before 报告 in a list of parts is the part's area.
      if (gapStart >= 0 && phraseStart < 0 && phraseArea === null && currentWhole() !== null) {
        const name = areaNameIn(text, gapStart, index);
        if (name !== null && !OWN_REGION_RE.test(name)) phraseArea = name;
      }
      index = wordEnd;
      lastWordEnd = wordEnd;
      gapStart = -1;
      continue;
    }

    // A role word.
    if (roles.tally === 'new') sentenceSaysNew = true;
    // A zero phrase that has its time and kind ends at a time or measure word (`无新增本土确诊病例新增境外
    // 输入确诊病例20例`, `…确诊病例治愈出院12例`: a headline whose blanks cleaning removed).
    if (
      (roles.tally || roles.measure) &&
      !roles.negation &&
      negationAt >= 0 &&
      negationLastWord >= 0 &&
      stated.tally !== undefined &&
      stated.kind !== undefined
    ) {
      emitZero();
      negationAt = -1;
      resetPhrase();
    }
    if (refining && lastFigure) {
      // `均为境外输入`, `为此前无症状感染者转归`: a refinement says where from, how severe, or a new measure;
      // a bare kind there describes the people (`均为…密切接触者`), not what is counted, and so does
      // a state cases are in (`新增4例，均在定点医院隔离治疗`: still new cases, not a count in hospital).
      const state = roles.tally === 'current' && lastFigure.kind !== 'closeContacts';
      if (roles.measure ? !state : !roles.kind) amend(lastFigure, roles, true);
      // (`其中3例为密切接触者`: which cases the count is, those that were close contacts)
      else if (roles.kind === 'closeContacts' && refiningOwnCount && lastFigure.exposure === null)
        lastFigure.exposure = CLOSE_CONTACTS_EXPOSURE;
    } else if (
      afterCount &&
      lastFigure &&
      !roles.negation &&
      completesLast(roles) &&
      // Words that lead straight to a count are that count's phrase when the count before them already
      // has a meaning (`新增无症状感染者1例治愈出院12例新增境外输入…`: a headline without its blanks).
      !(hasMeaning(lastStated) && countFollows(text, index, to))
    ) {
      amend(lastFigure, roles, false);
    } else {
      if (afterCount) {
        afterCount = false;
        endGroup();
      }
      if (phraseStart < 0) {
        phraseStart = index;
        // `、乙市确诊病例1例`, `其中甲市累计报告确诊病例数最多（160例）`: an area that opens a part before
        // its first word is the part's area. (`我市`, `全省` name the record's own region, not one of its parts)
        // (and so does one after a list's `；`, whose items are still of the list's whole)
        if (gapStart >= 0 && (parts.length > 0 || listWhole !== null)) {
          const name = areaNameIn(text, gapStart, index);
          phraseArea = name !== null && !OWN_REGION_RE.test(name) ? name : null;
        }
      }
      if (roles.negation) {
        if (negationAt < 0) {
          negationAt = phraseStart;
          negationSubject = zeroSubject(text, from, negationAt);
        }
        negationLastWord = -1;
      }
      addRoles(stated, roles);
      if (roles.kind && respectively.length === 0) kindsListed.push(roles.kind);
      if (negationAt >= 0 && !roles.negation) negationLastWord = wordEnd;
    }
    gapStart = -1;
    lastWasRole = !roles.negation;
    lastWordEnd = wordEnd;
    index = wordEnd;
  }
  // (the range may end right after an exposure: `…，2例来自法国`)
  if (lastFigure !== null && lastFigure.exposure === null)
    lastFigure.exposure = exposureIn(text, lastFigure.countEnd, to);
  hardStop();
  if (unmeant.size === 0) return { figures, unread };
  for (const figure of unmeant) unread.push({ start: figure.span.start, end: figure.countEnd });
  return { figures: figures.filter((figure) => !unmeant.has(figure)), unread };
}
