/**
 * Screenshots of each element on the demo site, at desktop width and at 360 px, into
 * docs/screenshots/ (shown in the READMEs). Starts the demo server like the tests do.
 *
 * Run: `npx -y pnpm@10.34.8 --filter @fangkong/example-gov-site screenshots` (after a build).
 * The text is Chinese: install a CJK font first (`apt-get install -y fonts-noto-cjk`).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../../tooling/chromium';
import { startDemoServer } from '../test/demoServer';

const out = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
mkdirSync(out, { recursive: true });

async function prepare(page: Page): Promise<void> {
  await page.locator('fangkong-latest [part=figures]').waitFor();
  const quarantine = page.locator('fangkong-quarantine');
  await quarantine.locator('input[name=date]').fill('2020-12-25');
  await quarantine.locator('input[name=rulesAt]').fill('2021-01-13');
  await quarantine.locator('input[name=rulesAt]').dispatchEvent('change');
  await quarantine.locator('select[name=category]').selectOption('homeObservation');
  await quarantine.locator('button[type=submit]').click();
  await quarantine.locator('[part=release]').waitFor();
  const lookup = page.locator('fangkong-risk-lookup');
  await lookup.evaluate((node) => node.setAttribute('at', '2021-11-10T12:00:00+08:00'));
  await lookup.locator('input').fill('刘亮屯');
  await lookup.locator('button[type=submit]').click();
  await lookup.locator('[part=area]').waitFor();
  await lookup.locator('[part=area]').evaluate((node) => (node as HTMLElement).blur());
}

const server = await startDemoServer();
const browser = await launchChromium();
try {
  for (const [name, width] of [
    ['desktop', 1100],
    ['360', 360],
  ] as const) {
    for (const language of ['zh', 'en'] as const) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        deviceScaleFactor: 1,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      });
      const page = await context.newPage();
      await page.goto(new URL(language === 'en' ? '?lang=en' : '', server.url).href);
      await prepare(page);
      const suffix = language === 'en' ? `-${name}-en` : `-${name}`;
      if (language === 'zh' || name === 'desktop') {
        for (const tag of ['fangkong-quarantine', 'fangkong-risk-lookup', 'fangkong-latest']) {
          if (language === 'en' && tag !== 'fangkong-quarantine') continue;
          const file = `${out}${tag.replace('fangkong-', '')}${suffix}.png`;
          await page.locator(tag).screenshot({ path: file });
          console.log(file);
        }
      }
      if (language === 'zh') {
        await page.screenshot({ path: `${out}gov-site-${name}.png`, fullPage: true });
        console.log(`${out}gov-site-${name}.png`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
