import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readClauses } from '../src/bulletin/_internal/readClauses';
import { cleanText } from '../src/text/cleanText';
const shared = '/work/shared';
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
const files = [
  ...filesUnder(shared + '/seeds'),
  ...filesUnder(shared + '/corpora/doctormin-COVID-19_SpiderOfChineseData/Data').filter((p) =>
    p.endsWith('.txt'),
  ),
  ...filesUnder(shared + '/corpora/Stockard-Shanghai-COVID-2022/data/raw/number'),
  ...filesUnder(shared + '/corpora/differui-hcow-announcement/assets').filter((p) => !p.endsWith('LICENSE')),
  ...filesUnder(shared + '/corpora/Exungsh-032002337/package_zip/text_result'),
];
const texts = files.map((p) => cleanText(readFileSync(p, 'utf8')).text);
const chars = texts.reduce((t, s) => t + s.length, 0);
let figs = 0;
for (const t of texts) figs += readClauses(t, 0, t.length).figures.length;
let best = Infinity;
for (let turn = 0; turn < 8; turn++) {
  const c0 = process.cpuUsage();
  for (let r = 0; r < 5; r++) for (const t of texts) readClauses(t, 0, t.length);
  const c = process.cpuUsage(c0);
  best = Math.min(best, ((c.user + c.system) * 1000) / (5 * chars));
}
console.log(`readClauses: ${best.toFixed(1)} ns/char, ${figs} figures in ${chars} chars`);
