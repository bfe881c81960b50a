import type { DailyBulletin, Figure } from '@fangkong/core/extract';

/**
 * The figures of a daily bulletin, flattened, in the order of the CSV columns: the name of each
 * column (snake_case) and the path of the figure in the record. The CSV header and `docs/cli.md`
 * list them; changing this list changes the published CSV format (a changeset says so).
 */
export const BULLETIN_FIGURES: readonly (readonly [column: string, path: readonly string[]])[] = [
  ['new_confirmed', ['newConfirmed']],
  ['new_local_confirmed', ['newLocalConfirmed']],
  ['new_local_asymptomatic', ['newLocalAsymptomatic']],
  ['new_imported', ['newImported', 'total']],
  ['new_imported_confirmed', ['newImported', 'confirmed']],
  ['new_imported_asymptomatic', ['newImported', 'asymptomatic']],
  ['asymptomatic_to_confirmed', ['asymptomaticToConfirmed']],
  ['cumulative_confirmed', ['cumulativeConfirmed']],
  ['cumulative_asymptomatic', ['cumulativeAsymptomatic']],
  ['in_hospital', ['inHospital', 'total']],
  ['in_hospital_confirmed', ['inHospital', 'confirmed']],
  ['in_hospital_asymptomatic', ['inHospital', 'asymptomatic']],
  ['severe', ['severe']],
  ['asymptomatic_under_observation', ['asymptomaticUnderObservation']],
  ['discharged', ['discharged', 'total']],
  ['discharged_confirmed', ['discharged', 'confirmed']],
  ['discharged_asymptomatic', ['discharged', 'asymptomatic']],
  ['discharged_cumulative', ['dischargedCumulative', 'total']],
  ['discharged_cumulative_confirmed', ['dischargedCumulative', 'confirmed']],
  ['discharged_cumulative_asymptomatic', ['dischargedCumulative', 'asymptomatic']],
  ['new_deaths', ['newDeaths']],
  ['cumulative_deaths', ['cumulativeDeaths']],
  ['days_without_new_cases', ['daysWithoutNewCases']],
];

/** The figure at `path` of a bulletin. */
export function figureAt(bulletin: DailyBulletin, path: readonly string[]): Figure | undefined {
  let value: unknown = bulletin;
  for (const key of path) value = (value as Record<string, unknown> | undefined)?.[key];
  return value as Figure | undefined;
}

/** The CSV columns, in order: the file and the record, the bulletin's own fields, then each figure and its as-of. */
export const CSV_COLUMNS: readonly string[] = [
  'file',
  'record',
  'region',
  'region_name',
  'region_code',
  'period_start',
  'period_end',
  'period_hours',
  'published_at',
  ...BULLETIN_FIGURES.flatMap(([column]) => [column, `${column}_as_of`]),
  'warnings',
];

/** One CSV row of a bulletin (values in CSV_COLUMNS order; empty for null). */
export function csvRow(file: string, index: number, bulletin: DailyBulletin): (string | number)[] {
  const row: (string | number)[] = [
    file,
    index,
    bulletin.region ?? '',
    bulletin.regionName ?? '',
    bulletin.regionCode ?? '',
    bulletin.period?.start ?? '',
    bulletin.period?.end ?? '',
    bulletin.periodHours ?? '',
    bulletin.publishedAt ?? '',
  ];
  for (const [, path] of BULLETIN_FIGURES) {
    const figure = figureAt(bulletin, path);
    const known = figure?.value !== null && figure?.value !== undefined;
    // A figure carries its own as-of only when the text gives one; otherwise it is as of the period's end.
    row.push(figure?.value ?? '', known ? (figure?.asOf ?? bulletin.period?.end ?? '') : '');
  }
  row.push(bulletin.warnings.map((warning) => warning.code).join(';'));
  return row;
}
