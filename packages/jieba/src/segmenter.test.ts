import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyDocument, createJiebaSegmenter, DOMAIN_TERMS, isJiebaLoaded, loadJieba } from './index';

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, '../../../../shared');
function seed(id: string): string {
  const dir = join(shared, 'seeds');
  const file = readdirSync(dir).find((name) => name.startsWith(`${id}_`));
  if (!file) throw new Error(`seed ${id} missing in ${dir} (../shared beside the repository)`);
  return readFileSync(join(dir, file), 'utf8');
}

const segmenter = createJiebaSegmenter();

describe('createJiebaSegmenter (real nodejieba)', () => {
  it('does not load nodejieba until a method is called', () => {
    // A fresh process: importing the package must not require the native module.
    const script = [
      "const m = require('node:module');",
      'const seen = [];',
      'const original = m.prototype.require;',
      "m.prototype.require = function (id) { if (String(id).includes('nodejieba')) seen.push(id); return original.apply(this, arguments); };",
      "import('./src/index.ts').then((pkg) => { console.log(JSON.stringify({ seen, loaded: pkg.isJiebaLoaded() })); });",
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: resolve(here, '..'),
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const last = run.stdout.trim().split('\n').at(-1) ?? '';
    expect(JSON.parse(last), run.stderr).toEqual({ seen: [], loaded: false });
  });

  it('keeps division names and domain terms whole', () => {
    const words = segmenter.cut('沙河口区星海湾街道星海公园社区，金普新区站前街道御龙湾社区解除封闭管控');
    expect(isJiebaLoaded()).toBe(true);
    for (const name of ['星海湾街道', '御龙湾社区', '金普新区', '沙河口区', '解除封闭管控']) {
      expect(words).toContain(name);
    }
    expect(segmenter.cut('新增本土无症状感染者，调整为中风险地区')).toEqual(
      expect.arrayContaining(['本土', '无症状感染者', '中风险地区']),
    );
  });

  it('cuts every domain term as one word', () => {
    const broken = DOMAIN_TERMS.filter((term) => {
      const words = segmenter.cut(`关于${term}的说明`);
      return !words.includes(term);
    });
    expect(broken).toEqual([]);
  });

  it('gives offsets that slice back to each word', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'大连市庄河城关街道海洋村 ,，1２a\n无症状') }),
        (text) => {
          const tokens = segmenter.tokens(text);
          expect(tokens.map((t) => t.word).join('')).toBe(text);
          for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps offsets right after lone surrogates (nodejieba reads them as U+FFFD)', () => {
    expect(segmenter.tokens('a\uD800b星海湾街道').map((t) => [t.word, t.start])).toEqual([
      ['a', 0],
      ['\uD800', 1],
      ['b', 2],
      ['星海湾街道', 3],
    ]);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('\uD800', '\uDC00', '\uFFFD', '😀', ...'大连星海湾街道 ,a') }),
        (text) => {
          const tokens = segmenter.tokens(text);
          expect(tokens.map((t) => t.word).join('')).toBe(text);
          for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses a missing dictionary with DICTIONARY_UNREADABLE instead of aborting the process', () => {
    const script = [
      "const nodejieba = require('nodejieba');",
      "nodejieba.DEFAULT_IDF_DICT = '/nonexistent/idf.utf8';",
      "import('./src/index.ts').then((pkg) => {",
      "  try { pkg.createJiebaSegmenter().cut('大连'); console.log('no error'); }",
      '  catch (error) { console.log(JSON.stringify({ code: error.code, path: error.details.path })); }',
      '});',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: resolve(here, '..'),
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const last = run.stdout.trim().split('\n').at(-1) ?? '';
    expect(JSON.parse(last)).toEqual({ code: 'DICTIONARY_UNREADABLE', path: 'idfDict' });
  });

  it('adds the shorter words inside long ones to the search tokens', () => {
    const text = '星海湾街道无症状感染者';
    const tokens = segmenter.searchTokens(text);
    const words = tokens.map((t) => t.word);
    expect(words).toEqual(expect.arrayContaining(['星海湾街道', '无症状感染者', '街道', '感染者']));
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
  });

  it('finds Zhuanghe among the keywords of seed 001', () => {
    const words = segmenter.keywords(seed('001'), 10).map((k) => k.word);
    expect(words.some((w) => w.includes('庄河'))).toBe(true);
  });

  it('tags division names as place names', () => {
    expect(segmenter.tag('庄河市城关街道')).toEqual([
      { word: '庄河市', tag: 'ns' },
      { word: '城关街道', tag: 'ns' },
    ]);
  });

  it('loads once per process and reports the time it took', () => {
    const first = loadJieba();
    expect(loadJieba()).toBe(first);
    expect(first.info.loadMillis).toBeGreaterThan(0);
    expect(first.info.userDict).toMatch(/fangkong\.dict\.utf8$/);
  });
});

describe('classifyDocument', () => {
  const strong = (text: string) =>
    classifyDocument(segmenter, text)
      .filter((k) => k.score >= 0.5)
      .map((k) => k.kind);

  it.each([
    ['000', ['pressConference', 'dailyBulletin', 'unsealing', 'bulletinIndex']],
    ['001', ['pressConference', 'riskChange']],
    ['002', ['pressConference', 'dailyBulletin', 'unsealing']],
    ['003', ['pressConference', 'bulletinIndex']],
    ['004', ['pressConference']],
  ] as const)('scores seed %s as %j', (id, kinds) => {
    expect(strong(seed(id))).toEqual(expect.arrayContaining([...kinds]));
  });

  it('sees no bulletin index in a press conference without one', () => {
    for (const id of ['001', '002', '004']) {
      const index = classifyDocument(segmenter, seed(id)).find((k) => k.kind === 'bulletinIndex')!;
      expect(index.score).toBeLessThan(0.2);
    }
  });

  it('scores a Shanghai daily bulletin of the corpus as a daily bulletin first', () => {
    const dir = join(shared, 'corpora/Stockard-Shanghai-COVID-2022/data/raw/number');
    const file = readdirSync(dir).sort()[0]!;
    const scores = classifyDocument(segmenter, readFileSync(join(dir, file), 'utf8'));
    expect(scores[0]!.kind).toBe('dailyBulletin');
    expect(scores[0]!.evidence.length).toBeGreaterThan(2);
  });

  it('gives every kind a zero score on text without any sign', () => {
    expect(classifyDocument(segmenter, '今天天气很好').every((k) => k.score === 0)).toBe(true);
  });
});

describe('the user dictionary', () => {
  it('is what scripts/build-dict.ts generates', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-dict.ts', '--check'], {
      cwd: resolve(here, '..'),
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
