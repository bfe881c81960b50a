import { arrayOf, type Check } from '../_internal/args';
import { invalidArgument } from '../_internal/invalidArgument';
import { instantMillis } from '../time/instant';
import {
  FIGURE_LABEL,
  type FigurePath,
  getFigure,
  pushWarning,
  type RecordWarning,
} from './_internal/bulletinBuilder';
import type { BreakdownEntry, BreakdownMeasure, DailyBulletin, Figure, SplitFigure } from './schemas';

/** A daily bulletin as extraction makes it (what the checks read of it). */
const isBulletin: Check = (value, path) => {
  const record = value as { kind?: unknown; warnings?: unknown } | null;
  if (
    record === null ||
    typeof record !== 'object' ||
    record.kind !== 'dailyBulletin' ||
    !Array.isArray(record.warnings)
  ) {
    throw invalidArgument(
      path,
      'a daily bulletin (a record of kind "dailyBulletin", as extractDailyBulletins gives)',
      value,
    );
  }
};

const SPLITS: Array<[FigurePath, 'inHospital' | 'discharged' | 'dischargedCumulative' | 'newImported']> = [
  ['inHospital.total', 'inHospital'],
  ['discharged.total', 'discharged'],
  ['dischargedCumulative.total', 'dischargedCumulative'],
  ['newImported.total', 'newImported'],
];

/** Bulletin figure compared with the sum of its breakdown, per measure. */
const BREAKDOWN_TOTALS: Array<[BreakdownMeasure, FigurePath]> = [
  ['newConfirmed', 'newConfirmed'],
  ['newLocalConfirmed', 'newLocalConfirmed'],
  ['newLocalAsymptomatic', 'newLocalAsymptomatic'],
  ['newImportedConfirmed', 'newImported.confirmed'],
  ['newImportedAsymptomatic', 'newImported.asymptomatic'],
  ['cumulativeConfirmed', 'cumulativeConfirmed'],
  ['severe', 'severe'],
  ['discharged', 'discharged.total'],
  ['dischargedCumulative', 'dischargedCumulative.total'],
];

function checkSplit(split: SplitFigure, label: string, warnings: RecordWarning[]): void {
  const { total, confirmed, asymptomatic } = split;
  if (total.value === null || confirmed.value === null || asymptomatic.value === null) return;
  if (total.asOf !== confirmed.asOf || total.asOf !== asymptomatic.asOf) return;
  const sum = confirmed.value + asymptomatic.value;
  if (sum !== total.value) {
    pushWarning(warnings, {
      code: 'PARTS_DO_NOT_SUM',
      message: `${label}: ${confirmed.value} confirmed + ${asymptomatic.value} asymptomatic = ${sum}, but the text states a total of ${total.value}`,
      ...(total.span ? { span: total.span } : {}),
    });
  }
}

function checkEntries(
  entries: BreakdownEntry[],
  measure: BreakdownMeasure,
  total: Figure,
  label: string,
  warnings: RecordWarning[],
): void {
  if (entries.length === 0) return; // most bulletins have no breakdown: nothing to add up
  // The areas' figures of this measure, added up in one pass (no array of them for each measure).
  let parts = 0;
  let sum = 0;
  let unknown = false;
  let nested = false;
  for (const entry of entries) {
    if (entry.children.length > 0) nested = true;
    if (total.value === null) continue;
    const figure = entry.figures[measure];
    if (!figure) continue;
    parts++;
    if (figure.value === null) unknown = true;
    else sum += figure.value;
  }
  if (parts > 0 && !unknown && sum !== total.value) {
    pushWarning(warnings, {
      code: 'PARTS_DO_NOT_SUM',
      message: `${label}: the listed areas add up to ${sum}, but the text states ${total.value}`,
      ...(total.span ? { span: total.span } : {}),
    });
  }
  if (!nested) return;
  for (const entry of entries) {
    const own = entry.figures[measure];
    if (own && entry.children.some((child) => child.figures[measure])) {
      checkEntries(entry.children, measure, own, `${label} in ${entry.area}`, warnings);
    }
  }
}

/**
 * Cross-checks one bulletin: split totals (`在院治疗6人(其中确诊病例4人,无症状感染者2人)`,
 * `39 + 23 = 62`) and breakdown sums (districts, provinces, cities of a province) must equal the
 * totals the text states (PARTS_DO_NOT_SUM). The bulletin given is left as it is.
 *
 * @returns a copy of the bulletin whose warnings are its own followed by those the checks found.
 * @example
 * // 4 + 1 is not the 6 in hospital:
 * const [bulletin] = extractDailyBulletins(
 *   '2021年1月12日0时至24时，大连市新增本土确诊病例6例。目前在院治疗6人（其中确诊病例4人，无症状感染者1人）。',
 * );
 * checkBulletin(bulletin).warnings.map((warning) => warning.code); // → ['PARTS_DO_NOT_SUM']
 */
export function checkBulletin(bulletin: DailyBulletin): DailyBulletin {
  isBulletin(bulletin, 'bulletin');
  const checked = withOwnWarnings(bulletin);
  addOwnChecks(checked);
  return checked;
}

/** The checks of {@link checkBulletin}, their warnings appended to the bulletin's own. */
function addOwnChecks(checked: DailyBulletin): void {
  for (const [path, group] of SPLITS) checkSplit(checked[group], FIGURE_LABEL[path], checked.warnings);
  if (checked.breakdowns.length === 0) return; // nothing to add up (most bulletins)
  for (const [measure, path] of BREAKDOWN_TOTALS) {
    checkEntries(checked.breakdowns, measure, getFigure(checked, path), FIGURE_LABEL[path], checked.warnings);
  }
}

/**
 * {@link checkBulletin} on each bulletin, then {@link checkBulletins}, for `extractRecords`: the
 * bulletins come fresh from the reader (no caller holds them yet, each has a warnings array of its
 * own), so their warnings are appended in place, without the two copies of every bulletin the
 * public functions make to leave their input as it was.
 */
export function checkReadBulletins(bulletins: DailyBulletin[]): DailyBulletin[] {
  for (const bulletin of bulletins) addOwnChecks(bulletin);
  crossCheck(bulletins);
  return bulletins;
}

/** A shallow copy of a bulletin with a warnings array of its own, which the checks append to. */
function withOwnWarnings(bulletin: DailyBulletin): DailyBulletin {
  return { ...bulletin, warnings: [...bulletin.warnings] };
}

const COMPARED: FigurePath[] = [
  'newConfirmed',
  'newLocalConfirmed',
  'newLocalAsymptomatic',
  'newImported.confirmed',
  'newImported.asymptomatic',
  'cumulativeConfirmed',
  'cumulativeAsymptomatic',
  'inHospital.total',
  'discharged.total',
  'dischargedCumulative.total',
  'newDeaths',
  'cumulativeDeaths',
];
const CUMULATIVE: FigurePath[] = [
  'cumulativeConfirmed',
  'cumulativeAsymptomatic',
  'dischargedCumulative.total',
  'cumulativeDeaths',
];

/**
 * Cross-checks bulletins of one document against each other: the same figure for the same region,
 * period and as-of stated twice with two values (CONFLICTING_FIGURES, on the later bulletin), and a
 * cumulative figure lower than in an earlier period of the same region (CUMULATIVE_DECREASED). The
 * bulletins given are left as they are.
 *
 * @returns copies of the bulletins, in the same order, each with the warnings the checks found
 *   appended to its own.
 * @example
 * const text =
 *   '2021年1月11日0时至24时，大连市无新增本土确诊病例。累计报告本土确诊病例51例。\n' +
 *   '2021年1月12日0时至24时，大连市无新增本土确诊病例。累计报告本土确诊病例50例。';
 * const [, later] = checkBulletins(extractDailyBulletins(text));
 * later.warnings.map((warning) => warning.code); // → ['CUMULATIVE_DECREASED'] (累计 fell from 51 to 50)
 */
export function checkBulletins(bulletins: DailyBulletin[]): DailyBulletin[] {
  arrayOf(isBulletin)(bulletins, 'bulletins');
  const checked = bulletins.map(withOwnWarnings);
  crossCheck(checked);
  return checked;
}

/** The checks of {@link checkBulletins}, their warnings appended to each bulletin's own. */
function crossCheck(checked: DailyBulletin[]): void {
  const firstOfPeriod = new Map<string, DailyBulletin[]>();
  const lastOfRegion = new Map<string, DailyBulletin>();
  for (const current of checked) {
    if (!current.period) continue;
    const region = current.region ?? '';
    const key = `${region}|${current.period.start}|${current.period.end}`;
    const same = firstOfPeriod.get(key);
    if (same) {
      for (const path of COMPARED) {
        const b = getFigure(current, path);
        if (b.value === null) continue;
        const a = same
          .map((previous) => getFigure(previous, path))
          .find((figure) => figure.value !== null && figure.asOf === b.asOf);
        if (a && a.value !== b.value) {
          pushWarning(current.warnings, {
            code: 'CONFLICTING_FIGURES',
            message: `${FIGURE_LABEL[path]} for ${current.region ?? 'this region'} in the same period is ${a.value} in an earlier bulletin and ${b.value} here`,
            ...(b.span ? { span: b.span } : {}),
          });
        }
      }
      if (same.length < 8) same.push(current);
    } else {
      firstOfPeriod.set(key, [current]);
    }
    const previous = lastOfRegion.get(region);
    if (previous?.period && instantMillis(previous.period.end) <= instantMillis(current.period.start)) {
      for (const path of CUMULATIVE) {
        const a = getFigure(previous, path);
        const b = getFigure(current, path);
        if (a.value !== null && b.value !== null && b.value < a.value && !a.asOf && !b.asOf) {
          pushWarning(current.warnings, {
            code: 'CUMULATIVE_DECREASED',
            message: `${FIGURE_LABEL[path]} falls from ${a.value} to ${b.value} between two periods`,
            ...(b.span ? { span: b.span } : {}),
          });
        }
      }
    }
    if (!previous?.period || instantMillis(previous.period.end) <= instantMillis(current.period.end)) {
      lastOfRegion.set(region, current);
    }
  }
}
