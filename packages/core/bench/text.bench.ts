/**
 * Throughput of `cleanText` on the seeds and corpora (run: `npx tsx packages/core/bench/text.bench.ts`).
 * MB/s are UTF-8 megabytes of input per second on one core; the 1× / 10× times check linearity.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText } from '../src/text/index';
import { sharedDir } from '../test/shared';

function texts(): string[] {
  const out: string[] = [];
  const seeds = join(sharedDir, 'seeds');
  for (const f of readdirSync(seeds)) out.push(readFileSync(join(seeds, f), 'utf8'));
  for (const folder of [
    'corpora/Exungsh-032002337/package_zip/text_result',
    'corpora/differui-hcow-announcement/assets',
    'corpora/Stockard-Shanghai-COVID-2022/data/raw/number',
  ]) {
    const dir = join(sharedDir, folder);
    for (const f of readdirSync(dir)) out.push(readFileSync(join(dir, f), 'utf8'));
  }
  const news = JSON.parse(
    readFileSync(join(sharedDir, 'corpora/BlankerL-DXY-COVID-19-Data/json/DXYNews-TimeSeries.json'), 'utf8'),
  ) as { title: string; summary: string }[];
  for (const item of news.slice(0, 500)) out.push(`${item.title}\n${item.summary}`);
  return out;
}

function bytes(docs: string[]): number {
  const enc = new TextEncoder();
  return docs.reduce((n, d) => n + enc.encode(d).length, 0);
}

function time(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

const docs = texts();
const size = bytes(docs);
// Warm up (JIT, the lazily built converter tables).
for (const d of docs) cleanText(d);

const reps = 10;
const ms = time(() => {
  for (let r = 0; r < reps; r++) for (const d of docs) cleanText(d);
});
console.log(
  `documents: ${docs.length}, ${(size / 1e6).toFixed(2)} MB ×${reps}: ${ms.toFixed(0)} ms → ${((size * reps) / 1e6 / (ms / 1000)).toFixed(1)} MB/s`,
);

const thoroughMs = time(() => {
  for (let r = 0; r < reps; r++) for (const d of docs) cleanText(d, { detectInjected: 'thorough' });
});
console.log(
  `documents, detectInjected: 'thorough' (also injected text that splits words, no title needed): ${((size * reps) / 1e6 / (thoroughMs / 1000)).toFixed(1)} MB/s`,
);

// Linearity: one document made of all the text, at 1× and 10×.
const one = docs.join('\n');
const ten = Array.from({ length: 10 }, () => one).join('\n');
const t1 = Math.min(...[0, 1, 2].map(() => time(() => cleanText(one))));
const t10 = Math.min(...[0, 1].map(() => time(() => cleanText(ten))));
console.log(
  `one document ${(bytes([one]) / 1e6).toFixed(2)} MB: ${t1.toFixed(0)} ms; 10×: ${t10.toFixed(0)} ms (ratio ${(t10 / t1).toFixed(1)})`,
);
// At 10× the title line recurs in the body, so only there does the injected-text detector pass its
// cheap pre-check and run the full analysis: compare 10× with 20× for the full analysis alone.
const twenty = `${ten}\n${ten}`;
const t20 = Math.min(...[0, 1].map(() => time(() => cleanText(twenty))));
console.log(
  `full injected-text analysis: 10×: ${t10.toFixed(0)} ms; 20×: ${t20.toFixed(0)} ms (ratio ${(t20 / t10).toFixed(1)})`,
);

// Traditional script: the same text converted to traditional, so the converter runs on every line.
const toTraditional = (await import('opencc-js/cn2t')).Converter({ from: 'cn', to: 'hk' });
const traditional = docs.slice(0, 60).map((d) => toTraditional(d));
const tsize = bytes(traditional);
const tms = time(() => {
  for (const d of traditional) cleanText(d);
});
console.log(
  `traditional script: ${(tsize / 1e6).toFixed(2)} MB in ${tms.toFixed(0)} ms → ${(tsize / 1e6 / (tms / 1000)).toFixed(1)} MB/s`,
);

// HTML: each document wrapped in a page with chrome.
const pages = docs.slice(0, 200).map(
  (d) =>
    `<!DOCTYPE html><html><head><title>t</title><script>var x=1;</script></head><body><nav>首页</nav><div class="content">${d
      .split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('')}</div><footer>版权所有</footer></body></html>`,
);
const hsize = bytes(pages);
const hms = time(() => {
  for (const p of pages) cleanText(p);
});
console.log(
  `HTML pages: ${(hsize / 1e6).toFixed(2)} MB in ${hms.toFixed(0)} ms → ${(hsize / 1e6 / (hms / 1000)).toFixed(1)} MB/s`,
);
