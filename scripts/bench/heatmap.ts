/// <reference lib="dom" />
import type { Page } from '@playwright/test';
import { scrollToEnd } from './scroll.ts';

const FIRST_ROW = 'table[aria-label="Competency heat map"] tbody a';

/**
 * The competency heat map at ICS scale (about 2,300 people with a signed assessment): its first rows, timed from
 * a click on the menu (the page's code, the call and the drawing), then scrolled to its end.
 */
export async function benchHeatmap(page: Page): Promise<string[]> {
  const started = performance.now();
  await page.getByRole('link', { name: 'Competencies', exact: true }).click();
  await page.locator(FIRST_ROW).first().waitFor();
  const firstRows = performance.now() - started;
  const people = await page.getByRole('status').filter({ hasText: 'with a signed assessment' }).textContent();
  return [
    `competency heat map first rows, from the menu (${people?.split(' with')[0] ?? '?'}): ${firstRows.toFixed(0)} ms`,
    `competency heat map scroll: ${await scrollToEnd(page, 'table[aria-label="Competency heat map"]')}`,
  ];
}
