import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import type { RunningApp } from '../support/browser-mode.ts';
import { makeDataDir, startApp } from '../support/browser-mode.ts';

const SCREENSHOTS = path.resolve('test-results/screenshots');

export interface AppFixture {
  running: RunningApp;
  /** Opens the app in the page and waits until it reports itself ready. */
  open(page: Page): Promise<void>;
  /** Stops the server and starts a new one on the same data folder. */
  restart(): Promise<void>;
}

export const test = base.extend<{ app: AppFixture }>({
  app: async ({}, use) => {
    const dataDir = makeDataDir();
    let running = await startApp(dataDir);
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
        running = await startApp(dataDir);
      },
    };
    await use(fixture);
    await running.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
