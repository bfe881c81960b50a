import type { Span } from '../../types';
import type { Instant } from '../../time/instant';
import type { DailyBulletin } from '../schemas';
import { addStatedFigure } from './addStatedFigure';
import { closingBracket, parseBreakdownList } from './breakdownList';
import {
  addBreakdown,
  BREAKDOWN_MEASURE,
  type FigurePath,
  namedFigure,
  getFigure,
  pushWarning,
  replaceFigure,
  setFigure,
} from './bulletinBuilder';
import { type FigureRoles, readClauses } from './readClauses';
import type { Scope } from './figureWords';
import { readNumberAfter } from '../../numbers/readNumberAfter';
import type { AsOfMarker } from './periods';
import { asOfReader } from './asOfReader';

/** Context the reader needs from the bulletin being built. */
export interface ReadContext {
  bulletin: DailyBulletin;
  /** Maps a span of the cleaned text to the original input. */
  mapSpan: (span: Span) => Span;
  /** As-of markers inside the range, in order. */
  asOfMarkers: AsOfMarker[];
  /** End of the bulletin's period: a marker equal to it adds no `asOf`. */
  periodEnd: Instant | null;
}

/** The named field of a bulletin a grammar figure fills, or null (it lives in `figures` only). */
export function fieldOf(figure: FigureRoles): FigurePath | null {
  // Parts of another area, of one age band or exposure, revisions (`核减1例`) and changes from the
  // day before (`重症病例较前一日增加3例`) are not the record's counts.
  if (figure.area !== null || figure.age !== null || figure.exposure !== null || figure.facility !== null)
    return null;
  const { measure, tally, scope, kind } = figure;
  if (tally === 'revision' || tally === 'change' || tally === 'expected') return null;
  const local = scope !== 'imported';
  const part = kind === 'confirmed' ? 'confirmed' : kind === 'asymptomatic' ? 'asymptomatic' : 'total';
  if (kind === 'closeContacts' || kind === 'suspected') return null;
  if (figure.severity !== null) {
    // `severe` is the severe cases now: new severe cases (`新增重症病例3例`) are figures only.
    return figure.severity === 'severe' &&
      local &&
      (tally === 'current' || tally === 'unstated') &&
      kind !== 'asymptomatic'
      ? 'severe'
      : null;
  }
  if (figure.foundIn !== null || figure.sex !== null) return null;
  switch (measure) {
    case 'reported':
      if (tally === 'new') {
        if (scope === 'imported') {
          return kind === 'asymptomatic'
            ? 'newImported.asymptomatic'
            : kind === 'infections'
              ? null
              : 'newImported.confirmed';
        }
        if (scope === 'local') {
          return kind === 'confirmed' || kind === 'cases'
            ? 'newLocalConfirmed'
            : kind === 'asymptomatic'
              ? 'newLocalAsymptomatic'
              : null;
        }
        return kind === 'confirmed' ? 'newConfirmed' : null;
      }
      if (tally === 'cumulative' && local) {
        return kind === 'confirmed'
          ? 'cumulativeConfirmed'
          : kind === 'asymptomatic'
            ? 'cumulativeAsymptomatic'
            : null;
      }
      return null;
    case 'inHospital':
      return local ? (`inHospital.${part}` as FigurePath) : null;
    case 'underObservation':
      return local && kind === 'asymptomatic' ? 'asymptomaticUnderObservation' : null;
    case 'discharged':
      if (!local) return null;
      return tally === 'cumulative'
        ? (`dischargedCumulative.${part}` as FigurePath)
        : (`discharged.${part}` as FigurePath);
    case 'released':
      return local && tally !== 'cumulative' && kind !== 'confirmed' ? 'discharged.asymptomatic' : null;
    case 'deaths':
      if (!local) return null;
      return tally === 'cumulative' ? 'cumulativeDeaths' : 'newDeaths';
    case 'converted':
      return scope === 'imported' || tally === 'cumulative' ? null : 'asymptomaticToConfirmed';
    case 'excluded':
      return null;
  }
}

/**
 * The scope of the statement each named field holds, in one reading: local fields take figures of
 * local cases and figures of no stated scope alike, and the two may rightly differ.
 */
class FieldScopes {
  private readonly held = new Map<FigurePath, Scope>();

  hold(path: FigurePath, scope: Scope): void {
    if (!this.held.has(path) || scope === 'local') this.held.set(path, scope);
  }

  /**
   * Whether `path` holds a statement of the other of local and unstated scope with another value
   * (same as-of instant), so that a second statement is no conflict.
   */
  differ(
    bulletin: DailyBulletin,
    path: FigurePath,
    scope: Scope,
    value: number | null,
    asOf: Instant | undefined,
  ): boolean {
    const held = this.held.get(path);
    if (held === undefined || held === scope || (held !== 'unstated' && scope !== 'unstated')) return false;
    const current = getFigure(bulletin, path);
    return value !== null && current.value !== null && current.value !== value && current.asOf === asOf;
  }
}

/**
 * Reads every figure of one bulletin from `[from, to)` of the cleaned text into `context.bulletin`:
 * the figure grammar (`readClauses`) reads the counts, each goes to `figures` and, where the record
 * has one, to its named field; counts the grammar cannot give a meaning to are `UNREAD_FIGURE`.
 */
export function readFigures(text: string, from: number, to: number, context: ReadContext): void {
  const { bulletin, mapSpan } = context;
  const reading = readClauses(text, from, to);
  const scopes = new FieldScopes();

  const asOfAt = asOfReader(text, from, to, context.asOfMarkers, context.periodEnd);

  const breakdownAfter = (path: FigurePath, position: number, asOf: Instant | undefined): void => {
    // Most counts are followed by no bracket: that is ruled out first, by char code.
    const code = text.charCodeAt(position);
    if (code !== 0xff08 /* （ */ && code !== 0x28 /* ( */) return;
    const measure = BREAKDOWN_MEASURE[path];
    if (!measure) return;
    const close = closingBracket(text, position);
    if (close < 0 || close > to) return;
    const items = parseBreakdownList(text, position + 1, close);
    if (items) addBreakdown(bulletin.breakdowns, measure, items, mapSpan, asOf);
  };

  for (const figure of reading.figures) {
    const asOf = asOfAt(figure.phrase.start);
    const span = mapSpan(figure.span);
    addStatedFigure(bulletin, figure, figure.value, span, asOf);
    // A value the text corrects (`由411例订正为631例`: 411) is kept in `figures`, never in a field.
    // (a severity or where found said of all the cases leaves the count the count of those cases)
    const path = figure.superseded
      ? null
      : fieldOf(figure.qualifiesAll ? { ...figure, severity: null, foundIn: null } : figure);
    if (!path) continue;
    // A part of a figure (`出院1430例，其中…本土病例1391例`) is never that figure's own field.
    if (figure.whole && fieldOf(figure.whole) === path) continue;
    const raw = text.slice(figure.phrase.start, figure.phrase.end);
    if (scopes.differ(bulletin, path, figure.scope, figure.value, asOf)) {
      // A field of local cases that a figure of no stated scope may fill too (`累计报告本地确诊病例415例` and
      // `累计报告确诊病例522例`, which counts imported cases as well): the local statement is the field's,
      // the other stays in `figures`, and two different counts are no conflict.
      if (figure.scope === 'local') replaceFigure(bulletin, path, namedFigure(figure.value, span, raw, asOf));
    } else setFigure(bulletin, path, figure.value, span, raw, asOf);
    scopes.hold(path, figure.scope);
    breakdownAfter(path, figure.countEnd, asOf);
  }
  for (const span of reading.unread) {
    pushWarning(bulletin.warnings, {
      code: 'UNREAD_FIGURE',
      message: `the count "${text.slice(span.start, span.end)}" has no word saying what it counts; it is not read into any figure`,
      span: mapSpan(span),
    });
  }
  readStreaks(text, from, to, context);
  const headed = occurrences(text, '病例中', from, to);
  if (headed.length === 0) return;
  // The grammar's reading of each list item, by where its count starts: it says whether the list
  // counts the day's cases or totals (`新增治愈出院病例中，…`, `截至…。出院病例中，…`).
  const itemAt = new Map<number, FigureRoles>();
  for (const figure of reading.figures) if (figure.area !== null) itemAt.set(figure.span.start, figure);
  for (const at of headed) readHeadedList(text, at, to, context, itemAt);
}

/**
 * Where `word` starts inside `[from, to)`. The search never runs past `to`: a document holds many
 * bulletins, and searching to its end from each of them would be quadratic.
 */
function occurrences(text: string, word: string, from: number, to: number): number[] {
  const found: number[] = [];
  const segment = text.slice(from, to);
  for (let at = segment.indexOf(word); at >= 0; at = segment.indexOf(word, at + word.length))
    found.push(from + at);
  return found;
}

const STREAK_RE = /连续([0-9０-９零〇一二两三四五六七八九十百千]{0,6})[天日]/y;

/** `已连续N天无新增` (also with the digits stripped): days without new cases. */
function readStreaks(text: string, from: number, to: number, context: ReadContext): void {
  const { bulletin, mapSpan } = context;
  for (const at of occurrences(text, '连续', from, to)) {
    STREAK_RE.lastIndex = at;
    const match = STREAK_RE.exec(text);
    if (!match || match.index !== at) continue;
    const consumed = at + match[0].length;
    const after = text.slice(consumed, Math.min(to, consumed + 16));
    if (!/无新增|零增长|零新增|无本土/.test(after)) continue;
    const digits = match[1] ?? '';
    const slot = digits ? readNumberAfter(text, at + 2) : null;
    const value = slot?.kind === 'value' ? slot.value : null;
    const span = digits ? { start: at + 2, end: at + 2 + digits.length } : { start: at, end: consumed };
    setFigure(bulletin, 'daysWithoutNewCases', value, mapSpan(span), match[0], undefined);
    if (after.includes('社会面') || text.slice(Math.max(from, at - 4), at).includes('社会面')) {
      bulletin.daysWithoutNewCases.socialOnly = true;
    }
  }
}

/** A list's head (`新增确诊病例中`), the measure its grammar figures have, and its new and total fields. */
const HEADED: Array<[string, FigureRoles['measure'], FigurePath, FigurePath]> = [
  ['本地确诊', 'reported', 'newLocalConfirmed', 'cumulativeConfirmed'],
  ['确诊', 'reported', 'newConfirmed', 'cumulativeConfirmed'],
  ['重症', 'reported', 'severe', 'severe'],
  ['出院', 'discharged', 'discharged.total', 'dischargedCumulative.total'],
  ['死亡', 'deaths', 'newDeaths', 'cumulativeDeaths'],
];

/** `；`, `;`, `。` or a line break: the end of a headed list (by char code: no one-character strings). */
const endsList = (code: number): boolean =>
  code === 0xff1b || code === 0x3b || code === 0x3002 || code === 0x0a;

/**
 * `新增确诊病例中，鹿城区8例、龙湾区1例…` (Wenzhou): a list headed by its measure. Whether it lists
 * the day's cases or totals is the grammar's reading of its items (`itemAt`, by where each count
 * starts), which knows the words of the head (新增, 累计) and the sentence it follows (`截至…`); a
 * list the grammar did not read takes it from the head alone (`新增…` the day's, else totals).
 */
function readHeadedList(
  text: string,
  at: number,
  to: number,
  context: ReadContext,
  itemAt: ReadonlyMap<number, FigureRoles>,
): void {
  const head = text.slice(Math.max(0, at - 8), at);
  const found = HEADED.find(([word]) => head.endsWith(word));
  if (!found) return;
  const [, measure, newPath, totalPath] = found;
  let start = at + 3;
  if ('，,：:'.includes(text[start] ?? '')) start++;
  let end = start;
  const limit = Math.min(to, start + 2000);
  while (end < limit && !endsList(text.charCodeAt(end))) end++;
  const items = parseBreakdownList(text, start, end);
  if (!items) return;
  const item = itemAt.get(items[0]!.valueStart);
  const tally =
    item && item.measure === measure && (item.tally === 'new' || item.tally === 'cumulative')
      ? item.tally
      : /新增|当日|今日/.test(head)
        ? 'new'
        : 'cumulative';
  const breakdown = BREAKDOWN_MEASURE[tally === 'new' ? newPath : totalPath];
  if (breakdown) addBreakdown(context.bulletin.breakdowns, breakdown, items, context.mapSpan, undefined);
}
