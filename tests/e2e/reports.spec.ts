import fs from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { E2E_TODAY, expect, saveScreenshot, test } from './fixtures.ts';
import { addLinkWorker, expectNoSeriousA11yViolations, openExample } from './helpers.ts';
import { keepPdf } from './pdf.ts';

const AS_AT = E2E_TODAY.split('-').reverse().join('/');
const FILE_DATE = E2E_TODAY.split('-').reverse().join('-');

/** The summary table's row for a practice or employer. */
const summaryRow = (page: Page, grouping: 'practice' | 'employer', name: string) =>
  page
    .getByRole('table', { name: `Compliance by ${grouping}` })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });

/** The first practice in the summary with anyone based there. */
async function practiceWithPeople(page: Page): Promise<string> {
  const rows = page.getByRole('table', { name: 'Compliance by practice' }).locator('tbody tr');
  for (let i = 0; i < (await rows.count()); i++) {
    const people = Number(await rows.nth(i).getByRole('cell').nth(1).textContent());
    if (people > 0) return (await rows.nth(i).getByRole('rowheader').textContent()) ?? '';
  }
  throw new Error('No practice in the example has anyone based there');
}

test('compliance reports by practice and by employer, with the CSV and a PDF for the CQC', async ({ page, app }) => {
  await openExample(page, app, 'Compliance reports');
  await expect(page.getByRole('heading', { name: 'Compliance reports', level: 1 })).toBeVisible();
  await expect(page.getByText(`As at ${AS_AT}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'By practice' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('table', { name: 'Compliance by practice' }).getByRole('columnheader')).toHaveText([
    'Practice',
    'ODS code',
    'People',
    '% compliant',
    'Items overdue or expired',
    'Items due or expiring soon',
    'CQC inspection folder',
  ]);
  const practice = await practiceWithPeople(page);
  await expect(summaryRow(page, 'practice', practice)).toContainText(/\d+\.\d%/);

  // Opening a practice shows each requirement's counts and %.
  await page.getByRole('button', { name: new RegExp(`^${practice} ODS code`) }).click();
  const table = page.getByRole('table', { name: `${practice}: compliance by requirement` });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Requirement',
    'Required',
    'Current',
    'Due or expiring soon',
    'Overdue or expired',
    'Exempt',
    '% compliant',
  ]);
  await expect(table.getByRole('row', { name: /^Safeguarding adults / })).toContainText('%');
  await saveScreenshot(page, 'reports-by-practice');
  await expectNoSeriousA11yViolations(page);

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toBe(`compliance-by-practice-riverside-and-millbrook-pcn-${FILE_DATE}.csv`);
  const csv = Papa.parse<string[]>(
    fs
      .readFileSync(await csvFile.path(), 'utf8')
      .replace(/^\ufeff/, '')
      .trim(),
  );
  expect(csv.data[0]?.slice(0, 3)).toEqual(['Practice', 'ODS code', 'Requirement']);
  expect(csv.data.filter((row) => row[0] === practice)).toHaveLength(await table.locator('tbody tr').count());

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: `PDF for CQC: ${practice}` }).click();
  const text = await keepPdf(page, await pdfDownload, 'reports-practice');
  expect(text).toContain(`Staff compliance: ${practice}`);
  expect(text).toContain(`As at ${AS_AT}`);
  expect(text).toContain(`People based at ${practice}`);

  await page.getByRole('button', { name: 'By employer' }).click();
  await expect(page.getByRole('button', { name: 'By employer' })).toHaveAttribute('aria-pressed', 'true');
  await expect(summaryRow(page, 'employer', 'Connect Well CIC')).toBeVisible();
  await expect(page.getByRole('button', { name: /^PDF for CQC/ })).toHaveCount(0);
  await saveScreenshot(page, 'reports-by-employer');
  await expectNoSeriousA11yViolations(page);

  const employerDownload = page.getByRole('button', { name: 'Download PDF: Connect Well CIC' });
  const employerPdf = page.waitForEvent('download');
  await employerDownload.click();
  const employerText = await keepPdf(page, await employerPdf, 'reports-employer');
  expect(employerText).toContain('Staff compliance: Connect Well CIC');
  expect(employerText).toContain('People employed by Connect Well CIC');
});

test('the report follows a change made in another window, with no reload', async ({ page, context, app }) => {
  await openExample(page, app, 'Compliance reports');
  await page.getByRole('button', { name: 'By employer' }).click();
  const people = summaryRow(page, 'employer', 'Riverside Surgery').getByRole('cell').first();
  const before = Number(await people.textContent());

  const other = await context.newPage();
  await app.open(other);
  await other.getByRole('link', { name: 'Staff register' }).click();
  await addLinkWorker(other, 'Isla Morgan');

  await expect(people).toHaveText(String(before + 1));
});

test('a report that fails to load says so, and Retry brings it', async ({ page, app }) => {
  await openExample(page, app);
  await app.failNext('report.compliance');
  await page.getByRole('link', { name: 'Compliance reports' }).click();
  const failure = page.getByRole('alert').filter({ hasText: 'Linkwork could not load the compliance report' });
  await expect(failure).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
  await saveScreenshot(page, 'reports-failed');
  await expectNoSeriousA11yViolations(page);

  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('table', { name: 'Compliance by practice' })).toBeVisible();
});
