import { describe, expect, it } from 'vitest';
import { listShared, readShared, readSeed } from '../../test/shared';
import { expandAreaList } from './expandAreaList';
import { resolveArea } from './resolveArea';
import type { AreaOptions } from './types';

interface Case {
  source: string;
  name: string;
  context?: AreaOptions;
  /** A code (prefix) the answer must have, when the source gives one. */
  expected?: string;
}

/** Area lists of the seeds, found by the words around them (the seeds are never copied here). */
function seedCases(): Case[] {
  const cases: Case[] = [];
  const seed000 = readSeed('000');
  for (const [from, to] of [
    ['沙河口区星海湾街道', '点击'],
    ['金普新区光中街道', '自'],
  ] as const) {
    const start = seed000.indexOf(from);
    for (const item of expandAreaList(seed000.slice(start, seed000.indexOf(to, start))).items) {
      cases.push({ source: 'seed 000', name: item.fullName, context: { within: '大连市' } });
    }
  }
  const seed001 = readSeed('001');
  const start = seed001.indexOf('庄河市城关街道');
  for (const item of expandAreaList(seed001.slice(start, seed001.indexOf('地区', start) + 2)).items) {
    cases.push({ source: 'seed 001', name: item.fullName, context: { within: '大连市' } });
  }
  for (const name of ['庄河市', '金普新区', '瓦房店市', '沙河口区', '大连市', '辽宁省']) {
    const id = (['000', '001', '002', '003', '004'] as const).find((s) => readSeed(s).includes(name));
    if (id) cases.push({ source: `seed ${id}`, name });
  }
  return cases;
}

function corpusCases(): Case[] {
  const cases: Case[] = [];
  // Provinces and cities with their official 6-digit codes, hand-entered by the corpus author.
  const dir = 'corpora/canghailan-Wuhan-2019-nCoV/ReportData';
  for (const file of listShared(dir)) {
    for (const line of readShared(`${dir}/${file}`).split('\n').slice(1)) {
      const cells = line.split(',');
      const [province, provinceCode, city, cityCode] = [cells[3], cells[4], cells[5], cells[6]];
      if (city && cityCode)
        cases.push({
          source: 'canghailan',
          name: `${province}${city}`,
          expected: cityCode.replace(/0+$/, ''),
        });
      else if (province && provinceCode)
        cases.push({ source: 'canghailan', name: province, expected: provinceCode.slice(0, 2) });
    }
  }
  // Wenzhou's districts and counties as labelled by hand.
  const wenzhou = JSON.parse(readShared('corpora/sinchang-2019-ncov-data-wenzhou/data.json')) as {
    trend: Record<string, { areaName: string }[]>;
  };
  for (const day of Object.values(wenzhou.trend)) {
    for (const { areaName } of day)
      cases.push({ source: 'wenzhou', name: areaName, context: { within: '温州市' }, expected: '3303' });
  }
  // Shanghai districts listed in the bulletins (…于浦东新区、闵行区…): a 区 after 于 or 、.
  const shanghai = 'corpora/Stockard-Shanghai-COVID-2022/data/raw/number';
  const isHan = (ch: string | undefined) => ch !== undefined && ch >= '\u4e00' && ch <= '\u9fff';
  for (const file of listShared(shanghai)) {
    const text = readShared(`${shanghai}/${file}`);
    for (let end = text.indexOf('区'); end >= 0; end = text.indexOf('区', end + 1)) {
      let start = end;
      while (
        start > end - 4 &&
        isHan(text[start - 1]) &&
        text[start - 1] !== '于' &&
        text[start - 1] !== '在'
      )
        start--;
      const before = text[start - 1];
      if (end - start < 2 || (before !== '于' && before !== '、')) continue;
      cases.push({
        source: 'shanghai',
        name: text.slice(start, end + 1),
        context: { within: '上海市' },
        expected: '31',
      });
    }
  }
  // Deduplicate by source and name.
  const seen = new Set<string>();
  return cases.filter((c) => {
    const key = `${c.source}|${c.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function share(cases: Case[]): { resolved: Case[]; failed: Case[] } {
  const resolved: Case[] = [];
  const failed: Case[] = [];
  for (const c of cases) {
    const result = resolveArea(c.name, c.context);
    const ok =
      result.code !== null &&
      result.confidence !== 'ambiguous' &&
      result.warnings.every((w) => w.code !== 'AREA_OUTSIDE_CONTEXT') &&
      (c.expected === undefined || result.code.startsWith(c.expected));
    (ok ? resolved : failed).push(c);
  }
  return { resolved, failed };
}

describe('areas of the seeds and corpora', () => {
  it('resolves every area list of the seeds, down to the community', () => {
    const cases = seedCases();
    expect(cases.length).toBeGreaterThanOrEqual(9);
    const { failed } = share(cases);
    expect(failed).toEqual([]);
    const codes = cases.slice(0, 4).map((c) => resolveArea(c.name, c.context).code);
    expect(codes).toEqual(['210204017003', '210213031001', '210213008010', '210283001014']);
  });

  it('resolves the corpus names that the official list has, to the labelled code', () => {
    const cases = corpusCases();
    const { resolved, failed } = share(cases);
    // Hong Kong, Macao and Taiwan are outside the statistical division list.
    const outside = failed.filter((c) => /香港|澳门|台湾/.test(c.name));
    const missed = failed.filter((c) => !outside.includes(c));
    console.info(
      ['canghailan', 'wenzhou', 'shanghai']
        .map((s) => `${s}: ${cases.filter((c) => c.source === s).length}`)
        .join(', '),
    );
    console.info(
      `areas: ${resolved.length} of ${cases.length} corpus names resolved ` +
        `(${((100 * resolved.length) / (cases.length - outside.length)).toFixed(1)}% of those in the list; ` +
        `${outside.length} outside it)`,
    );
    expect(cases.length).toBeGreaterThan(20);
    expect(missed).toEqual([]);
  });
});
