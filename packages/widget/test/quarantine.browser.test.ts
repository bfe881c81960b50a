/**
 * The calculator as a page embeds it with one `<script src>`, with no server behind it: the page
 * and the bundle are served by request interception from a made-up origin, under a strict
 * Content-Security-Policy, and every request the page makes is recorded.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../tooling/chromium';

const ORIGIN = 'https://city.example';
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'";

function bundle(name: string): string {
  const file = new URL(`../dist/${name}`, import.meta.url);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file.pathname} is missing: run \`pnpm build\` first (\`pnpm test\` does)`);
  }
}

function pageHtml(script: string, body: string, lang = 'zh-CN'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script src="/${script}" defer></script></head><body>${body}</body></html>`;
}

interface Visit {
  page: Page;
  requests: string[];
  violations: string[];
  errors: string[];
}

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function visit(
  script: string,
  body: string,
  options: { timezoneId?: string; width?: number; api?: Record<string, unknown> } = {},
): Promise<Visit> {
  context = await browser.newContext({
    timezoneId: options.timezoneId ?? 'Asia/Shanghai',
    locale: 'zh-CN',
    viewport: { width: options.width ?? 1024, height: 800 },
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    if (url.pathname === '/') {
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': STRICT_CSP },
        body: pageHtml(script, body),
      });
    }
    if (url.pathname === `/${script}`) {
      return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: bundle(script) });
    }
    const answer = options.api?.[url.pathname];
    if (answer !== undefined) return route.fulfill({ json: answer });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __violations: string[] }).__violations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  await page.goto(`${ORIGIN}/`);
  await page.locator('fangkong-quarantine form').waitFor();
  const violations = await page.evaluate(
    () => (window as unknown as { __violations: string[] }).__violations,
  );
  return { page, requests, violations, errors };
}

describe('<fangkong-quarantine> from fangkong-quarantine.global.js, with no server', () => {
  it('gives the Dalian "14+7" home observation: 14 + 7 days from 2020-12-25, release 2021-01-16 00:00', async () => {
    const { page, requests, violations, errors } = await visit(
      'fangkong-quarantine.global.js',
      '<fangkong-quarantine jurisdiction="CN-LN-DL" category="homeObservation" anchor="2020-12-25" rules-at="2021-01-13"></fangkong-quarantine>',
    );
    const element = page.locator('fangkong-quarantine');
    await expect
      .poll(() => element.locator('[part=release]').textContent())
      .toBe('解除时间: 2021年1月16日 00:00（北京时间）');
    const phases = await element.locator('[part=phase]').allTextContents();
    expect(phases).toHaveLength(2);
    expect(phases[0]).toContain('14天');
    expect(phases[0]).toContain('2020年12月25日 00:00 — 2021年1月8日 24:00');
    expect(phases[1]).toContain('7天');
    expect(phases[1]).toContain('2021年1月15日 24:00');
    expect(await element.locator('[part=conditions]').textContent()).toContain('完成4次核酸检测均为阴性');
    expect(await element.locator('[part=rule]').textContent()).toContain('分散的居家医学观察人员');
    // The rule's wording, quoted from its source document.
    expect(await element.locator('[part=citation]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('14+7')]),
    );
    expect(requests).toEqual([`${ORIGIN}/`, `${ORIGIN}/fangkong-quarantine.global.js`]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives a close contact under the 8th national protocol 14 days centralized + 7 at home, tested on days 1, 4, 7, 14 then 2, 7', async () => {
    const { page } = await visit(
      'fangkong-quarantine.global.js',
      '<fangkong-quarantine></fangkong-quarantine>',
    );
    const element = page.locator('fangkong-quarantine');
    await element.getByLabel('地区').selectOption('CN');
    await element.getByLabel('起算日期', { exact: true }).fill('2021-08-01');
    await element.getByLabel('起算时间（北京时间）').fill('15:30');
    await element.getByLabel('起算日期', { exact: true }).dispatchEvent('change');
    await element.getByLabel('人员类别').selectOption('closeContact');
    await element.getByRole('button', { name: '计算' }).click();
    await expect
      .poll(() => element.locator('[part=release]').textContent())
      .toBe('解除时间: 2021年8月23日 00:00（北京时间）');
    const phases = await element.locator('[part=phase]').allTextContents();
    expect(phases[0]).toContain('集中隔离医学观察 · 14天 · 第1—14天');
    expect(phases[0]).toContain('8月2日（第1天）、8月5日（第4天）、8月8日（第7天）、8月15日（第14天）');
    expect(phases[1]).toContain('居家健康监测 · 7天 · 第15—21天');
    expect(phases[1]).toContain('8月17日（第16天）、8月22日（第21天）');
    expect(await element.locator('[part=rule]').textContent()).toContain(
      '新型冠状病毒肺炎防控方案（第八版）',
    );
    await context.close();
  });

  it('shows Beijing times in a browser set to America/New_York, and speaks English with lang="en"', async () => {
    const { page } = await visit(
      'fangkong-quarantine.global.js',
      '<fangkong-quarantine lang="en" jurisdiction="CN-LN-DL" category="homeObservation" anchor="2020-12-25T00:00:00+08:00" rules-at="2021-01-13"></fangkong-quarantine>',
      { timezoneId: 'America/New_York' },
    );
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
      'America/New_York',
    );
    const element = page.locator('fangkong-quarantine');
    await expect
      .poll(() => element.locator('[part=release]').textContent())
      .toBe('Released at: 16 Jan 2021, 00:00 (Beijing time)');
    expect(await element.getByLabel('Start date', { exact: true }).inputValue()).toBe('2020-12-25');
    expect(await element.getByLabel('Start time (Beijing time)').inputValue()).toBe('00:00');
    await context.close();
  });

  it('fits a 360 px wide screen without sideways scrolling', async () => {
    const { page } = await visit(
      'fangkong-quarantine.global.js',
      '<fangkong-quarantine jurisdiction="CN-LN-DL" category="homeObservation" anchor="2020-12-25" rules-at="2021-01-13"></fangkong-quarantine>',
      { width: 360 },
    );
    await page.locator('fangkong-quarantine [part=release]').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });

  it('adds the packs a router serves that are not built in (GET policy, then policy/{id})', async () => {
    // A city's own rules, in the shape GET /policy/{id} of @fangkong/express returns a pack.
    const cityPack = {
      id: 'xx-2022-03-returnees',
      title: '示例市返乡人员健康管理措施（2022年3月）',
      jurisdiction: 'CN-ZJ-XX',
      effective: { from: '2022-03-01T00:00:00+08:00', until: null },
      citations: [
        {
          id: 'returnees',
          document: '示例市返乡人员健康管理措施',
          date: '2022-03-01',
          quote: '实行7天居家健康监测',
        },
      ],
      rules: {
        quarantine: [
          {
            id: 'returnee',
            name: '返乡人员',
            anchor: 'arrival',
            dayZero: 'anchorDayIsZero',
            phases: [{ kind: 'homeMonitoring', days: 7, testDays: [1, 7], citations: ['returnees'] }],
            citations: ['returnees'],
          },
        ],
        riskSchemes: [],
      },
    };
    const { page, requests } = await visit(
      'fangkong-quarantine.global.js',
      '<fangkong-quarantine endpoint="/api/"></fangkong-quarantine>',
      {
        api: {
          '/api/policy': {
            at: null,
            jurisdiction: null,
            packs: [
              { id: 'cn-p8-2021-05', builtIn: true },
              { id: cityPack.id, builtIn: false },
            ],
          },
          [`/api/policy/${cityPack.id}`]: cityPack,
        },
      },
    );
    const element = page.locator('fangkong-quarantine');
    await expect.poll(() => element.getByLabel('地区').locator('option[value="CN-ZJ-XX"]').count()).toBe(1);
    await element.getByLabel('地区').selectOption('CN-ZJ-XX');
    await element.getByLabel('起算日期', { exact: true }).fill('2022-03-10');
    await element.getByLabel('起算日期', { exact: true }).dispatchEvent('change');
    // The city's own category first (its pack is the most specific), then the national ones still in force.
    const categories = await element.getByLabel('人员类别').locator('option').allTextContents();
    expect(categories[0]).toBe('返乡人员');
    expect(categories).toContain('密切接触者');
    await element.getByRole('button', { name: '计算' }).click();
    await expect
      .poll(() => element.locator('[part=release]').textContent())
      .toBe('解除时间: 2022年3月18日 00:00（北京时间）');
    expect(await element.locator('[part=rule]').textContent()).toContain('示例市返乡人员健康管理措施');
    // Built-in packs are in the bundle: only the city's own pack is fetched.
    expect(requests.filter((url) => url.includes('/api/'))).toEqual([
      `${ORIGIN}/api/policy`,
      `${ORIGIN}/api/policy/${cityPack.id}`,
    ]);
    await context.close();
  });
});
