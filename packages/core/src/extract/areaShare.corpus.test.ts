import { describe, expect, it } from 'vitest';
import { listShared, readSeed, readShared } from '../../test/shared';
import { resolveArea } from '../areas/index';
import { toChinaInstant } from '../time/instant';
import { extractRecords } from './extractRecords';
import type { BreakdownEntry } from '../bulletin/schemas';

/**
 * Areas in every seed and corpus record resolve where the official division list has them: every
 * area a record names (risk-change and unsealing areas, breakdown entries, bulletin regions) is
 * looked up with the injected resolver; names the official list cannot hold are set apart with why.
 */

interface Document {
  source: string;
  text: string;
  reference?: string;
  region?: string;
}

interface Named {
  source: string;
  name: string;
  code: string | null;
}

/** Names no official (mainland administrative) division list holds, with the reason. */
const OUTSIDE: Array<[RegExp, string]> = [
  [/香港|澳门|台湾/, 'Hong Kong, Macao and Taiwan are not in the mainland division list'],
  [/兵团|师市/, 'Production and Construction Corps units are not administrative divisions'],
  [/待明确|未明确|不明/, 'not a place: cases whose area is still to be determined'],
  [/外地来|外省|外市|境外|输入/, 'not a place: cases counted by origin'],
  [/^全国$|^31个省/, 'the whole country'],
  [/闭环/, 'not a place: a closed-loop group (Winter Olympics staff)'],
  [/^(?:全|本|我)[国省市区县]$/, 'not a name: the region the text is about (全市, 本市, 我区)'],
  [/以外地区$/, 'not a division: an aggregate (全国除湖北以外地区)'],
  [/监狱$/, 'not a division: an institution'],
];

function outsideReason(name: string): string | null {
  return OUTSIDE.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

const SAMPLE = 300;

function documents(): Document[] {
  const docs: Document[] = [];
  for (const id of ['000', '001', '002', '003', '004'] as const) {
    docs.push({ source: `seed ${id}`, text: readSeed(id), region: '大连市' });
  }
  const shanghai = 'corpora/Stockard-Shanghai-COVID-2022/data/raw/number';
  for (const file of listShared(shanghai)) {
    docs.push({ source: `shanghai ${file}`, text: readShared(`${shanghai}/${file}`), region: '上海市' });
  }
  const wenzhou = 'corpora/differui-hcow-announcement/assets';
  for (const date of listShared(wenzhou)) {
    docs.push({
      source: `wenzhou ${date}`,
      text: readShared(`${wenzhou}/${date}`),
      reference: `${date}T23:00:00+08:00`,
      region: '温州市',
    });
  }
  const national = 'corpora/Exungsh-032002337/package_zip/text_result';
  for (const file of listShared(national)) {
    docs.push({ source: `national ${file}`, text: readShared(`${national}/${file}`) });
  }
  const news = JSON.parse(
    readShared('corpora/BlankerL-DXY-COVID-19-Data/json/DXYNews-TimeSeries.json'),
  ) as Array<{
    pubDate: string;
    summary?: string;
  }>;
  // An evenly spaced sample: the same 300 summaries on every run.
  const step = news.length / SAMPLE;
  for (let index = 0; index < SAMPLE; index++) {
    const item = news[Math.floor(index * step)];
    if (!item?.summary) continue;
    docs.push({
      source: `dxy ${Math.floor(index * step)}`,
      text: item.summary,
      reference: toChinaInstant(Number(item.pubDate)),
    });
  }
  return docs;
}

function entries(list: BreakdownEntry[], out: BreakdownEntry[] = []): BreakdownEntry[] {
  for (const entry of list) {
    out.push(entry);
    entries(entry.children, out);
  }
  return out;
}

function namedAreas(): Named[] {
  const named: Named[] = [];
  for (const doc of documents()) {
    const { records } = extractRecords(doc.text, {
      resolveArea,
      ...(doc.reference ? { reference: doc.reference } : {}),
      ...(doc.region ? { region: doc.region } : {}),
    });
    for (const record of records) {
      if (record.kind === 'riskChange' || record.kind === 'unsealing') {
        for (const area of record.areas)
          named.push({ source: doc.source, name: area.fullName, code: area.code });
      } else if (record.kind === 'dailyBulletin') {
        if (record.region) {
          named.push({ source: doc.source, name: record.region, code: resolveArea(record.region).code });
        }
        for (const entry of entries(record.breakdowns)) {
          named.push({ source: doc.source, name: entry.area, code: entry.code });
        }
      }
    }
  }
  return named;
}

describe('areas of every seed and corpus record', () => {
  const named = namedAreas();
  const onList = named.filter((item) => outsideReason(item.name) === null);
  const resolved = onList.filter((item) => item.code !== null);

  it('resolves the areas the official list has, and sets the others apart with a reason', () => {
    const distinct = (items: Named[]) => [...new Set(items.map((item) => item.name))];
    const share = (100 * resolved.length) / onList.length;
    console.log(
      `[areas] resolved ${resolved.length}/${onList.length} area mentions on the official list (${share.toFixed(1)}%); ` +
        `${distinct(resolved).length}/${distinct(onList).length} distinct names; ${named.length - onList.length} mentions outside it`,
    );
    const outside = new Map<string, string>();
    for (const item of named) {
      const reason = outsideReason(item.name);
      if (reason) outside.set(item.name, reason);
    }
    for (const [name, reason] of outside) console.log(`[areas] outside the list: ${name} (${reason})`);
    const missed = new Map<string, string>();
    for (const item of onList) if (item.code === null) missed.set(item.name, item.source);
    for (const [name, source] of missed) console.log(`[areas] unresolved: ${name} (${source})`);
    expect(named.length).toBeGreaterThan(400);
    // Every mention on the official list resolves. Bare province names (河北, 河南, 海南) that
    // districts elsewhere share (天津市河北区, 乌海市海南区) resolve to the province.
    expect(share).toBe(100);
    expect([...missed.keys()]).toEqual([]);
  });
});
