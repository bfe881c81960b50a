/**
 * The demo site in real Chromium against the live router: what a citizen sees and does, in Chinese
 * and English, by mouse and by keyboard, in another time zone, on a phone-sized screen, under the
 * page's strict Content-Security-Policy, with an accessibility check.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../tooling/chromium';
import { type DemoServer, startDemoServer } from './demoServer';

let server: DemoServer;
let browser: Browser;
let context: BrowserContext | null = null;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
afterEach(async () => {
  await context?.close();
  context = null;
});

interface Visit {
  page: Page;
  requests: string[];
  /** Console errors, uncaught exceptions and Content-Security-Policy violations. */
  problems: string[];
}

async function open(path = '', options: BrowserContextOptions = {}): Promise<Visit> {
  context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__reportViolation', (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  await page.goto(new URL(path, server.url).href);
  await page.locator('fangkong-quarantine form').waitFor();
  return { page, requests, problems };
}

async function api<T>(path: string): Promise<T> {
  const response = await fetch(new URL(`fangkong/${path}`, server.url));
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** Presses Tab until the focused element (inside shadow roots too) has this attribute value, at most 40 times. */
async function tabTo(page: Page, attribute: 'name' | 'type', value: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      ([name, expected]) => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.getAttribute(name as string) === expected;
      },
      [attribute, value],
    );
    if (found) return;
  }
  throw new Error(`Tab never reached the element with ${attribute}="${value}"`);
}

const latest = (page: Page) => page.locator('fangkong-latest');
const quarantine = (page: Page) => page.locator('fangkong-quarantine');
const riskLookup = (page: Page) => page.locator('fangkong-risk-lookup');

describe('the demo site with the live router', () => {
  it('renders the latest bulletin from the router: its figures, period, publication and a bar per day', async () => {
    const { page, problems } = await open();
    const expected = await api<{
      region: string | null;
      figures: Record<string, number | null>;
      publishedAt: string | null;
    }>('bulletins/latest?region=%E5%A4%A7%E8%BF%9E%E5%B8%82');
    const series = await api<{ points: { value: number | null }[] }>(
      'series?field=newLocalConfirmed&region=%E5%A4%A7%E8%BF%9E%E5%B8%82',
    );
    const element = latest(page);
    await element.locator('[part=figures]').waitFor();
    expect(await element.locator('[part=region]').textContent()).toBe(expected.region);
    // Every stated figure is shown with its value; a figure the bulletin leaves out is never shown as a number.
    for (const [field, value] of Object.entries(expected.figures)) {
      const cell = element.locator(`dd[data-field=${field}]`);
      if (value === null) expect(await cell.count()).toBe(0);
      else if ((await cell.count()) > 0) expect(await cell.textContent()).toBe(value.toLocaleString('zh-CN'));
    }
    expect(await element.locator('dd[data-field=newLocalConfirmed]').textContent()).toBe(
      String(expected.figures.newLocalConfirmed),
    );
    // The example bulletin does not state the imported cases: they are named among the unstated ones.
    expect(expected.figures.newImported).toBeNull();
    expect(await element.locator('[part=not-stated]').textContent()).toMatch(
      /^通报未公布: .*新增境外输入病例/,
    );
    expect(await element.locator('[part=as-of]').textContent()).toMatch(
      /^统计时间: \d{4}年\d+月\d+日 00:00 — /,
    );
    const bars = series.points.slice(-30).filter((point) => point.value !== null).length;
    expect(bars).toBeGreaterThan(1);
    expect(await element.locator('svg[part=chart] rect.bar').count()).toBe(bars);
    expect(await element.locator('[part=source]').getAttribute('href')).toMatch(
      /\/fangkong\/bulletins\/[^/]+$/,
    );
    expect(problems).toEqual([]);
  });

  it('computes the Dalian "14+7" home observation of 2020-12-25 under the rules of 2021-01-13: release 2021-01-16 00:00', async () => {
    const { page, problems } = await open();
    const element = quarantine(page);
    expect(await element.getByLabel('地区').inputValue()).toBe('CN-LN-DL');
    await element.getByLabel('起算日期', { exact: true }).fill('2020-12-25');
    await element.getByLabel('起算时间（北京时间）').fill('00:00');
    await element.getByLabel('适用规定的日期（可选，默认为起算日期）').fill('2021-01-13');
    await element.getByLabel('适用规定的日期（可选，默认为起算日期）').dispatchEvent('change');
    await element.getByLabel('人员类别').selectOption({ label: '分散的居家医学观察人员' });
    await element.getByRole('button', { name: '计算' }).click();
    expect(await element.locator('[part=release]').textContent()).toBe(
      '解除时间: 2021年1月16日 00:00（北京时间）',
    );
    const phases = await element.locator('[part=phase]').allTextContents();
    expect(phases.map((phase) => /· (\d+)天 ·/.exec(phase)?.[1])).toEqual(['14', '7']);
    expect(await element.locator('[part=conditions]').textContent()).toContain('4次核酸检测');
    expect(problems).toEqual([]);
  });

  it('computes a close contact under the 8th national protocol: release 21 days after the day of exposure', async () => {
    const { page } = await open();
    const element = quarantine(page);
    await element.getByLabel('地区').selectOption('CN');
    await element.getByLabel('起算日期', { exact: true }).fill('2021-06-01');
    await element.getByLabel('起算时间（北京时间）').fill('20:00');
    await element.getByLabel('起算日期', { exact: true }).dispatchEvent('change');
    await element.getByLabel('人员类别').selectOption('closeContact');
    await element.getByRole('button', { name: '计算' }).click();
    expect(await element.locator('[part=release]').textContent()).toBe(
      '解除时间: 2021年6月23日 00:00（北京时间）',
    );
    const phases = await element.locator('[part=phase]').allTextContents();
    expect(phases[0]).toContain('集中隔离医学观察 · 14天');
    expect(phases[0]).toContain('6月2日（第1天）、6月5日（第4天）、6月8日（第7天）、6月15日（第14天）');
    expect(phases[1]).toContain('居家健康监测 · 7天');
    expect(await element.locator('[part=rule]').textContent()).toContain('第八版');
  });

  it('looks up a community by name: level, since when, history and earliest downgrade from the router', async () => {
    const { page, problems } = await open();
    const element = riskLookup(page);
    await element.evaluate((node) => node.setAttribute('at', '2021-11-10T12:00:00+08:00'));
    await element.getByLabel('小区（社区）名称').fill('刘亮屯');
    await element.getByRole('button', { name: '查询' }).click();
    await element.locator('[part=area]').waitFor();
    expect(await element.locator('[part=area]').textContent()).toContain('刘亮屯');
    expect(await element.locator('[part=level]').textContent()).toBe(
      '中风险 自 2021年11月9日 00:00（北京时间）',
    );
    expect(await element.locator('[part=history]').textContent()).toContain('中风险: 2021年11月9日 00:00');
    expect(await element.locator('[part=downgrade]').textContent()).toMatch(
      /中风险 → 低风险: 2021年11月\d+日 \d\d:\d\d（北京时间）/,
    );
    expect(problems).toEqual([]);
  });

  it('renders a community name containing HTML as text: no element is created and no script runs', async () => {
    const { page, problems } = await open();
    const hostile = '海洋村<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>刘亮屯';
    // The live router's answers, with the area's name replaced as a careless or compromised store could serve it.
    await page.route('**/fangkong/{areas,risk-areas/**}*', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replaceAll(
        /"area":"[^"]*刘亮屯[^"]*"/g,
        `"area":${JSON.stringify(hostile)}`,
      );
      await route.fulfill({ response, body });
    });
    const element = riskLookup(page);
    await element.getByLabel('小区（社区）名称').fill('刘亮屯');
    await element.getByRole('button', { name: '查询' }).click();
    await element.locator('[part=area]').waitFor();
    expect(await element.locator('[part=area]').textContent()).toBe(hostile);
    expect(await element.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('works under the page’s strict Content-Security-Policy, and asks nothing but its own origin', async () => {
    const { page, requests, problems } = await open();
    const response = await page.request.get(server.url);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).not.toContain('unsafe');
    await latest(page).locator('[part=figures]').waitFor();
    const origin = new URL(server.url).origin;
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    const apiCalls = requests.filter((url) => url.includes('/fangkong/'));
    expect(apiCalls.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('can be used with the keyboard alone: Tab to each field, type, Enter', async () => {
    const { page } = await open();
    // Headless Chromium's date control takes month, day, year (its en-US order whatever the page's language).
    await tabTo(page, 'name', 'date');
    await page.keyboard.type('12252020');
    await tabTo(page, 'name', 'rulesAt');
    await page.keyboard.type('01132021');
    await tabTo(page, 'name', 'category');
    // Arrow keys move through the categories; Tab then reaches 计算.
    const category = quarantine(page).getByLabel('人员类别');
    for (let i = 0; i < 10 && (await category.inputValue()) !== 'homeObservation'; i++) {
      await page.keyboard.press('ArrowDown');
    }
    await tabTo(page, 'type', 'submit');
    await page.keyboard.press('Enter');
    const element = quarantine(page);
    expect(await element.getByLabel('起算日期', { exact: true }).inputValue()).toBe('2020-12-25');
    await expect
      .poll(() => element.locator('[part=release]').textContent())
      .toBe('解除时间: 2021年1月16日 00:00（北京时间）');

    await tabTo(page, 'name', 'q');
    await page.keyboard.type('刘亮屯');
    await page.keyboard.press('Enter');
    const lookup = riskLookup(page);
    await lookup.locator('[part=area]').waitFor();
    expect(await lookup.locator('[part=area]').textContent()).toContain('刘亮屯');
  });

  it.each(['', '?lang=en'])(
    'has no serious or critical accessibility violation (axe-core) %s',
    async (query) => {
      // axe is injected as a script: the page's own CSP would refuse it, so this context bypasses it.
      const { page } = await open(query, { bypassCSP: true });
      await latest(page).locator('[part=figures]').waitFor();
      await quarantine(page)
        .getByLabel(query ? 'Start date' : '起算日期', { exact: true })
        .fill('2021-06-01');
      await quarantine(page).locator('button[type=submit]').click();
      await quarantine(page).locator('[part=release]').waitFor();
      await riskLookup(page).locator('input').fill('刘亮屯');
      await riskLookup(page).locator('button[type=submit]').click();
      await riskLookup(page).locator('[part=area]').waitFor();
      const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
      await page.addScriptTag({ content: readFileSync(axePath, 'utf8') });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run();
        return result.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          targets: violation.nodes.map((node) => JSON.stringify(node.target)),
        }));
      });
      expect(
        violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'),
      ).toEqual([]);
    },
  );

  it('shows Beijing times to a visitor whose browser is set to America/New_York', async () => {
    const { page } = await open('', { timezoneId: 'America/New_York' });
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
      'America/New_York',
    );
    const expected = await api<{ period: { start: string } }>(
      'bulletins/latest?region=%E5%A4%A7%E8%BF%9E%E5%B8%82',
    );
    const start = expected.period.start; // e.g. 2021-01-12T00:00:00+08:00
    await latest(page).locator('[part=as-of]').waitFor();
    expect(await latest(page).locator('[part=as-of]').textContent()).toContain(
      `${Number(start.slice(0, 4))}年${Number(start.slice(5, 7))}月${Number(start.slice(8, 10))}日 ${start.slice(11, 16)}`,
    );
    const element = quarantine(page);
    await element.getByLabel('地区').selectOption('CN');
    await element.getByLabel('起算日期', { exact: true }).fill('2021-06-01');
    await element.getByLabel('起算时间（北京时间）').fill('23:30');
    await element.getByRole('button', { name: '计算' }).click();
    expect(await element.locator('[part=phase]').first().textContent()).toContain('2021年6月1日 23:30');
  });

  it('switches to English with the page’s language button, and back', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    const element = quarantine(page);
    await element.getByLabel('Start date', { exact: true }).fill('2021-06-01');
    await element.getByLabel('Region').selectOption('CN');
    await element.getByLabel('Category').selectOption('closeContact');
    await element.getByRole('button', { name: 'Calculate' }).click();
    expect(await element.locator('[part=release]').textContent()).toBe(
      'Released at: 23 Jun 2021, 00:00 (Beijing time)',
    );
    await latest(page).locator('[part=as-of]').waitFor();
    expect(await latest(page).locator('[part=as-of]').textContent()).toMatch(
      /^Period: \d+ \w{3} \d{4}, 00:00/,
    );
    await page.getByRole('button', { name: '切换到中文' }).click();
    expect(await element.getByRole('button').first().textContent()).toBe('计算');
  });

  it('is readable on a 360 px wide phone: nothing scrolls sideways', async () => {
    const { page } = await open('', {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await latest(page).locator('[part=figures]').waitFor();
    await quarantine(page).getByLabel('起算日期', { exact: true }).fill('2020-12-25');
    await quarantine(page).locator('button[type=submit]').click();
    await quarantine(page).locator('[part=release]').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
