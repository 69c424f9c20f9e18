import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { addLinkWorker, expectNoSeriousA11yViolations, openExample } from './helpers.ts';

// Today is pinned to 16/11/2026: the rolling 12 months are November 2025 to October 2026.
const WORKER = 'Priya Shah';

/** Types one month's five counts into the worker's caseload grid and saves the row. */
async function enterMonth(page: Page, month: string, counts: readonly [number, number, number, number, number]) {
  const labels = [
    'New referrals accepted',
    'Referrals declined',
    'Contacts made',
    'People supported at the end of the month',
    'People whose support ended',
  ];
  for (const [i, label] of labels.entries()) await page.getByLabel(`${label}, ${month}`).fill(String(counts[i]));
  await page.getByRole('button', { name: `Save ${month}` }).click();
  await expect(page.getByRole('row', { name: month }).getByRole('button')).toHaveText('Saved');
}

/** Eleven months of counts by clinician, as a clinical system's monthly report might give them. */
function countsCsv(extraHeading?: string): Buffer {
  const months = ['2025-11', '2025-12', ...Array.from({ length: 9 }, (_, i) => `2026-0${i + 1}`)];
  const headings = ['Clinician', 'Month', 'Referrals', 'Declined', 'Contacts', 'Supported', 'Ended'];
  const rows = months.map((m) => [WORKER, m, 12, 1, 100, 55, 10].join(','));
  const heading = extraHeading ? [...headings, extraHeading] : headings;
  const extra = extraHeading ? ',' : '';
  return Buffer.from(`${heading.join(',')}\n${rows.map((r) => r + extra).join('\n')}\n`);
}

const chooseCsv = (page: Page, name: string, buffer: Buffer) =>
  page.getByLabel('Caseload counts file (CSV)').setInputFiles({ name, mimeType: 'text/csv', buffer });

test('the lead’s caseload view flags a link worker above 250 people a year', async ({ page, app }) => {
  await openExample(page, app);
  await addLinkWorker(page, WORKER);
  const workerId = /staff\/(\d+)/.exec(page.url())?.[1] ?? '';

  // October's figures typed in by hand on the worker's Caseload tab.
  await page.getByRole('tab', { name: 'Caseload' }).click();
  await expect(page.getByRole('heading', { name: 'Caseload', level: 2 })).toBeVisible();
  await expect(page.getByText('No figures yet').first()).toBeVisible();
  await enterMonth(page, 'October 2026', [140, 3, 1200, 60, 20]);
  await expect(page.getByText('People supported, November 2025 to October 2026')).toBeVisible();
  await expect(page.getByText('Months missing')).toBeVisible(); // 140 is below 200 only because 11 months are blank
  await saveScreenshot(page, 'caseload-worker-tab');
  await expectNoSeriousA11yViolations(page);

  // The rest of the year imported from a report of counts; a file with a patient column is refused first.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Caseload' }).click();
  await expect(page.getByRole('heading', { name: 'Caseload', level: 1 })).toBeVisible();
  await chooseCsv(page, 'with-nhs-numbers.csv', countsCsv('NHS number'));
  await expect(page.getByRole('alert')).toContainText(
    'has a column "NHS number" that looks like it identifies patients: nothing was imported',
  );
  await saveScreenshot(page, 'caseload-import-refused', { fullPage: false });
  await page.getByRole('alert').getByRole('button', { name: 'Close' }).click();
  await chooseCsv(page, 'caseload-2026.csv', countsCsv());
  await expect(page.getByRole('alert')).toContainText('Imported 11 months of figures for 1 link worker');

  // 53 already supported as November 2025 opened (55 at its end, less 12 new, plus 10 ended), then 11 × 12 + 140
  // new: 325 people in the 12 months, above 250. Contacts 2,300 ÷ 325 = 7.1 a person: within 6–12.
  const row = page.getByRole('table', { name: 'Caseload by link worker' }).getByRole('row', { name: WORKER });
  await expect(row.getByRole('cell').nth(2)).toHaveText('325');
  await expect(row).toContainText('Above the norm');
  await expect(row).toContainText('norm 200–250');
  await expect(row.getByRole('cell').nth(4)).toHaveText('7.1');
  await expect(row).toContainText('Within the norm');
  await saveScreenshot(page, 'caseload-lead-view');
  await expectNoSeriousA11yViolations(page);

  // The norms are the lead's settings: with at most 330 people a year, 325 is within.
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await sections.getByRole('link', { name: 'Settings' }).click();
  const norms = page.getByRole('form', { name: 'Caseload norms' });
  await norms.getByLabel('Most people a year').fill('180');
  await norms.getByRole('button', { name: 'Save caseload norms' }).click();
  await expect(norms.getByText('The most people a year cannot be below the fewest')).toBeVisible();
  await norms.getByLabel('Most people a year').fill('330');
  await norms.getByRole('button', { name: 'Save caseload norms' }).click();
  await expect(norms.getByLabel('Most people a year')).toHaveValue('330');
  await expect(norms.getByText('The most people a year cannot be below the fewest')).toBeHidden();
  await page.getByRole('region', { name: 'Caseload norms' }).screenshot({
    path: 'test-results/screenshots/caseload-settings.png',
  });
  await sections.getByRole('link', { name: 'Caseload' }).click();
  await expect(row).toContainText('norm 200–330');
  await expect(row.getByText('Above the norm')).toBeHidden();

  // A new supervision session starts from the latest month's figures, still editable.
  await page.evaluate((id) => (window.location.hash = `#/supervision/new?worker=${id}`), workerId);
  await expect(page.getByLabel('People active now')).toHaveValue('60');
  await expect(page.getByLabel('New referrals since the last session')).toHaveValue('140');
  await expect(page.getByText('From the caseload figures for October 2026')).toBeVisible();
});
