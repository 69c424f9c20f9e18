/// <reference lib="dom" />
import { chromium } from '@playwright/test';
import config from '../../playwright.config.ts';
import { startApp } from '../../tests/support/browser-mode.ts';

const launchOptions = config.projects?.find((p) => p.name === 'browser-mode')?.use?.launchOptions ?? {};

/** Times the staff register in real Chromium over browser mode: first rows, and scrolling all 5,000. */
export async function benchStaffPage(dataDir: string): Promise<string[]> {
  const app = await startApp(dataDir);
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    const started = performance.now();
    await page.goto(app.url);
    await page.getByRole('table', { name: 'Staff register' }).getByRole('link').first().waitFor();
    const firstRowsMs = performance.now() - started;

    // Scroll the whole list in screen-sized steps, counting frames that took longer than 50 ms.
    const scroll = await page.evaluate(async () => {
      const scroller = document.querySelector('.MuiTableContainer-root') as HTMLElement;
      const frames: number[] = [];
      let last = performance.now();
      const t0 = last;
      while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
        scroller.scrollTop += scroller.clientHeight;
        await new Promise(requestAnimationFrame);
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      frames.sort((a, b) => a - b);
      return {
        steps: frames.length,
        totalMs: last - t0,
        p95: frames[Math.floor(frames.length * 0.95)] ?? 0,
        slow: frames.filter((f) => f > 50).length,
        rowsInDom: document.querySelectorAll('tbody tr').length,
      };
    });
    return [
      `staff register first rows in Chromium (5,000 workers): ${firstRowsMs.toFixed(0)} ms`,
      `staff register scroll to the end: ${scroll.steps} screens in ${scroll.totalMs.toFixed(0)} ms, p95 frame ${scroll.p95.toFixed(1)} ms, ${scroll.slow} frames over 50 ms, ${scroll.rowsInDom} rows in the DOM`,
    ];
  } finally {
    await browser.close();
    await app.stop();
  }
}
