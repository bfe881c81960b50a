import type { Span, Warning } from '../../types';
import type { Instant } from '../../time/instant';
import type { BreakdownEntry, BreakdownMeasure, DailyBulletin, Figure, SplitFigure } from '../schemas';
import type { ListItem } from './breakdownList';

/** The figure fields of a bulletin, addressed by a dotted path. */
export type FigurePath =
  | 'newConfirmed'
  | 'newLocalConfirmed'
  | 'newLocalAsymptomatic'
  | 'newImported.total'
  | 'newImported.confirmed'
  | 'newImported.asymptomatic'
  | 'asymptomaticToConfirmed'
  | 'cumulativeConfirmed'
  | 'cumulativeAsymptomatic'
  | 'inHospital.total'
  | 'inHospital.confirmed'
  | 'inHospital.asymptomatic'
  | 'severe'
  | 'asymptomaticUnderObservation'
  | 'discharged.total'
  | 'discharged.confirmed'
  | 'discharged.asymptomatic'
  | 'dischargedCumulative.total'
  | 'dischargedCumulative.confirmed'
  | 'dischargedCumulative.asymptomatic'
  | 'newDeaths'
  | 'cumulativeDeaths'
  | 'daysWithoutNewCases';

/** Breakdown measure of a figure path, where the schema has one. */
export const BREAKDOWN_MEASURE: Partial<Record<FigurePath, BreakdownMeasure>> = {
  newConfirmed: 'newConfirmed',
  newLocalConfirmed: 'newLocalConfirmed',
  newLocalAsymptomatic: 'newLocalAsymptomatic',
  'newImported.confirmed': 'newImportedConfirmed',
  'newImported.asymptomatic': 'newImportedAsymptomatic',
  asymptomaticToConfirmed: 'asymptomaticToConfirmed',
  cumulativeConfirmed: 'cumulativeConfirmed',
  cumulativeAsymptomatic: 'cumulativeAsymptomatic',
  severe: 'severe',
  'discharged.total': 'discharged',
  'dischargedCumulative.total': 'dischargedCumulative',
  newDeaths: 'deaths',
};

/** Chinese label of each figure, for warning messages. */
export const FIGURE_LABEL: Record<FigurePath, string> = {
  newConfirmed: 'new confirmed (新增确诊)',
  newLocalConfirmed: 'new local confirmed (新增本土确诊)',
  newLocalAsymptomatic: 'new local asymptomatic (新增本土无症状)',
  'newImported.total': 'new imported (新增境外输入)',
  'newImported.confirmed': 'new imported confirmed (境外输入确诊)',
  'newImported.asymptomatic': 'new imported asymptomatic (境外输入无症状)',
  asymptomaticToConfirmed: 'asymptomatic converted to confirmed (无症状转确诊)',
  cumulativeConfirmed: 'cumulative confirmed (累计确诊)',
  cumulativeAsymptomatic: 'cumulative asymptomatic (累计无症状)',
  'inHospital.total': 'in hospital (在院治疗)',
  'inHospital.confirmed': 'in hospital, confirmed (在院确诊)',
  'inHospital.asymptomatic': 'in hospital, asymptomatic (在院无症状)',
  severe: 'severe (重症)',
  asymptomaticUnderObservation: 'asymptomatic under observation (尚在医学观察)',
  'discharged.total': 'discharged (出院)',
  'discharged.confirmed': 'discharged, confirmed (确诊出院)',
  'discharged.asymptomatic': 'discharged, asymptomatic (无症状出院)',
  'dischargedCumulative.total': 'cumulative discharged (累计出院)',
  'dischargedCumulative.confirmed': 'cumulative discharged, confirmed (累计确诊出院)',
  'dischargedCumulative.asymptomatic': 'cumulative discharged, asymptomatic (累计无症状出院)',
  newDeaths: 'new deaths (新增死亡)',
  cumulativeDeaths: 'cumulative deaths (累计死亡)',
  daysWithoutNewCases: 'days without new cases (连续无新增天数)',
};

/** Every figure path, in the order of {@link FIGURE_LABEL}. */
export const FIGURE_PATHS = Object.keys(FIGURE_LABEL) as FigurePath[];

const emptyFigure = (): Figure => ({ value: null, span: null });
const emptySplit = (): SplitFigure => ({
  total: emptyFigure(),
  confirmed: emptyFigure(),
  asymptomatic: emptyFigure(),
});

/** A fresh bulletin with every figure unknown. */
export function emptyBulletin(span: Span): DailyBulletin {
  return {
    kind: 'dailyBulletin',
    span,
    warnings: [],
    region: null,
    regionSpan: null,
    regionName: null,
    regionCode: null,
    period: null,
    periodSpan: null,
    periodHours: null,
    publishedAt: null,
    newConfirmed: emptyFigure(),
    newLocalConfirmed: emptyFigure(),
    newLocalAsymptomatic: emptyFigure(),
    newImported: emptySplit(),
    asymptomaticToConfirmed: emptyFigure(),
    cumulativeConfirmed: emptyFigure(),
    cumulativeAsymptomatic: emptyFigure(),
    inHospital: emptySplit(),
    severe: emptyFigure(),
    asymptomaticUnderObservation: emptyFigure(),
    discharged: emptySplit(),
    dischargedCumulative: emptySplit(),
    newDeaths: emptyFigure(),
    cumulativeDeaths: emptyFigure(),
    // Written out, not spread from emptyFigure(): a spread here was 4% of a short document's time.
    daysWithoutNewCases: { value: null, span: null, socialOnly: false },
    breakdowns: [],
    figures: [],
  };
}

/** Each dotted path split once into its group and field (`inHospital.total` → `inHospital`, `total`). */
const PATH_PARTS = new Map<FigurePath, readonly [group: string, field: string]>(
  FIGURE_PATHS.flatMap((path) => {
    const dot = path.indexOf('.');
    return dot < 0 ? [] : [[path, [path.slice(0, dot), path.slice(dot + 1)] as const]];
  }),
);

/**
 * The reader of each figure path, written out: each reads fixed property names, where a look-up
 * of the path's parts and two loads by a varying name were 3% of a short document.
 */
const FIGURE_OF: { readonly [P in FigurePath]: (bulletin: DailyBulletin) => Figure } = {
  newConfirmed: (b) => b.newConfirmed,
  newLocalConfirmed: (b) => b.newLocalConfirmed,
  newLocalAsymptomatic: (b) => b.newLocalAsymptomatic,
  'newImported.total': (b) => b.newImported.total,
  'newImported.confirmed': (b) => b.newImported.confirmed,
  'newImported.asymptomatic': (b) => b.newImported.asymptomatic,
  asymptomaticToConfirmed: (b) => b.asymptomaticToConfirmed,
  cumulativeConfirmed: (b) => b.cumulativeConfirmed,
  cumulativeAsymptomatic: (b) => b.cumulativeAsymptomatic,
  'inHospital.total': (b) => b.inHospital.total,
  'inHospital.confirmed': (b) => b.inHospital.confirmed,
  'inHospital.asymptomatic': (b) => b.inHospital.asymptomatic,
  severe: (b) => b.severe,
  asymptomaticUnderObservation: (b) => b.asymptomaticUnderObservation,
  'discharged.total': (b) => b.discharged.total,
  'discharged.confirmed': (b) => b.discharged.confirmed,
  'discharged.asymptomatic': (b) => b.discharged.asymptomatic,
  'dischargedCumulative.total': (b) => b.dischargedCumulative.total,
  'dischargedCumulative.confirmed': (b) => b.dischargedCumulative.confirmed,
  'dischargedCumulative.asymptomatic': (b) => b.dischargedCumulative.asymptomatic,
  newDeaths: (b) => b.newDeaths,
  cumulativeDeaths: (b) => b.cumulativeDeaths,
  daysWithoutNewCases: (b) => b.daysWithoutNewCases,
};

/** Reads a figure of a bulletin by path. */
export function getFigure(bulletin: DailyBulletin, path: FigurePath): Figure {
  return FIGURE_OF[path](bulletin);
}

/** Replaces a figure of a bulletin by path. */
export function replaceFigure(bulletin: DailyBulletin, path: FigurePath, figure: Figure): void {
  const parts = PATH_PARTS.get(path);
  if (parts === undefined) {
    if (path === 'daysWithoutNewCases') {
      bulletin.daysWithoutNewCases = { ...figure, socialOnly: bulletin.daysWithoutNewCases.socialOnly };
    } else bulletin[path as 'newConfirmed'] = figure;
    return;
  }
  bulletin[parts[0] as 'inHospital'][parts[1] as 'total'] = figure;
}

/** A named field's figure: its value, where it stands, the phrase, and its as-of instant if any. */
export function namedFigure(
  value: number | null,
  span: Span,
  raw: string,
  asOf: Instant | undefined,
): Figure {
  const figure: Figure = { value, span, raw };
  if (asOf !== undefined) figure.asOf = asOf;
  return figure;
}

/**
 * Sets a figure once. A second statement with another value (same as-of) becomes a
 * CONFLICTING_FIGURES warning and the first value is kept; an empty slot becomes EMPTY_NUMBER_SLOT.
 */
export function setFigure(
  bulletin: DailyBulletin,
  path: FigurePath,
  value: number | null,
  span: Span,
  raw: string,
  asOf: Instant | undefined,
  reportEmpty = true,
): void {
  const current = getFigure(bulletin, path);
  if (value === null && reportEmpty) {
    bulletin.warnings.push({
      code: 'EMPTY_NUMBER_SLOT',
      message: `the text has a slot for ${FIGURE_LABEL[path]} ("${raw}") but no number in it; the figure is null`,
      span,
    });
  }
  if (current.span === null || (current.value === null && value !== null)) {
    replaceFigure(bulletin, path, namedFigure(value, span, raw, asOf));
    return;
  }
  if (value !== null && current.value !== null && current.value !== value && current.asOf === asOf) {
    bulletin.warnings.push({
      code: 'CONFLICTING_FIGURES',
      message: `${FIGURE_LABEL[path]} is stated as ${current.value} and again as ${value}; the first is kept`,
      span,
    });
  }
}

/** Adds breakdown items for a measure, merging areas by name (nested areas too). */
export function addBreakdown(
  entries: BreakdownEntry[],
  measure: BreakdownMeasure,
  items: ListItem[],
  mapSpan: (span: Span) => Span,
  asOf: Instant | undefined,
): void {
  for (const item of items) {
    let entry = entries.find((candidate) => candidate.area === item.area);
    if (!entry) {
      entry = {
        area: item.area,
        span: mapSpan({ start: item.areaStart, end: item.areaEnd }),
        code: null,
        confidence: null,
        figures: {},
        children: [],
      };
      entries.push(entry);
    }
    if (!entry.figures[measure]) {
      const figure: Figure = {
        value: item.value,
        span: mapSpan({ start: item.valueStart, end: item.valueEnd }),
      };
      if (asOf !== undefined) figure.asOf = asOf;
      entry.figures[measure] = figure;
    }
    if (item.children.length > 0) addBreakdown(entry.children, measure, item.children, mapSpan, asOf);
  }
}

/** Merges breakdown entries (already built) into `entries`: by area, first figure kept, children too. */
export function addBreakdownEntries(entries: BreakdownEntry[], more: BreakdownEntry[]): void {
  for (const item of more) {
    const entry = entries.find((candidate) => candidate.area === item.area);
    if (!entry) {
      entries.push(item);
      continue;
    }
    for (const [measure, figure] of Object.entries(item.figures) as Array<[BreakdownMeasure, Figure]>) {
      entry.figures[measure] ??= figure;
    }
    addBreakdownEntries(entry.children, item.children);
  }
}

/** A warning as stored in a record (zod's inferred shape). */
export type RecordWarning = DailyBulletin['warnings'][number];

/** The code-and-span keys of each warning list and how many of its items they cover. */
const WARNING_KEYS = new WeakMap<RecordWarning[], { keys: Set<string>; counted: number }>();

const warningKey = (warning: Warning | RecordWarning): string =>
  `${warning.code}|${warning.span?.start}|${warning.span?.end}`;

/** Lists shorter than this are scanned; longer ones keep a set of their keys. */
const SCANNED_WARNINGS = 16;

/**
 * The same code and span: {@link warningKey}'s equality without building the keys (spans are
 * integer offsets, so equal numbers are equal keys).
 */
const sameWarning = (a: Warning | RecordWarning, b: Warning): boolean =>
  a.code === b.code && a.span?.start === b.span?.start && a.span?.end === b.span?.end;

/**
 * Pushes a warning unless the same code and span is already there: a scan of a short list (most
 * bulletins have a few warnings, and a set per list cost more than the scan), one lookup in a long one.
 */
export function pushWarning(list: RecordWarning[], warning: Warning): void {
  if (list.length < SCANNED_WARNINGS) {
    for (const other of list) if (sameWarning(other, warning)) return;
    list.push(warning);
    return;
  }
  let seen = WARNING_KEYS.get(list);
  if (!seen || seen.counted > list.length) {
    seen = { keys: new Set(), counted: 0 };
    WARNING_KEYS.set(list, seen);
  }
  // Warnings pushed directly (not through here) are taken in before the lookup.
  for (; seen.counted < list.length; seen.counted++) seen.keys.add(warningKey(list[seen.counted]!));
  const key = warningKey(warning);
  if (seen.keys.has(key)) return;
  seen.keys.add(key);
  list.push(warning);
  seen.counted++;
}
