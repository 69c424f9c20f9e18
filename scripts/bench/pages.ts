/// <reference lib="dom" />
import { chromium } from '@playwright/test';
import config from '../../playwright.config.ts';
import { startApp } from '../../tests/support/browser-mode.ts';
import { benchHeatmap } from './heatmap.ts';
import { scrollToEnd } from './scroll.ts';

const launchOptions = config.projects?.find((p) => p.name === 'browser-mode')?.use?.launchOptions ?? {};

const FIRST_ROWS = {
  staff: 'table[aria-label="Staff register"] tbody a',
  matrix: 'table[aria-label="Training matrix"] tbody a',
  // The lead's home once its figures are in: the overdue count's link.
  home: 'a[href="#/matrix?status=overdue"]',
};

type FirstRowsWindow = Window & { firstRowsAt: Record<string, number> };

/** In the page, from its first script: when each table's first row arrives, in ms from navigation start. */
function recordFirstRows(selectors: Record<string, string>): void {
  const seen: Record<string, number> = {};
  (window as unknown as FirstRowsWindow).firstRowsAt = seen;
  new MutationObserver(() => {
    for (const [key, selector] of Object.entries(selectors)) {
      if (!(key in seen) && document.querySelector(selector)) seen[key] = performance.now();
    }
  }).observe(document, { subtree: true, childList: true });
}

/** Times the staff register and the training matrix in real Chromium over browser mode, on the seed's today. */
export async function benchPages(dataDir: string, today: string): Promise<string[]> {
  const browser = await chromium.launch(launchOptions);
  const lines: string[] = [];
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  const matrixLink = page.getByRole('grid', { name: 'Training matrix' }).getByRole('link').first();
  await page.addInitScript(recordFirstRows, FIRST_ROWS);
  const time = async (what: string, action: () => Promise<unknown>, shown: { waitFor(): Promise<void> }) => {
    const started = performance.now();
    await action();
    await shown.waitFor();
    lines.push(`${what}: ${(performance.now() - started).toFixed(0)} ms`);
  };
  /** A page load, timed from here and, without the harness's own overhead, inside the page. */
  const timeLoad = async (what: string, action: () => Promise<unknown>, table: keyof typeof FIRST_ROWS) => {
    const started = performance.now();
    await action();
    await page.locator(FIRST_ROWS[table]).first().waitFor();
    const harness = performance.now() - started;
    const inPage = await page.evaluate((key) => (window as unknown as FirstRowsWindow).firstRowsAt[key], table);
    lines.push(
      `${what}: ${harness.toFixed(0)} ms (in the page: in the DOM ${inPage?.toFixed(0)} ms after navigation start)`,
    );
  };

  const app = await startApp(dataDir, { today });
  try {
    await timeLoad(
      'staff register first rows, page opened in a new browser',
      () => page.goto(`${app.url}#/staff`),
      'staff',
    );
    lines.push(`staff register scroll: ${await scrollToEnd(page, '.MuiTableContainer-root')}`);
    await time(
      'training matrix first rows, from the menu',
      () => page.getByRole('link', { name: 'Training matrix' }).click(),
      matrixLink,
    );
    lines.push(`training matrix scroll: ${await scrollToEnd(page, 'table[aria-label="Training matrix"]')}`);
    await timeLoad('training matrix first rows, page reloaded (server warm)', () => page.reload(), 'matrix');
    lines.push(...(await benchHeatmap(page)));
    const claimRows = page.getByRole('table', { name: 'Claim lines' }).getByRole('link').first();
    // The menu opens the year's claims; a month's lines are one click further.
    await page.getByRole('link', { name: 'ARRS claims' }).click();
    await time(
      "ARRS claim month first lines, from the year's claims (about 4,500 lines with their flags and warnings)",
      () => page.getByRole('link', { name: 'October 2026' }).click(),
      claimRows,
    );
  } finally {
    await app.stop();
  }

  const starting = performance.now();
  const fresh = await startApp(dataDir, { today });
  lines.push(
    `new server process ready in ${(performance.now() - starting).toFixed(0)} ms (it reads every record before it listens)`,
  );
  try {
    await timeLoad(
      'training matrix first rows, that new server opened straight on the matrix (a new origin: nothing in the browser cache)',
      () => page.goto(`${fresh.url}#/matrix`),
      'matrix',
    );
  } finally {
    await fresh.stop();
  }

  const again = await startApp(dataDir, { today });
  try {
    await timeLoad(
      "lead home at ICS scale, cold: figures in Chromium, a new server opened straight on the lead's home (a new origin)",
      () => page.goto(`${again.url}#/home`),
      'home',
    );
  } finally {
    await again.stop();
    await browser.close();
  }
  return lines;
}
