/**
 * Real headless Chromium for the widget's tests and the docs' widget examples: Debian's package at
 * /usr/bin/chromium driven by playwright-core (`npx playwright install` cannot download here;
 * `.ci/run` installs the package).
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where Debian installs Chromium; `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium, or fails with how to install it.
 *
 * @example
 * const browser = await launchChromium();
 * const page = await browser.newPage({ timezoneId: 'America/New_York' });
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: install it with \`apt-get update && apt-get install -y chromium\` (or set CHROMIUM_PATH)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
}
