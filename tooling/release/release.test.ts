/**
 * The release check (`pnpm release:check`): what `changeset version` then `changeset publish`
 * would put on the registry, checked before anything is published. Each publishable package is
 * packed once from a scratch copy of the checkout with the pending changesets applied (no `dist`:
 * `prepack` builds it), its tarball is read and linted, and all the tarballs are installed
 * together into an empty project, where every package does one real thing from ESM, CommonJS and
 * TypeScript, the CLI's bin runs and the widget's `<script>` bundle renders in real Chromium.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../chromium';
import {
  type InstalledProject,
  installTarballs,
  lintTarball,
  npmPackFiles,
  type PackedPackage,
  packStaged,
  publishablePackages,
  type ReleaseStage,
  repoRoot,
  stageRelease,
  type TarballLint,
} from './stage';

type AttwProfile = 'strict' | 'node16' | 'esm-only';

interface Expectation {
  /**
   * attw's profile. Every package ships ESM and CommonJS builds with declarations for both and a
   * `typesVersions` map for old resolvers, so each is checked under `strict` (node10, node16 from
   * CommonJS and from ESM, bundler): the widget too, because bundlers and server-rendered pages
   * import it, and the CLI because `require('@fangkong/cli').run` is its programmatic API.
   */
  profile: AttwProfile;
  /** Files the tarball must hold besides package.json, README.md, LICENSE, CHANGELOG.md and dist/index.*. */
  required: string[];
  /** Files outside `dist/` the package ships on purpose (data, schemas, a bin). */
  alsoAllowed: RegExp[];
}

const EXPECTATIONS: Record<string, Expectation> = {
  '@fangkong/core': {
    profile: 'strict',
    required: [
      'dist/areas.js',
      'dist/areas.cjs',
      'dist/schemas.js',
      'dist/quarantine.d.cts',
      'data/divisions.json',
      'schema/records.schema.json',
      'schema/policy-pack.schema.json',
    ],
    alsoAllowed: [/^data\/divisions\.json$/, /^schema\/[a-z-]+\.schema\.json$/],
  },
  '@fangkong/jieba': {
    profile: 'strict',
    required: ['dict/fangkong.dict.utf8'],
    alsoAllowed: [/^dict\/fangkong\.dict\.utf8$/],
  },
  '@fangkong/cli': {
    profile: 'strict',
    required: ['bin/fangkong.js', 'dist/worker.js', 'dist/worker.cjs'],
    alsoAllowed: [/^bin\/fangkong\.js$/],
  },
  '@fangkong/express': { profile: 'strict', required: [], alsoAllowed: [] },
  '@fangkong/widget': {
    profile: 'strict',
    required: [
      'dist/define.js',
      'dist/define.cjs',
      'dist/fangkong-widget.global.js',
      'dist/fangkong-quarantine.global.js',
    ],
    alsoAllowed: [],
  },
};

const ALWAYS = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];
const BUILDS = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts'];
/** Built code and declarations, flat in dist/ (entries and shared chunks); no maps, no sources. */
const BUILT_FILE = /^dist\/[\w.-]+\.(js|cjs|d\.ts|d\.cts)$/;

const names = publishablePackages(repoRoot).map((pkg) => pkg.manifest.name);
const repoVersions = Object.fromEntries(
  publishablePackages(repoRoot).map((pkg) => [pkg.manifest.name, pkg.manifest.version]),
);

let stage: ReleaseStage;
let out: string;
const packed = new Map<string, PackedPackage>();
const lints = new Map<string, TarballLint>();
let project: InstalledProject;
/** What `npm pack` (not pnpm) packs of @fangkong/express with no dist/ to start from. */
let npmPacked: string[] = [];

beforeAll(async () => {
  stage = stageRelease();
  out = mkdtempSync(join(tmpdir(), 'fangkong-tarballs-'));
  const linting: Promise<unknown>[] = [];
  for (const pkg of publishablePackages(stage.root)) {
    const expectation = EXPECTATIONS[pkg.manifest.name];
    if (!expectation) {
      throw new Error(
        `${pkg.manifest.name} is publishable but tooling/release/release.test.ts has no EXPECTATIONS for it: add its files and attw profile`,
      );
    }
    const tarball = packStaged(stage, pkg, out);
    packed.set(pkg.manifest.name, tarball);
    linting.push(
      lintTarball(tarball, expectation.profile).then((lint) => lints.set(pkg.manifest.name, lint)),
    );
  }
  await Promise.all(linting);
  const express = publishablePackages(stage.root).find((pkg) => pkg.manifest.name === '@fangkong/express');
  if (express) npmPacked = npmPackFiles(stage, express);
  project = installTarballs(
    [...packed.values()].map((pkg) => pkg.tarball),
    { nodejieba: join(repoRoot, 'packages', 'jieba') },
    ['express@5', '@types/express@5', '@types/node@20'],
  );
}, 900_000);

/** A tarball's files in one line: dist/ summed by kind, every other file by name. */
function describeFiles(pkg: PackedPackage): string {
  const kinds = new Map<string, number>();
  const others: string[] = [];
  for (const { path } of pkg.files) {
    const kind = /^dist\/.*?(\.global\.js|\.d\.c?ts|\.c?js)$/.exec(path)?.[1];
    if (kind === '.global.js') others.push(path);
    else if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    else others.push(path);
  }
  const dist = [...kinds].map(([kind, count]) => `${count} ${kind}`).join(' + ');
  return `dist/ (${dist}), ${others.sort().join(', ')}`;
}

afterAll(() => {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows = [...packed.values()].map(
    (pkg) =>
      `  ${`${pkg.name}@${pkg.manifest.version}`.padEnd(26)} ${String(pkg.files.length).padStart(4)} files  ${kb(pkg.bytes).padStart(10)} packed  ${kb(pkg.files.reduce((sum, file) => sum + file.bytes, 0)).padStart(10)} unpacked\n    ${describeFiles(pkg)}`,
  );
  if (rows.length) console.log(`release check: the tarballs\n${rows.join('\n')}`);
  project?.remove();
  stage?.remove();
  if (out) rmSync(out, { recursive: true, force: true });
});

const tarball = (name: string): PackedPackage => {
  const pkg = packed.get(name);
  if (!pkg) throw new Error(`${name} was not packed (see the first failure)`);
  return pkg;
};

describe.each(names)('the %s tarball', (name) => {
  const expectation = EXPECTATIONS[name]!;

  it('is built by its prepack script when packed from a checkout, which has no dist/', () => {
    expect(tarball(name).hadDistBeforePack).toBe(false);
    expect(tarball(name).files.map((file) => file.path)).toEqual(expect.arrayContaining(BUILDS));
  });

  it('holds the built files, README, LICENSE and CHANGELOG, and nothing else (no sources, tests, fixtures, tsconfig, bench or ../shared data)', () => {
    const paths = tarball(name).files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining([...ALWAYS, ...BUILDS, ...expectation.required]));
    const unexpected = paths.filter(
      (path) =>
        !ALWAYS.includes(path) &&
        !BUILT_FILE.test(path) &&
        !expectation.alsoAllowed.some((re) => re.test(path)),
    );
    expect(unexpected).toEqual([]);
  });

  it('is released under the version changesets gives it (0.1.0 first), with a CHANGELOG entry for it', () => {
    const { manifest } = tarball(name);
    expect(manifest.version).toBe(stage.versions[name]);
    if (repoVersions[name] === '0.0.0') expect(manifest.version).toBe('0.1.0');
    const changelog = readFileSync(join(stage.root, 'packages', tarball(name).dir, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(new RegExp(`^# ${name}\\n`));
    expect(changelog).toContain(`\n## ${manifest.version}\n`);
  });

  it('depends on the released versions of the other fangkong packages (no workspace: range left)', () => {
    const { manifest } = tarball(name);
    expect(JSON.stringify(manifest)).not.toContain('workspace:');
    for (const [dependency, range] of Object.entries({
      ...manifest.dependencies,
      ...manifest.peerDependencies,
    })) {
      if (dependency in stage.versions) expect(range, dependency).toBe(`^${stage.versions[dependency]}`);
    }
  });

  it('has no publint message in strict mode (errors, warnings or suggestions)', () => {
    expect(lints.get(name)?.publint).toEqual([]);
  });

  it(`has no problem for @arethetypeswrong/cli under its profile (${expectation.profile})`, () => {
    expect(lints.get(name)?.attw).toEqual([]);
  });

  it('has a README whose links work on the registry page (absolute URLs, no ../ paths)', () => {
    const readme = tarball(name).readme;
    const targets = [
      ...[...readme.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)/g)].map((match) => match[1]!),
      ...[...readme.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((match) => match[1]!),
      ...[...readme.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]!),
    ];
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((target) => !/^(https:\/\/|mailto:|#)/.test(target))).toEqual([]);
  });
});

it('packs with npm too: `npm pack` of @fangkong/express with no dist/ builds it first', () => {
  expect(npmPacked).toEqual(expect.arrayContaining(['package.json', 'LICENSE', ...BUILDS]));
});

const SHORT_BULLETIN = '2021年1月12日0时至24时，大连市新增本土确诊病例2例，新增本土无症状感染者1例。';

/** One real call of each library, the same from ESM and CommonJS; prints a JSON line. */
const calls = `
const [bulletin] = extractRecords(${JSON.stringify(SHORT_BULLETIN)}, { reference: '2021-01-13T08:30:00+08:00' }).records;
const words = createJiebaSegmenter().cut('沙河口区星海湾街道星海公园社区');
// jieba's errors are core's FangkongError (jieba imports it from @fangkong/core/errors).
let jiebaError = null;
try {
  createJiebaSegmenter().cut(42);
} catch (error) {
  jiebaError = error instanceof FangkongError ? error.code : String(error);
}
const code = resolveArea('金普新区光中街道和平社区', { within: '大连市' }).code;
const server = express().use('/fangkong', createFangkongRouter({ jurisdiction: 'CN-LN-DL' })).listen(0, '127.0.0.1', async () => {
  const base = 'http://127.0.0.1:' + server.address().port + '/fangkong';
  const plan = await (await fetch(base + '/plans?category=closeContact&anchor=2021-06-01')).json();
  const missing = await fetch(base + '/policy/nope');
  server.close();
  console.log(JSON.stringify({
    kind: bulletin.kind,
    newLocalConfirmed: bulletin.newLocalConfirmed.value,
    words,
    jiebaError,
    code,
    release: plan.release,
    problem: [missing.status, missing.headers.get('content-type')],
    elements: Object.keys(FANGKONG_ELEMENTS),
    run: typeof run,
  }));
});
`;

const expected = {
  kind: 'dailyBulletin',
  newLocalConfirmed: 2,
  words: ['沙河口区', '星海湾街道', '星海公园社区'],
  jiebaError: 'INVALID_ARGUMENT',
  code: '210213031001',
  release: '2021-06-23T00:00:00+08:00',
  problem: [404, 'application/problem+json; charset=utf-8'],
  elements: ['fangkong-quarantine', 'fangkong-risk-lookup', 'fangkong-latest'],
  run: 'function',
};

describe('the five tarballs installed together into an empty project (no workspace links)', () => {
  it('work from ESM: a bulletin read, a sentence segmented by nodejieba, an area resolved, a router serving on 127.0.0.1', () => {
    const source = `import express from 'express';
import { extractRecords, FangkongError } from '@fangkong/core';
import { resolveArea } from '@fangkong/core/areas';
import { createJiebaSegmenter } from '@fangkong/jieba';
import { createFangkongRouter } from '@fangkong/express';
import { FANGKONG_ELEMENTS } from '@fangkong/widget';
import { run } from '@fangkong/cli';
${calls}`;
    expect(JSON.parse(project.run('check.mjs', source))).toEqual(expected);
  });

  it('work from CommonJS, the same calls', () => {
    const source = `const express = require('express');
const { extractRecords, FangkongError } = require('@fangkong/core');
const { resolveArea } = require('@fangkong/core/areas');
const { createJiebaSegmenter } = require('@fangkong/jieba');
const { createFangkongRouter } = require('@fangkong/express');
const { FANGKONG_ELEMENTS } = require('@fangkong/widget');
const { run } = require('@fangkong/cli');
${calls}`;
    expect(JSON.parse(project.run('check.cjs', source))).toEqual(expected);
  });

  const typed = `import express from 'express';
import { extractRecords, earliestDowngrade, type DowngradeChain, type RiskLevelId } from '@fangkong/core';
import { RISK_SCHEME_IDS } from '@fangkong/core/risk';
import { resolveArea } from '@fangkong/core/areas';
import { createJiebaSegmenter, type JiebaSegmenter } from '@fangkong/jieba';
import { createFangkongRouter, createMemoryStore, type ApiErrorCode, type FangkongRouter } from '@fangkong/express';
import { run, type CliErrorCode } from '@fangkong/cli';
import { FANGKONG_ELEMENTS, FangkongQuarantine } from '@fangkong/widget';
// The side-effect entry that defines the elements (what a bundler user imports).
import '@fangkong/widget/define';

const [record] = extractRecords(${JSON.stringify(SHORT_BULLETIN)}).records;
const confirmed: number | null = record?.kind === 'dailyBulletin' ? record.newLocalConfirmed.value : null;
const level: RiskLevelId = 'medium';
const chain: DowngradeChain = earliestDowngrade({ jurisdiction: 'CN-LN-DL', area: { level, lastCaseAt: '2021-11-08' } });
const segmenter: JiebaSegmenter = createJiebaSegmenter();
const router: FangkongRouter = createFangkongRouter({ store: createMemoryStore([]), origins: ['https://www.example.gov.cn'] });
express().use('/fangkong', router);
const apiCode: ApiErrorCode = 'NOT_FOUND';
const exitCode: Promise<number> = run(['--version']);
const cliCode: CliErrorCode | undefined = undefined;
const element: typeof HTMLElement = FangkongQuarantine;
export const answer = [confirmed, chain.lowestAt, resolveArea('大连市').code, segmenter.cut('大连'), RISK_SCHEME_IDS,
  apiCode, exitCode, cliCode, element, Object.keys(FANGKONG_ELEMENTS)];
`;
  const node16 = { module: 'node16', moduleResolution: 'node16', lib: ['es2022', 'dom'], types: ['node'] };
  const bundler = {
    module: 'esnext',
    moduleResolution: 'bundler',
    target: 'es2022',
    lib: ['es2022', 'dom'],
    types: ['node'],
  };

  // The three checks run at once (each tsc takes seconds); each test reads its own result.
  let typechecks: Record<'node16' | 'bundler' | 'misspelt', string>;
  beforeAll(async () => {
    const wrong = typed.replace(
      "const level: RiskLevelId = 'medium';",
      "const level: RiskLevelId = 'mediun';",
    );
    const [node16Out, bundlerOut, misspeltOut] = await Promise.all([
      project.typecheck('node16', typed, node16),
      project.typecheck('bundler', typed, bundler),
      project.typecheck('misspelt', wrong, node16),
    ]);
    typechecks = { node16: node16Out, bundler: bundlerOut, misspelt: misspeltOut };
  }, 300_000);

  it.each(['node16', 'bundler'] as const)(
    'type-check from TypeScript with %s resolution (tsc --noEmit, library types checked too)',
    (resolution) => {
      expect(typechecks[resolution]).toBe('');
    },
  );

  it('refuse a misspelt risk level in TypeScript (the levels are a string-literal union)', () => {
    expect(typechecks.misspelt).toContain('mediun');
  });

  it('run the CLI as `npx fangkong --version`, which prints the released version', () => {
    expect(project.npx(['fangkong', '--version']).trim()).toBe(stage.versions['@fangkong/cli']);
  });

  it('run `npx fangkong parse -` on a bulletin from stdin', () => {
    const csv = project.npx(
      ['fangkong', 'parse', '-', '--format', 'csv'],
      `2021-01-13 08:00 大连市卫生健康委员会\n${SHORT_BULLETIN}\n`,
    );
    const [header, row] = csv
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    expect(row![header!.indexOf('new_local_confirmed')]).toBe('2');
    expect(row![header!.indexOf('period_start')]).toBe('2021-01-12T00:00:00+08:00');
  });

  it('run `npx fangkong keywords`, which segments with nodejieba through the installed @fangkong/jieba', () => {
    const words = JSON.parse(
      project.npx(
        ['fangkong', 'keywords', '-', '--top', '3', '--format', 'json'],
        '沙河口区星海湾街道星海公园社区解除封闭管控。',
      ),
    ) as { word: string }[];
    expect(words.map((word) => word.word)).toContain('星海湾街道');
  });

  describe('the widget bundle from the tarball, on a page in real Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('renders <fangkong-quarantine> from node_modules/@fangkong/widget/dist/fangkong-widget.global.js', async () => {
      const bundle = readFileSync(
        join(project.dir, 'node_modules', '@fangkong', 'widget', 'dist', 'fangkong-widget.global.js'),
        'utf8',
      );
      const page = await browser.newPage({ timezoneId: 'America/New_York', locale: 'zh-CN' });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== 'https://city.example') return route.abort();
        if (url.pathname === '/widget.js') {
          return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: bundle });
        }
        return route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script src="/widget.js" defer></script></head>
<body><fangkong-quarantine jurisdiction="CN-LN-DL" category="homeObservation" anchor="2020-12-25" rules-at="2021-01-13"></fangkong-quarantine></body></html>`,
        });
      });
      await page.goto('https://city.example/');
      await expect
        .poll(() => page.locator('fangkong-quarantine [part=release]').textContent())
        .toBe('解除时间: 2021年1月16日 00:00（北京时间）');
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
