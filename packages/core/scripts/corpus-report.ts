/**
 * Prints, for every corpus in `../shared/corpora`, the agreement of the extracted bulletins with the
 * corpus's labels (field by field, with each disagreement listed) and the coverage of case counts:
 * the share of `N例` / `N名` inside bulletins that were read into a figure (a named field, `figures`
 * or a breakdown), with the ones left as `UNREAD_FIGURE` listed.
 *
 *   npx tsx packages/core/scripts/corpus-report.ts [--misses]
 *
 * Coverage is measured independently of the grammar: a plain scan for Arabic digits followed by 例
 * or 名 inside each bulletin's span, checked against the spans of everything the record holds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveArea } from '../src/areas';
import { HELLOINT_PROVINCE_KEYS } from '../test/corpusLabels';
import { extractRecords } from '../src/extract/index';
import type { BreakdownEntry, DailyBulletin, Figure } from '../src/bulletin/schemas';

const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpora');
const showMisses = process.argv.includes('--misses');

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
const read = (path: string): string => decode(readFileSync(join(SHARED, path)));
const list = (path: string): string[] => readdirSync(join(SHARED, path)).sort();

// ---- conflicting figures ----

/** Every CONFLICTING_FIGURES warning of the pass, with the text around it (`--conflicts` lists them). */
const conflicts: Array<{ message: string; context: string }> = [];

function collectConflicts(text: string, bulletins: DailyBulletin[]): void {
  for (const bulletin of bulletins) {
    for (const warning of bulletin.warnings) {
      if (warning.code !== 'CONFLICTING_FIGURES' || !warning.span) continue;
      const { start, end } = warning.span;
      const context = `${text.slice(Math.max(0, start - 60), start)}【${text.slice(start, end)}】${text.slice(end, end + 30)}`;
      conflicts.push({ message: warning.message, context: context.replace(/\s+/g, ' ') });
    }
  }
}

const bulletinsOf = (text: string, reference?: string): DailyBulletin[] => {
  const bulletins = extractRecords(text, reference ? { reference } : {}).records.filter(
    (record): record is DailyBulletin => record.kind === 'dailyBulletin',
  );
  collectConflicts(text, bulletins);
  return bulletins;
};

// ---- coverage ----

interface Coverage {
  counts: number;
  read: number;
  unread: string[];
}

function spansOf(bulletin: DailyBulletin): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  JSON.stringify(bulletin, (key, value) => {
    if (key === 'warnings') return undefined;
    if (
      value &&
      typeof value === 'object' &&
      typeof value.start === 'number' &&
      typeof value.end === 'number'
    )
      spans.push(value);
    return value;
  });
  return spans;
}

const COUNT_RE = /[0-9０-９]+\s?[例名]/g;

function coverageOf(text: string, bulletins: DailyBulletin[], into: Coverage, label: string): void {
  const seen = new Set<number>();
  // A count is read when any record of the document holds it (a city's part of a province's text).
  const spans = bulletins.flatMap((bulletin) => spansOf(bulletin).filter((span) => span !== bulletin.span));
  const covered = (at: number): boolean => spans.some((span) => span.start <= at && at < span.end);
  for (const bulletin of bulletins) {
    COUNT_RE.lastIndex = bulletin.span.start;
    for (
      let match = COUNT_RE.exec(text);
      match && match.index < bulletin.span.end;
      match = COUNT_RE.exec(text)
    ) {
      if (seen.has(match.index)) continue;
      // An ordinal (第3例) or a case number (病例3) is not a count.
      if (text[match.index - 1] === '第') continue;
      seen.add(match.index);
      into.counts++;
      if (covered(match.index)) into.read++;
      else
        into.unread.push(
          `${label}: …${text.slice(Math.max(0, match.index - 24), match.index + match[0].length)}`,
        );
    }
  }
}

// ---- agreement ----

interface Field {
  agree: number;
  total: number;
  misses: string[];
}
type Agreement = Map<string, Field>;

function compare(
  agreement: Agreement,
  field: string,
  ours: number | null | undefined,
  label: number,
  key: string,
): void {
  const entry = agreement.get(field) ?? { agree: 0, total: 0, misses: [] };
  agreement.set(field, entry);
  entry.total++;
  if (ours === label) entry.agree++;
  else entry.misses.push(`${key}: ours ${ours ?? 'null'}, label ${label}`);
}

interface CorpusResult {
  name: string;
  documents: number;
  bulletins: number;
  coverage: Coverage;
  agreement: Agreement;
}

const newResult = (name: string): CorpusResult => ({
  name,
  documents: 0,
  bulletins: 0,
  coverage: { counts: 0, read: 0, unread: [] },
  agreement: new Map(),
});

const nextDay = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
};
const previousDay = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
};
const chinaTime = (epochMs: number): string =>
  `${new Date(epochMs + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
const dayOf = (bulletin: DailyBulletin): string | null => bulletin.period?.start.slice(0, 10) ?? null;
const stated = (figure: Figure): number | null => (figure.asOf === undefined ? figure.value : null);

function shanghai(): CorpusResult {
  const result = newResult('Stockard Shanghai 2022');
  const dir = 'Stockard-Shanghai-COVID-2022/data';
  const rows = new Map(
    read(`${dir}/use/shanghai_data.csv`)
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','))
      .map((cells) => [cells[0]!, cells] as const),
  );
  for (const file of list(`${dir}/raw/number`)) {
    const text = read(`${dir}/raw/number/${file}`);
    const bulletins = bulletinsOf(text);
    result.documents++;
    result.bulletins += bulletins.length;
    coverageOf(text, bulletins, result.coverage, file);
    const row = rows.get(file);
    if (!row) continue;
    const day = `${file.slice(0, 4)}-${file.slice(4, 6)}-${file.slice(6, 8)}`;
    const ofDay = bulletins.filter(
      (bulletin) =>
        dayOf(bulletin) === day && (bulletin.region === null || bulletin.region.startsWith('上海')),
    );
    const pick = (get: (b: DailyBulletin) => Figure): number | null =>
      ofDay.map((b) => stated(get(b))).find((value) => value !== null) ?? null;
    const columns: Array<[string, number, (b: DailyBulletin) => Figure]> = [
      ['newLocalConfirmed', 1, (b) => b.newLocalConfirmed],
      ['newLocalAsymptomatic', 2, (b) => b.newLocalAsymptomatic],
      ['asymptomaticToConfirmed', 3, (b) => b.asymptomaticToConfirmed],
      ['inHospital.total (本土在院治疗中)', 13, (b) => b.inHospital.total],
    ];
    for (const [name, column, get] of columns) {
      const label = row[column];
      if (label === undefined || label === '') continue;
      compare(result.agreement, name, pick(get), Number(label), file);
    }
  }
  return result;
}

function wenzhou(): CorpusResult {
  const result = newResult('differui Wenzhou 2020');
  const dir = 'differui-hcow-announcement/assets';
  const labels = JSON.parse(read('sinchang-2019-ncov-data-wenzhou/data.json')) as {
    trend: Record<string, Array<Record<string, number | string>>>;
  };
  for (const date of list(dir)) {
    const text = read(`${dir}/${date}`);
    const bulletins = bulletinsOf(text, `${nextDay(date)}T08:00:00+08:00`);
    result.documents++;
    result.bulletins += bulletins.length;
    coverageOf(text, bulletins, result.coverage, date);
    const day = labels.trend[date];
    if (!day) continue;
    const sum = (field: string): number | null =>
      day.some((district) => typeof district[field] === 'number')
        ? day.reduce(
            (acc, district) => acc + (typeof district[field] === 'number' ? (district[field] as number) : 0),
            0,
          )
        : null;
    const ofDay = bulletins.filter((b) => b.region === '温州市');
    const dayBulletin = ofDay.find((b) => dayOf(b) === date);
    const asOfBulletin = ofDay.find(
      (b) => b.period === null && b.cumulativeConfirmed.asOf === `${nextDay(date)}T00:00:00+08:00`,
    );
    const newLabel = sum('confirmedIncr');
    const cumulativeLabel = sum('confirmedCount');
    if (newLabel !== null)
      compare(
        result.agreement,
        'newConfirmed (sum of districts)',
        dayBulletin?.newConfirmed.value,
        newLabel,
        date,
      );
    if (cumulativeLabel !== null)
      compare(
        result.agreement,
        'cumulativeConfirmed (sum of districts)',
        (dayBulletin ?? asOfBulletin)?.cumulativeConfirmed.value,
        cumulativeLabel,
        date,
      );
  }
  return result;
}

const helloint = (): Record<string, Record<string, [number, number]>> =>
  JSON.parse(read('helloint-covid/data/nhcTotal.json'));

function national(): CorpusResult {
  const result = newResult('Exungsh national NHC');
  const dir = 'Exungsh-032002337/package_zip/text_result';
  const labels = helloint();
  for (const file of list(dir).filter((name) => name.endsWith('.txt'))) {
    const published = file.replace('.txt', '');
    const text = read(`${dir}/${file}`);
    const bulletins = bulletinsOf(text, `${published}T09:00:00+08:00`);
    result.documents++;
    result.bulletins += bulletins.length;
    coverageOf(text, bulletins, result.coverage, published);
    const dataDay = previousDay(published);
    const day = labels[dataDay];
    if (!day) continue;
    const whole = bulletins.find((b) => b.region === '全国' && dayOf(b) === dataDay);
    for (const [name, code] of Object.entries(HELLOINT_PROVINCE_KEYS)) {
      const label = day[code];
      if (!label) continue;
      const entry = whole?.breakdowns.find((candidate: BreakdownEntry) => candidate.area === name);
      const value = (figure: Figure | undefined): number | null => (whole ? (figure?.value ?? 0) : null);
      compare(
        result.agreement,
        'province newLocalConfirmed',
        value(entry?.figures.newLocalConfirmed),
        label[0],
        `${dataDay} ${name}`,
      );
      compare(
        result.agreement,
        'province newLocalAsymptomatic',
        value(entry?.figures.newLocalAsymptomatic),
        label[1],
        `${dataDay} ${name}`,
      );
    }
  }
  return result;
}

const PROVINCE_OF_CODE: Record<string, string> = {
  '11': '北京',
  '12': '天津',
  '13': '河北',
  '14': '山西',
  '15': '内蒙古',
  '21': '辽宁',
  '22': '吉林',
  '23': '黑龙江',
  '31': '上海',
  '32': '江苏',
  '33': '浙江',
  '34': '安徽',
  '35': '福建',
  '36': '江西',
  '37': '山东',
  '41': '河南',
  '42': '湖北',
  '43': '湖南',
  '44': '广东',
  '45': '广西',
  '46': '海南',
  '50': '重庆',
  '51': '四川',
  '52': '贵州',
  '53': '云南',
  '54': '西藏',
  '61': '陕西',
  '62': '甘肃',
  '63': '青海',
  '64': '宁夏',
  '65': '新疆',
};

function doctormin(): CorpusResult {
  const result = newResult('doctormin provincial 2020-02');
  const root = 'doctormin-COVID-19_SpiderOfChineseData/confirmed_case';
  const seen = new Set<string>();
  const tables = new Map<string, Map<string, string[]>>();
  const table = (date: string): Map<string, string[]> | undefined => {
    if (!tables.has(date)) {
      const path = `canghailan-Wuhan-2019-nCoV/Data/${date}.csv`;
      let rows: Map<string, string[]> | undefined;
      try {
        rows = new Map(
          read(path)
            .trim()
            .split('\n')
            .map((line) => line.split(','))
            .filter((cells) => cells[1] === '中国' && cells[3] && !cells[5])
            .map((cells) => [cells[3]!, cells]),
        );
      } catch {
        rows = undefined;
      }
      tables.set(date, rows ?? new Map());
    }
    return tables.get(date);
  };
  for (const folder of list(root)) {
    if (!statSync(join(SHARED, root, folder)).isDirectory()) continue;
    for (const file of list(`${root}/${folder}`).filter((name) => /^\d\d\.txt$/.test(name))) {
      const text = read(`${root}/${folder}/${file}`);
      if (seen.has(text)) continue;
      seen.add(text);
      const crawl = /2020_2_(\d+)/.exec(folder);
      const reference = crawl
        ? `2020-02-${crawl[1]!.padStart(2, '0')}T23:00:00+08:00`
        : '2020-02-28T23:00:00+08:00';
      const bulletins = bulletinsOf(text, reference);
      result.documents++;
      result.bulletins += bulletins.length;
      coverageOf(text, bulletins, result.coverage, `${folder}/${file}`);
      const province = PROVINCE_OF_CODE[file.slice(0, 2)];
      if (!province) continue;
      for (const bulletin of bulletins) {
        // Only a bulletin with a 24时 cutoff matches a canghailan row exactly.
        const end = bulletin.period?.end ?? bulletin.cumulativeConfirmed.asOf;
        if (!end?.endsWith('T00:00:00+08:00') || !bulletin.region?.startsWith(province)) continue;
        const date = previousDay(end.slice(0, 10));
        const rows = table(date);
        const row = [...(rows?.entries() ?? [])].find(([name]) => name.startsWith(province))?.[1];
        if (!row) continue;
        const key = `${folder}/${file} ${date}`;
        compare(
          result.agreement,
          'cumulativeConfirmed',
          bulletin.cumulativeConfirmed.value,
          Number(row[7]),
          key,
        );
        if (bulletin.dischargedCumulative.total.value !== null)
          compare(
            result.agreement,
            'dischargedCumulative (stated)',
            bulletin.dischargedCumulative.total.value,
            Number(row[9]),
            key,
          );
        if (bulletin.cumulativeDeaths.value !== null)
          compare(
            result.agreement,
            'cumulativeDeaths (stated)',
            bulletin.cumulativeDeaths.value,
            Number(row[10]),
            key,
          );
      }
    }
  }
  return result;
}

const VSOU_REGION: Record<string, string> = {
  河南: 'hen',
  天津: 'tj',
  陕西: 'sax',
  北京: 'bj',
  上海: 'sh',
  河北: 'heb',
};

function vsou(): CorpusResult {
  const result = newResult('vsou 2022-01');
  const labels = helloint();
  const seen = new Set<string>();
  for (const commit of list('vsou-OutbreakNotification')) {
    for (const path of [`${commit}/data.json`, `${commit}/public/data.json`]) {
      let entries: Array<{ name: string; title: string; content?: string[]; updateTime: number }>;
      try {
        entries = JSON.parse(read(`vsou-OutbreakNotification/${path}`));
      } catch {
        continue;
      }
      for (const entry of entries) {
        if (!entry.content?.length) continue;
        const text = `${entry.title}\n${entry.content.join('\n')}`;
        if (seen.has(text)) continue;
        seen.add(text);
        const time = Number(entry.updateTime);
        const reference = Number.isFinite(time) ? chinaTime(time) : undefined;
        const bulletins = bulletinsOf(text, reference);
        result.documents++;
        result.bulletins += bulletins.length;
        coverageOf(text, bulletins, result.coverage, `${entry.name} ${entry.title.slice(0, 20)}`);
        for (const bulletin of bulletins) {
          const province = Object.keys(VSOU_REGION).find((name) =>
            (bulletin.regionName ?? bulletin.region)?.startsWith(name),
          );
          const day = dayOf(bulletin);
          if (!province || !day) continue;
          const label = labels[day]?.[VSOU_REGION[province]!];
          if (!label) continue;
          const key = `${day} ${bulletin.regionName ?? bulletin.region}`;
          if (bulletin.newLocalConfirmed.value !== null)
            compare(result.agreement, 'newLocalConfirmed', bulletin.newLocalConfirmed.value, label[0], key);
          if (bulletin.newLocalAsymptomatic.value !== null)
            compare(
              result.agreement,
              'newLocalAsymptomatic',
              bulletin.newLocalAsymptomatic.value,
              label[1],
              key,
            );
        }
      }
    }
  }
  return result;
}

function dxy(): CorpusResult {
  const result = newResult('DXY news summaries (卫健委 sources)');
  const news = JSON.parse(read('BlankerL-DXY-COVID-19-Data/json/DXYNews-TimeSeries.json')) as Array<{
    title: string;
    summary: string;
    infoSource: string;
    pubDate: number;
  }>;
  for (const item of news) {
    if (!item.infoSource?.includes('卫健委')) continue;
    const text = item.summary;
    const reference = Number.isFinite(Number(item.pubDate)) ? chinaTime(Number(item.pubDate)) : undefined;
    const bulletins = bulletinsOf(text, reference);
    result.documents++;
    result.bulletins += bulletins.length;
    coverageOf(text, bulletins, result.coverage, item.title.slice(0, 24));
  }
  return result;
}

/** resolveArea on the national risk-area lists: share resolved to county level, and deeper with the community. */
function riskLists(): void {
  const dir = 'panghaibin-RiskLevelAPI/api';
  const seen = new Set<string>();
  let counties = 0;
  let countyResolved = 0;
  let communities = 0;
  let deeper = 0;
  const unresolved = new Map<string, number>();
  for (const file of list(dir).filter((name) => /^\d{10}-.*\.json$/.test(name))) {
    const data = JSON.parse(read(`${dir}/${file}`)) as {
      data?: Record<string, unknown>;
    };
    const lists = Object.entries(data.data ?? {})
      .filter(([key, value]) => key.endsWith('list') && Array.isArray(value))
      .flatMap(
        ([, value]) =>
          value as Array<{ province: string; city: string; county: string; communitys?: string[] }>,
      );
    for (const entry of lists) {
      // Municipalities repeat themselves as the city (`上海市 上海市 黄浦区`).
      const city = entry.city === entry.province ? '' : entry.city;
      const county = `${entry.province}${city}${entry.county}`;
      if (!seen.has(county)) {
        seen.add(county);
        counties++;
        const resolved = resolveArea(county);
        // County level or deeper: something below the prefecture is set (东莞's towns have no county).
        if (resolved.code && resolved.code.slice(4) !== '00000000') countyResolved++;
        else unresolved.set(county, (unresolved.get(county) ?? 0) + 1);
      }
      for (const community of entry.communitys ?? []) {
        const key = `${county}${community}`;
        if (seen.has(key)) continue;
        seen.add(key);
        communities++;
        const resolved = resolveArea(key);
        if (resolved.code && resolved.code.slice(6) !== '000000') deeper++;
      }
    }
  }
  console.log('\n## resolveArea on the national risk-area lists (panghaibin)\n');
  console.log('| Names | Resolved | Share |');
  console.log('|---|---|---|');
  console.log(
    `| distinct province+city+county | ${countyResolved} of ${counties} to county level | ${percent(countyResolved, counties)} |`,
  );
  console.log(
    `| distinct county+community strings | ${deeper} of ${communities} below county level | ${percent(deeper, communities)} |`,
  );
  if (showMisses) for (const name of unresolved.keys()) console.log(`[area unresolved] ${name}`);
}

const percent = (part: number, whole: number): string =>
  whole ? `${((100 * part) / whole).toFixed(1)}%` : '–';

const results = [shanghai(), wenzhou(), national(), doctormin(), vsou(), dxy()];
console.log('## Coverage of case counts inside bulletins\n');
console.log('| Corpus | Documents | Bulletins | Case counts | Read | Coverage | Unread |');
console.log('|---|---|---|---|---|---|---|');
for (const result of results) {
  const { counts, read: readCount, unread } = result.coverage;
  console.log(
    `| ${result.name} | ${result.documents} | ${result.bulletins} | ${counts} | ${readCount} | ${percent(readCount, counts)} | ${unread.length} |`,
  );
}
console.log('\n## Agreement with labels\n');
console.log('| Corpus | Field | Agree | Total | Agreement |');
console.log('|---|---|---|---|---|');
for (const result of results) {
  for (const [field, entry] of result.agreement) {
    console.log(
      `| ${result.name} | ${field} | ${entry.agree} | ${entry.total} | ${percent(entry.agree, entry.total)} |`,
    );
  }
}
riskLists();
console.log(`\n## CONFLICTING_FIGURES: ${conflicts.length} in this pass\n`);
if (process.argv.includes('--conflicts')) {
  for (const { message, context } of conflicts) console.log(`[conflict] ${message} | ${context}`);
}
if (showMisses) {
  for (const result of results) {
    for (const [field, entry] of result.agreement) {
      for (const miss of entry.misses) console.log(`[miss] ${result.name} | ${field} | ${miss}`);
    }
    for (const unread of result.coverage.unread) console.log(`[unread] ${result.name} | ${unread}`);
  }
}
