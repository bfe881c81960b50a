/**
 * What users get: the packed tarballs of @fangkong/core and @fangkong/jieba installed into an
 * empty project with npm, then used from ESM, CommonJS and TypeScript (node16 and bundler
 * resolution), each with a real call. This is the test that catches a build that only breaks
 * once published (the ESM build of jieba once threw "Dynamic require of nodejieba").
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InstalledProject, installPackedPackages } from '../../../tooling/packageCheck';

const core = fileURLToPath(new URL('../../core', import.meta.url));
const jieba = fileURLToPath(new URL('..', import.meta.url));

const expected = {
  release: '2021-06-23T00:00:00+08:00',
  lowestAt: '2021-11-23T00:00:00+08:00',
  code: '210213031001',
  words: ['沙河口区', '星海湾街道', '星海公园社区'],
  jiebaError: 'INVALID_ARGUMENT',
};

const calls = `
const plan = planQuarantine({ jurisdiction: 'CN', category: 'closeContact', anchor: '2021-06-01T15:00:00+08:00' });
const chain = earliestDowngrade({ jurisdiction: '大连市', area: { level: 'medium', lastCaseAt: '2021-11-08' } });
const code = resolveArea('金普新区光中街道和平社区', { within: '大连市' }).code;
const words = createJiebaSegmenter().cut('沙河口区星海湾街道星海公园社区');
// jieba's errors are core's FangkongError (jieba imports it from @fangkong/core/errors).
let jiebaError = null;
try {
  createJiebaSegmenter().cut(42);
} catch (error) {
  jiebaError = error instanceof FangkongError ? error.code : String(error);
}
console.log(JSON.stringify({ release: plan.release, lowestAt: chain.lowestAt, code, words, jiebaError }));
`;

describe('the packed tarballs of core and jieba, installed into an empty project', () => {
  let project: InstalledProject;

  beforeAll(() => {
    project = installPackedPackages([core, jieba], ['nodejieba']);
  }, 300_000);
  afterAll(() => project?.remove());

  it('work from ESM', () => {
    const out = project.run(
      'check.mjs',
      `import { earliestDowngrade, FangkongError, planQuarantine } from '@fangkong/core';
import { resolveArea } from '@fangkong/core/areas';
import { createJiebaSegmenter } from '@fangkong/jieba';
${calls}`,
    );
    expect(JSON.parse(out)).toEqual(expected);
  });

  it('work from CommonJS', () => {
    const out = project.run(
      'check.cjs',
      `const { earliestDowngrade, FangkongError, planQuarantine } = require('@fangkong/core');
const { resolveArea } = require('@fangkong/core/areas');
const { createJiebaSegmenter } = require('@fangkong/jieba');
${calls}`,
    );
    expect(JSON.parse(out)).toEqual(expected);
  });

  const typed = `import { earliestDowngrade, type RiskLevelId, type DowngradeChain } from '@fangkong/core';
import { RISK_SCHEME_IDS } from '@fangkong/core/risk';
import { resolveArea } from '@fangkong/core/areas';
import { createJiebaSegmenter, type JiebaSegmenter } from '@fangkong/jieba';
const level: RiskLevelId = 'medium';
const chain: DowngradeChain = earliestDowngrade({ jurisdiction: 'CN-LN-DL', area: { level, lastCaseAt: '2021-11-08' } });
const segmenter: JiebaSegmenter = createJiebaSegmenter();
export const answer: [string | null, string | null, string[], readonly string[]] = [
  chain.lowestAt, resolveArea('大连市').code, segmenter.cut('大连'), RISK_SCHEME_IDS,
];
`;

  it.each([
    ['node16', { module: 'node16', moduleResolution: 'node16' }],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler', target: 'es2022' }],
  ])('type-check from TypeScript with %s resolution', (_label, options) => {
    expect(project.typecheck(typed, options)).toBe('');
  });

  it('refuses a misspelt level in TypeScript (the levels are a string-literal union)', () => {
    const wrong = typed.replace(
      "const level: RiskLevelId = 'medium';",
      "const level: RiskLevelId = 'mediun';",
    );
    expect(project.typecheck(wrong, { module: 'node16', moduleResolution: 'node16' })).toContain('mediun');
  });
});
