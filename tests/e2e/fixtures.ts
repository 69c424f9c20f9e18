import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import type { RunningApp } from '../support/browser-mode.ts';
import { makeDataDir, startApp } from '../support/browser-mode.ts';

const SCREENSHOTS = path.resolve('test-results/screenshots');

/**
 * The date every app in the end-to-end tests treats as today, a Monday: the claim month picker then offers
 * October 2026, a supervision session on 10/11/2026 is in the past, and training done on 01/10/2025 with a
 * 12-month renewal is overdue. A test can choose another with `test.use({ today: 'YYYY-MM-DD' })`.
 */
export const E2E_TODAY = '2026-11-16';

export interface AppFixture {
  running: RunningApp;
  /** Opens the app in the page and waits until it reports itself ready. */
  open(page: Page): Promise<void>;
  /** Stops the server and starts a new one on the same data folder. */
  restart(): Promise<void>;
  /** Makes the next `times` calls of `method` fail (browser mode's test-only fault switch). */
  failNext(method: string, times?: number): Promise<void>;
}

export const test = base.extend<{ today: string; app: AppFixture }>({
  today: [E2E_TODAY, { option: true }],
  app: async ({ today }, use) => {
    const dataDir = makeDataDir();
    let running = await startApp(dataDir, { today });
    const fixture: AppFixture = {
      get running() {
        return running;
      },
      open: async (page) => {
        await page.goto(running.url);
        await expect(page.locator('#root[data-app-state="ready"]')).toBeAttached();
      },
      restart: async () => {
        await running.stop();
        running = await startApp(dataDir, { today });
      },
      failNext: (method, times) => running.failNext(method, times),
    };
    await use(fixture);
    await running.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/**
 * The whole page, or with `{ fullPage: false }` what is in the window (where it has scrolled to, say); anything
 * still fading in (a menu, a calendar) is taken as it ends.
 */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const fullPage = options.fullPage ?? true;
  // A fixed top bar is drawn where the window has scrolled to: the whole page is taken from the top, as read.
  const scrolledTo = fullPage ? await page.evaluate(() => window.scrollY) : 0;
  if (scrolledTo > 0) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage, animations: 'disabled' });
  if (scrolledTo > 0) await page.evaluate((y) => window.scrollTo(0, y), scrolledTo);
}
