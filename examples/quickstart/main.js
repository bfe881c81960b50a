// The quick start: what @fangkong/core does with real phrases and the bundled example documents.
// Run it with `npx -y pnpm@10.34.8 quickstart` from the repository root (it builds core first).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  extractRecords,
  findQuantities,
  parseNumeral,
  parseTime,
  planQuarantine,
  readNumberBefore,
} from '@fangkong/core';

const dataDir = new URL('../data/', import.meta.url);
const heading = (text) => console.log(`\n== ${text}`);
const show = (label, value) => console.log(`  ${label.padEnd(34)} → ${value}`);

heading('Time expressions (China Standard Time; the reference is the publication instant)');
const published = '2021-01-13T08:30:00+08:00';
for (const [phrase, reference] of [
  ['2021年1月12日零时至24时', published],
  ['1月12日0—24时', published],
  ['12月25日', published],
  ['１月１３日下午', published],
  ['2020 年 1 月 27 日 12時至24時', published],
  ['截至11月22日24时', '2021-11-23T15:00:00+08:00'],
  ['2021/1/20 19:13', published],
]) {
  const result = parseTime(phrase, { reference });
  if (!result.ok) show(phrase, `not a time: ${result.reason}`);
  else if ('at' in result.value) show(phrase, `${result.value.kind} ${result.value.at}`);
  else if ('end' in result.value)
    show(phrase, `${result.value.kind} [${result.value.start}, ${result.value.end})`);
  else show(phrase, `${result.value.kind} ${result.value.start}`);
}

heading('Numbers (Arabic, full-width, Chinese, mixed magnitudes)');
for (const numeral of ['八十', '两', '廿三', '一百零五', '二〇二一', '６３', '63.5万', '1.66亿']) {
  show(numeral, parseNumeral(numeral));
}
for (const quantity of findQuantities('累计2841例*，病例44至48，志愿服务时长2300万小时')) {
  const value = quantity.kind === 'range' ? `${quantity.from.value}..${quantity.to.value}` : quantity.value;
  show(
    quantity.raw,
    `${value} ${quantity.counter ?? ''}${quantity.footnote ? ` (footnote ${quantity.footnote})` : ''}`,
  );
}
// A scraper stripped the digits: the slot is reported as missing, never as 0.
const stripped = '目前在院治疗人';
const slot = readNumberBefore(stripped, stripped.indexOf('人'));
show(stripped, slot.kind === 'missing' ? 'missing (no number in the slot)' : `${slot.kind}`);

heading('Records extracted from the example documents (examples/data)');
for (const [file, reference] of [
  ['2021-01-13-bulletin.txt', undefined],
  ['2021-11-23-risk-change.txt', '2021-11-23T10:00:00+08:00'],
  ['2021-01-20-unsealing.html', '2021-01-19T18:00:00+08:00'],
]) {
  const input = readFileSync(fileURLToPath(new URL(file, dataDir)), 'utf8');
  const result = extractRecords(input, reference ? { reference } : {});
  console.log(`  ${file}: ${result.records.length} record(s), ${result.removed.length} span(s) removed`);
  for (const record of result.records) console.log(`    ${describe(record)}`);
}

heading(
  'Quarantine: Dalian 2021-01 home medical observation ("14+7", 4 negative tests), anchor 2020-12-25 00:00',
);
// The rule was announced on 2021-01-13 for people sealed in since 2020-12-25: read the rules in
// force when it was announced (`rulesAt`), counted from the anchor.
const plan = planQuarantine({
  jurisdiction: 'CN-LN-DL',
  category: 'homeObservation',
  anchor: '2020-12-25T00:00:00+08:00',
  rulesAt: '2021-01-13T15:00:00+08:00',
});
for (const phase of plan.phases) show(`${phase.kind} (${phase.days} days)`, `${phase.start} → ${phase.end}`);
show('release', plan.release);
show('rule', `${plan.packId} / ${plan.categoryName}`);

function describe(record) {
  const figure = (f) => (f === undefined || f === null || f.value === null ? '—' : f.value);
  switch (record.kind) {
    case 'dailyBulletin':
      return `daily bulletin ${record.region ?? '?'} [${record.period?.start ?? '?'}, ${record.period?.end ?? '?'}): new local ${figure(record.newLocalConfirmed)} / ${figure(record.newLocalAsymptomatic)}, cumulative ${figure(record.cumulativeConfirmed)} / ${figure(record.cumulativeAsymptomatic)}`;
    case 'riskChange':
      return `risk change: ${record.areas.map((area) => area.fullName).join('、')} (declared ${record.declaredCount ?? '?'}) ${record.fromLevel?.label ?? '?'} → ${record.toLevel?.label ?? '?'} from ${record.effectiveAt ?? '?'}`;
    case 'unsealing':
      return `unsealing: ${record.areas.map((area) => area.fullName).join('、')} from ${record.effectiveAt ?? '?'}${record.documentNumber ? ` (${record.documentNumber.text})` : ''}`;
    case 'pressConference':
      return `press conference no. ${record.ordinal ?? '?'} on ${record.date ?? '?'}`;
    case 'bulletinIndex':
      return `bulletin index of ${record.entries.length} titles`;
    default:
      return record.kind;
  }
}
