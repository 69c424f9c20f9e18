import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { formatUkDate } from '../../src/shared/rules/dates.ts';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { addLinkWorker, choose, expectNoSeriousA11yViolations, loadExample } from './helpers.ts';
import { keepPdf } from './pdf.ts';

const OUT = path.resolve('test-results/pdfs');

test('a claim month flags a worker, the fix clears the flag, and the claim pack exports', async ({ page, app }) => {
  await app.open(page);
  await loadExample(page);
  await expect(page.getByRole('note').filter({ hasText: 'ARRS claim is due in' })).toBeVisible();
  await addLinkWorker(page, 'Nadia Rahman');

  await page.getByRole('tab', { name: 'Pay' }).click();
  const pay = page.getByRole('form', { name: 'Add pay' });
  await pay.getByLabel('Pay from').fill('01/04/2024');
  await pay.getByLabel('Annual salary (£)').fill('30000');
  await pay.getByLabel("Employer's NI").fill('8');
  await pay.getByLabel("Employer's pension").fill('14.45');
  await pay.getByRole('button', { name: 'Save pay' }).click();
  await expect(page.getByRole('table', { name: 'Pay history' })).toContainText('£30,000.00');

  await page.getByRole('link', { name: 'ARRS claims' }).click();
  await choose(page, 'Claim month', 'October 2026');
  await expect(page.getByRole('heading', { name: 'ARRS claim: October 2026' })).toBeVisible();
  const row = page.getByRole('row', { name: 'Nadia Rahman' });
  await expect(row).toContainText("e-LfH 'Social prescribing: learning for link workers' (modules 1 to 6)");
  await expect(row).toContainText('was due by 01/10/2024');
  await expect(row).toContainText('£3,061.25');
  await saveScreenshot(page, 'claim-month');
  await expectNoSeriousA11yViolations(page);

  await row.getByRole('link', { name: /^Fix e-LfH .* for Nadia Rahman$/ }).click();
  await page.getByRole('button', { name: /^Record e-LfH/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Completed on').fill('20/09/2024');
  await dialog.getByRole('button', { name: 'Save record' }).click();
  await expect(dialog).toBeHidden();

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'ARRS claim: October 2026' })).toBeVisible();
  await expect(page.getByRole('row', { name: 'Nadia Rahman' })).not.toContainText("e-LfH 'Social prescribing");
  await page.getByRole('row', { name: 'Nadia Rahman' }).getByRole('button', { name: 'Confirm NWRS' }).click();
  await expect(page.getByRole('row', { name: 'Nadia Rahman' })).not.toContainText(
    'NWRS record confirmed for this month',
  );

  fs.mkdirSync(OUT, { recursive: true });
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csvFile = path.join(OUT, 'arrs-claim.csv');
  await (await csvDownload).saveAs(csvFile);
  const rows = Papa.parse<string[]>(fs.readFileSync(csvFile, 'utf8').replace(/^\ufeff/, ''), {
    skipEmptyLines: true,
  }).data;
  expect(rows[0]?.[0]).toBe('Role');
  expect(rows[0]?.at(-1)).toBe('Claimable');
  expect(rows.length).toBeGreaterThan(5);
  expect(rows.some((r) => r[4] === '2500.00' && r[5] === '200.00' && r[6] === '361.25')).toBe(true);

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const text = await keepPdf(page, await pdfDownload, 'arrs-claim');
  expect(text).toContain('ARRS claim: October 2026');
  expect(text).toContain('Nadia Rahman');
  expect(text).toContain('Clinical director');

  await page.getByRole('button', { name: 'Actual payroll for Nadia Rahman' }).click();
  const payroll = page.getByRole('dialog');
  await payroll.getByLabel('Salary paid (£)').fill('2400.00');
  await payroll.getByRole('button', { name: 'Save payroll' }).click();
  await expect(payroll).toBeHidden();
  await expect(page.getByRole('row', { name: 'Nadia Rahman' })).toContainText('£2,961.25');
});

test("a seeded worker's missing role training blocks this month's claim until it is recorded", async ({
  page,
  app,
  today,
}) => {
  await app.open(page);
  await loadExample(page);
  await page.getByRole('link', { name: 'ARRS claims' }).click();
  await expect(page.getByRole('heading', { name: /^ARRS claim: / })).toBeVisible();

  // The example's dates are relative to the pinned today, and so is the current claim month: the same people are flagged.
  const fix = page.getByRole('link', { name: /^Fix (e-LfH|PCI).* for / }).first();
  const [, title = '', name = ''] = /^Fix (.*) for (.*)$/.exec((await fix.getAttribute('aria-label')) ?? '') ?? [];
  const row = page.getByRole('row', { name, exact: true });
  await expect(row).toContainText(`${title}: Nothing recorded yet; was due by`);
  await saveScreenshot(page, 'claim-month-seeded-flag');
  await expectNoSeriousA11yViolations(page);

  await fix.click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await page.getByRole('button', { name: `Record ${title}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Completed on').fill(formatUkDate(today));
  await dialog.getByRole('button', { name: 'Save record' }).click();
  await expect(dialog).toBeHidden();

  await page.goBack();
  await expect(page.getByRole('heading', { name: /^ARRS claim: / })).toBeVisible();
  await expect(row).toBeVisible();
  await expect(row).not.toContainText(title);
});

test('a claim month that is malformed or outside the scheme shows "not found" with a way back', async ({
  page,
  app,
}) => {
  await app.open(page);
  await loadExample(page);
  for (const [month, reason] of [
    ['2026-13', 'A claim month is written YYYY-MM'],
    ['1900-01', 'ARRS claims began in April 2019'],
    ['9999-12', 'December 9999 is too far ahead'],
  ] as const) {
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/claims?month=${month}`);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await expect(page.getByText(reason)).toBeVisible();
  }
  await saveScreenshot(page, 'claim-month-not-found');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: "Back to this month's claim" }).click();
  await expect(page.getByRole('heading', { name: /^ARRS claim: / })).toBeVisible();
});
