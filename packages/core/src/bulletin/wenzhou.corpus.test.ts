import { describe, expect, it } from 'vitest';
import { listShared, readShared } from '../../test/shared';
import { extractRecords } from '../extract/extractRecords';
import type { BreakdownEntry, DailyBulletin, Figure } from './schemas';

/**
 * Per-district agreement of the Wenzhou 2020 announcements (differui) with the hand-entered district
 * labels (sinchang): new and cumulative confirmed of every district on every labelled day. A district
 * a complete list leaves out (the listed districts add up to the stated total) has 0; a figure the
 * text does not state stays null and cannot agree. Where the label and the text differ, the text
 * wins (corpora README): those are in {@link LABEL_ERRORS}, each with the words of the text.
 */

interface DistrictLabel {
  areaName: string;
  confirmedIncr?: number;
  confirmedCount?: number;
}

const FIELDS = [
  ['confirmedIncr', 'newConfirmed'],
  ['confirmedCount', 'cumulativeConfirmed'],
] as const;
type LabelField = (typeof FIELDS)[number][0];

/** `date|district|label field` → the label's value, where the text says otherwise. */
const LABEL_ERRORS: Record<string, number> = {
  // 01-25 states only cumulative counts (截至1月25日24时 … 累计报告 … 18例): no daily increment
  // anywhere in the text; the labels copy each cumulative count into confirmedIncr (the 01-17
  // file already counts 1 case, so the 18 cannot all be new on 01-25). Ours: null (not stated).
  '2020-01-25|鹿城区|confirmedIncr': 5,
  '2020-01-25|龙湾区|confirmedIncr': 1,
  '2020-01-25|瓯海区|confirmedIncr': 3,
  '2020-01-25|洞头区|confirmedIncr': 0,
  '2020-01-25|乐清市|confirmedIncr': 2,
  '2020-01-25|瑞安市|confirmedIncr': 2,
  '2020-01-25|永嘉县|confirmedIncr': 3,
  '2020-01-25|文成县|confirmedIncr': 0,
  '2020-01-25|平阳县|confirmedIncr': 1,
  '2020-01-25|泰顺县|confirmedIncr': 0,
  '2020-01-25|苍南县|confirmedIncr': 1,
  '2020-01-25|龙港市|confirmedIncr': 0,
  '2020-01-25|瓯江口产业集聚区|confirmedIncr': 0,
  '2020-01-25|浙南产业集聚区|confirmedIncr': 0,
  // 02-05: 新增确诊病例中 lists eight districts summing to the stated 32, neither of these; the
  // labels hold a reassignment (洞头区 -1, 瓯江口 +1) that the text never states as new cases.
  '2020-02-05|洞头区|confirmedIncr': -1,
  '2020-02-05|瓯江口产业集聚区|confirmedIncr': 1,
};

const labels = JSON.parse(readShared('corpora/sinchang-2019-ncov-data-wenzhou/data.json')) as {
  trend: Record<string, DistrictLabel[]>;
};
const DIR = 'corpora/differui-hcow-announcement/assets';

function nextDayStart(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return `${next.toISOString().slice(0, 10)}T00:00:00+08:00`;
}

/** The bulletin of the data day: its 0-24时 period, or a cumulative-only report as of its 24时. */
function bulletinOf(date: string): DailyBulletin | undefined {
  // The file name is the data day: the caller knows the year (the texts mostly omit it).
  const reference = `${nextDayStart(date).slice(0, 10)}T08:00:00+08:00`;
  const bulletins = extractRecords(readShared(`${DIR}/${date}`), { reference }).records.filter(
    (record): record is DailyBulletin => record.kind === 'dailyBulletin' && record.region === '温州市',
  );
  return (
    bulletins.find((bulletin) => bulletin.period?.start === `${date}T00:00:00+08:00`) ??
    bulletins.find(
      (bulletin) => bulletin.period === null && bulletin.cumulativeConfirmed.asOf === nextDayStart(date),
    )
  );
}

/** A district's figure: listed, 0 when a complete list leaves it out, else null. */
function districtValue(
  bulletin: DailyBulletin | undefined,
  district: string,
  measure: 'newConfirmed' | 'cumulativeConfirmed',
): number | null {
  if (!bulletin) return null;
  const listed = (entry: BreakdownEntry): number | null => entry.figures[measure]?.value ?? null;
  const entry = bulletin.breakdowns.find((candidate) => candidate.area === district);
  if (entry && listed(entry) !== null) return listed(entry);
  const total: Figure = bulletin[measure];
  if (total.value === null) return null;
  const sum = bulletin.breakdowns.reduce((acc, candidate) => acc + (listed(candidate) ?? 0), 0);
  return sum === total.value ? 0 : null;
}

interface Comparison {
  key: string;
  ours: number | null;
  label: number;
}

function compareAll(): Comparison[] {
  const rows: Comparison[] = [];
  for (const date of listShared(DIR)) {
    const day = labels.trend[date];
    if (!day) continue;
    const bulletin = bulletinOf(date);
    for (const label of day) {
      for (const [field, measure] of FIELDS) {
        const value = label[field as LabelField];
        if (value === undefined) continue;
        rows.push({
          key: `${date}|${label.areaName}|${field}`,
          ours: districtValue(bulletin, label.areaName, measure),
          label: value,
        });
      }
    }
  }
  return rows;
}

describe('Wenzhou 2020 (differui): every district figure against the sinchang labels', () => {
  const rows = compareAll();
  const misses = rows.filter((row) => row.ours !== row.label);

  it('agrees with every label except the known label errors', () => {
    const agree = rows.length - misses.length;
    console.log(
      `[agreement] Wenzhou district new/cumulative confirmed (text-complete lists as 0): ${agree}/${rows.length} (${((100 * agree) / rows.length).toFixed(1)}%)`,
    );
    for (const miss of misses) console.log(`[miss] ${miss.key}: ours ${miss.ours}, label ${miss.label}`);
    expect(rows).toHaveLength(196);
    expect(Object.fromEntries(misses.map((miss) => [miss.key, miss.label]))).toEqual(LABEL_ERRORS);
    expect(agree).toBe(196 - Object.keys(LABEL_ERRORS).length);
  });

  it('reads the increments the labels disagree with from the text, as 0 or as not stated', () => {
    for (const miss of misses) {
      if (miss.key.startsWith('2020-01-25')) expect(miss.ours).toBeNull();
      else expect(miss.ours).toBe(0);
    }
  });

  it('reads the cumulative-only report of 01-25 as of its 24时, with 和…各 shared counts', () => {
    const bulletin = bulletinOf('2020-01-25');
    expect(bulletin).toBeDefined();
    expect(bulletin?.period).toBeNull();
    expect(bulletin?.newConfirmed.value).toBeNull();
    expect(bulletin?.cumulativeConfirmed).toMatchObject({ value: 18, asOf: '2020-01-26T00:00:00+08:00' });
    const counts = Object.fromEntries(
      (bulletin?.breakdowns ?? []).map((entry) => [entry.area, entry.figures.cumulativeConfirmed?.value]),
    );
    expect(counts).toMatchObject({ 平阳县: 1, 苍南县: 1, 鹿城区: 5 });
    expect(bulletin?.warnings.map((warning) => warning.code)).toEqual([]);
  });
});
