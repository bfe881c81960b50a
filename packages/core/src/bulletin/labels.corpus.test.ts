import { describe, expect, it } from 'vitest';
import { HELLOINT_PROVINCE_KEYS } from '../../test/corpusLabels';
import { listShared, readShared } from '../../test/shared';
import type { DailyBulletin, Figure } from './schemas';
import { extractRecords } from '../extract/extractRecords';

const bulletinsOf = (input: string, reference?: string): DailyBulletin[] =>
  extractRecords(input, reference ? { reference } : {}).records.filter(
    (record): record is DailyBulletin => record.kind === 'dailyBulletin',
  );

/** `20220313` → `2022-03-13T00:00:00+08:00`. */
const dayStart = (day: string): string =>
  `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T00:00:00+08:00`;

/** Every value a document states for a figure of the given data day (all bulletins of that day). */
function statedValues(
  bulletins: DailyBulletin[],
  start: string,
  pick: (bulletin: DailyBulletin) => Figure,
): number[] {
  return bulletins
    .filter((bulletin) => bulletin.period?.start === start)
    .map(pick)
    .filter((figure) => figure.value !== null && figure.asOf === undefined)
    .map((figure) => figure.value!);
}

function report(name: string, agree: number, total: number): void {
  console.log(
    `[agreement] ${name}: ${agree}/${total} (${total ? ((100 * agree) / total).toFixed(1) : '–'}%)`,
  );
}

describe('Shanghai 2022 (Stockard): new local confirmed and asymptomatic against the CSV', () => {
  const dir = 'corpora/Stockard-Shanghai-COVID-2022/data';
  const rows = new Map(
    readShared(`${dir}/use/shanghai_data.csv`)
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','))
      .map((cells) => [cells[0]!, cells] as const),
  );
  const files = listShared(`${dir}/raw/number`);

  it('has the 12 files', () => {
    expect(files).toHaveLength(12);
  });

  it.each(files)('agrees with the CSV for %s (every bulletin of the day, every statement)', (day) => {
    const bulletins = bulletinsOf(readShared(`${dir}/raw/number/${day}`));
    const confirmed = statedValues(bulletins, dayStart(day), (b) => b.newLocalConfirmed);
    const asymptomatic = statedValues(bulletins, dayStart(day), (b) => b.newLocalAsymptomatic);
    const row = rows.get(day);
    if (!row) {
      // No label for this day: the file only says 无新增 for local cases, so any stated value is that 0.
      expect([...confirmed, ...asymptomatic].every((value) => value === 0)).toBe(true);
      return;
    }
    expect(confirmed.length).toBeGreaterThan(0);
    expect(asymptomatic.length).toBeGreaterThan(0);
    expect(new Set(confirmed)).toEqual(new Set([Number(row[1])]));
    expect(new Set(asymptomatic)).toEqual(new Set([Number(row[2])]));
  });

  it('prints field-level agreement with the CSV', () => {
    let total = 0;
    const columns: Array<[string, number, (b: DailyBulletin) => Figure]> = [
      ['newLocalConfirmed', 1, (b) => b.newLocalConfirmed],
      ['newLocalAsymptomatic', 2, (b) => b.newLocalAsymptomatic],
      ['asymptomaticToConfirmed', 3, (b) => b.asymptomaticToConfirmed],
      ['inHospital (本土在院治疗中)', 13, (b) => b.inHospital.total],
    ];
    for (const [name, column, pick] of columns) {
      let fieldAgree = 0;
      let fieldTotal = 0;
      for (const day of files) {
        const label = rows.get(day)?.[column];
        if (label === undefined || label === '') continue;
        fieldTotal++;
        const values = statedValues(bulletinsOf(readShared(`${dir}/raw/number/${day}`)), dayStart(day), pick);
        if (values.length > 0 && values.every((value) => value === Number(label))) fieldAgree++;
      }
      report(`Shanghai ${name}`, fieldAgree, fieldTotal);
      total += fieldTotal;
    }
    expect(total).toBeGreaterThan(0);
  });
});

describe('Wenzhou 2020 (differui): totals against the summed district labels (sinchang)', () => {
  interface DistrictLabel {
    areaName: string;
    confirmedIncr?: number;
    confirmedCount?: number;
    curedCount?: number;
    curedIncr?: number;
  }
  const labels = JSON.parse(readShared('corpora/sinchang-2019-ncov-data-wenzhou/data.json')) as {
    trend: Record<string, DistrictLabel[]>;
  };
  const sum = (date: string, key: keyof DistrictLabel): number =>
    (labels.trend[date] ?? []).reduce((total, entry) => total + (Number(entry[key]) || 0), 0);

  it.each(['2020-02-05', '2020-02-08'])(
    'states on %s the new and cumulative totals the district labels add up to',
    (date) => {
      const bulletins = bulletinsOf(readShared(`corpora/differui-hcow-announcement/assets/${date}`));
      const bulletin = bulletins.find((candidate) => candidate.period?.start === `${date}T00:00:00+08:00`)!;
      expect(bulletin.region).toBe('温州市');
      expect(bulletin.newConfirmed.value).toBe(sum(date, 'confirmedIncr'));
      expect(bulletin.cumulativeConfirmed.value).toBe(sum(date, 'confirmedCount'));
      const listed = bulletin.breakdowns.reduce(
        (total, entry) => total + (entry.figures.newConfirmed?.value ?? 0),
        0,
      );
      expect(listed).toBe(bulletin.newConfirmed.value);
      expect(bulletin.warnings.filter((warning) => warning.code === 'PARTS_DO_NOT_SUM')).toEqual([]);
    },
  );
  // Per-district agreement over every labelled day, with the known label errors: wenzhou.test.ts.
});

describe('national NHC reports (Exungsh): per-province new local figures against helloint', () => {
  const labels = JSON.parse(readShared('corpora/helloint-covid/data/nhcTotal.json')) as Record<
    string,
    Record<string, [number, number]>
  >;
  const dir = 'corpora/Exungsh-032002337/package_zip/text_result';
  const previousDay = (date: string): string => {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(Date.UTC(y!, m! - 1, d! - 1)).toISOString().slice(0, 10);
  };
  const inRange = listShared(dir)
    .map((file) => file.replace('.txt', ''))
    .filter((published) => labels[previousDay(published)]);

  it('has reports inside the labels date range', () => {
    expect(inRange.length).toBeGreaterThanOrEqual(4);
  });

  it.each(inRange)('agrees with helloint for every province in the report published %s', (published) => {
    const dataDay = previousDay(published);
    const bulletins = bulletinsOf(readShared(`${dir}/${published}.txt`), `${published}T09:00:00+08:00`);
    const national = bulletins.find((bulletin) => bulletin.region === '全国')!;
    expect(national.period?.start).toBe(`${dataDay}T00:00:00+08:00`);
    for (const [name, code] of Object.entries(HELLOINT_PROVINCE_KEYS)) {
      const entry = national.breakdowns.find((candidate) => candidate.area === name);
      const confirmed = entry?.figures.newLocalConfirmed?.value ?? 0;
      const asymptomatic = entry?.figures.newLocalAsymptomatic?.value ?? 0;
      expect([name, confirmed, asymptomatic]).toEqual([name, ...labels[dataDay]![code]!]);
    }
    expect(national.warnings.filter((warning) => warning.code === 'PARTS_DO_NOT_SUM')).toEqual([]);
  });
});
