import { defineConfig } from '@playwright/test';
import { locateChromium } from './scripts/chromium/locate.ts';

/**
 * The Chromium `npm run test:e2e` found or installed first (scripts/find-chromium.ts); the flags keep it off
 * the network.
 */
const chromium = {
  executablePath: locateChromium() ?? undefined,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  timeout: 150_000,
  expect: { timeout: 15_000 },
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    viewport: { width: 1366, height: 860 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'browser-mode', testIgnore: /electron\.spec\.ts/, use: { launchOptions: chromium } },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
});
