import { extractDailyBulletins } from './packages/core/src/bulletin/index.ts';
const texts = process.argv.slice(2);
for (const t of texts) {
  for (const b of extractDailyBulletins(t, { reference: '2020-02-10' })) {
    console.log(b.region, JSON.stringify(b.figures.map(f => [f.measure, f.tally, f.scope, f.kind, f.area, f.value])));
    console.log(b.breakdowns.map(e=>e.area+':'+JSON.stringify(Object.fromEntries(Object.entries(e).filter(([k])=>!['area','span','code','confidence'].includes(k)).map(([k,v])=>[k,(v as any)?.value ?? v])))).join(' '));
    console.log(b.warnings.map(w => w.code + ' ' + w.message).join('\n'));
  }
}
