import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { formatUkDate } from '../../src/shared/rules/dates.ts';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { addLinkWorker, choose, expectNoSeriousA11yViolations, fillDate, openExample } from './helpers.ts';
import { keepPdf } from './pdf.ts';

const OUT = path.resolve('test-results/pdfs');

test('a claim month flags a worker, the fix clears the flag, and the claim pack exports', async ({ page, app }) => {
  await openExample(page, app);
  await expect(page.getByRole('note').filter({ hasText: 'ARRS claim is due in' })).toBeVisible();
  await addLinkWorker(page, 'Nadia Rahman');

  await page.getByRole('tab', { name: 'Pay' }).click();
  const pay = page.getByRole('form', { name: 'Add pay' });
  await fillDate(pay, 'Pay from', '01/04/2024');
  await pay.getByLabel('Annual salary (£)').fill('30000');
  await pay.getByLabel("Employer's NI").fill('8');
  await pay.getByLabel("Employer's pension").fill('14.45');
  await pay.getByRole('button', { name: 'Save pay' }).click();
  await expect(page.getByRole('table', { name: 'Pay history' })).toContainText('£30,000.00');

  await page.getByRole('link', { name: 'ARRS claims' }).click();
  await page.getByRole('link', { name: 'October 2026' }).click();
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
  await fillDate(dialog, 'Completed on', '20/09/2024');
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
  await openExample(page, app, 'ARRS claims');
  await page.getByRole('link', { name: "This month's claim" }).click();
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
  await fillDate(dialog, 'Completed on', formatUkDate(today));
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
  await openExample(page, app);
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

test.describe('a claim that stops on blocked lines', () => {
  // July 2023: the link worker and care coordinator maxima are known (from 1 July), the coach's is not.
  test.use({ today: '2023-08-16' });

  test('is checked only once each blocked line is excluded or overridden, goes back to draft when payroll changes, and is submitted after a look at its totals', async ({
    page,
    app,
  }) => {
    await openExample(page, app, 'ARRS claims');
    await expect(page.getByRole('table', { name: 'ARRS claims for 2023/24' })).toBeVisible();
    await page.getByRole('link', { name: 'July 2023' }).click();
    await expect(page.getByRole('heading', { name: 'ARRS claim: July 2023' })).toBeVisible();
    const amelia = page.getByRole('row', { name: 'Amelia Patel' });
    await expect(amelia).toContainText('Awaiting NWRS confirmation');
    await expect(amelia).not.toContainText('Overdue');

    await page.getByRole('button', { name: 'Start this claim' }).click();
    await page.getByRole('button', { name: 'Confirm NWRS for 12 lines' }).click();
    await expect(page.getByText('NWRS record for July 2023 confirmed on 12 lines.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Claim lines' })).not.toContainText('Awaiting NWRS confirmation');
    await expect(amelia).not.toContainText('NWRS record confirmed for this month');

    await page.getByRole('button', { name: 'Mark as checked' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'could not mark the claim as checked' })).toContainText(
      '9 lines are still blocked (',
    );
    await page.getByRole('alert').getByRole('button', { name: 'Close' }).click();

    await page.getByLabel('Blocked lines only').check();
    // A coach has no known maximum: nothing sound to claim, so the line can be excluded but not overridden.
    const coach = page.getByRole('row', { name: 'Bethan Green' });
    await expect(coach.getByRole('button', { name: 'Exclude Bethan Green from this month' })).toBeVisible();
    await expect(coach.getByRole('button', { name: /^Override/ })).toHaveCount(0);

    await page.getByRole('button', { name: "Override the flags on Grace Campbell's line" }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reason').fill('e-LfH certificate seen by the clinical director');
    await dialog.getByRole('button', { name: 'Claim despite the flags' }).click();
    await expect(dialog).toBeHidden();

    const exclude = page.getByRole('button', { name: /^Exclude .* from this month$/ });
    for (let left = await exclude.count(); left > 0; left -= 1) {
      await exclude.first().click();
      dialog = page.getByRole('dialog');
      await dialog.getByLabel('Reason').fill('Training booked; claim in August');
      await dialog.getByRole('button', { name: 'Exclude from this month' }).click();
      await expect(dialog).toBeHidden();
      await expect(exclude).toHaveCount(left - 1);
    }
    await page.getByLabel('Blocked lines only').uncheck();
    await expect(page.getByRole('row', { name: 'Bethan Green' })).toContainText(
      'Excluded from this month: Training booked; claim in August',
    );
    await expect(page.getByRole('row', { name: 'Grace Campbell' })).toContainText('Overridden');
    await saveScreenshot(page, 'claim-decisions');
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Mark as checked' }).click();
    await expect(page.getByText('Checked, version 1')).toBeVisible();

    // Payroll after "checked": the claim goes back to draft and says which line changed, and how.
    await page.getByRole('button', { name: 'Actual payroll for Amelia Patel' }).click();
    const payroll = page.getByRole('dialog');
    await payroll.getByLabel('Salary paid (£)').fill('1500.00');
    await payroll.getByRole('button', { name: 'Save payroll' }).click();
    await expect(payroll).toBeHidden();
    const back = page.getByRole('alert').filter({ hasText: 'Back to draft' });
    await expect(back).toContainText('check the claim again');
    await expect(back).toContainText('The figures changed after the claim was checked: Amelia Patel: claimable');
    await expect(page.getByText('Draft, version 1')).toBeVisible();
    await saveScreenshot(page, 'claim-back-to-draft');
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Mark as checked' }).click();
    await expect(back).toBeHidden();
    const total = (await page.getByRole('status').filter({ hasText: 'Claimable this month' }).innerText()).match(
      /£[\d,]+\.\d\d/,
    )?.[0];
    await page.getByRole('button', { name: 'Record submission…' }).click();
    const submission = page.getByRole('dialog');
    const totals = submission.getByRole('definition');
    await expect(totals.nth(0)).toHaveText(total ?? 'the total');
    await expect(totals.nth(1)).toHaveText('4 of 12, 1 despite their flags');
    await expect(totals.nth(2)).toHaveText('8 lines, to be claimed later');
    await expect(submission.getByRole('region', { name: 'Claimed despite their flags' })).toContainText(
      'Grace Campbell: e-LfH certificate seen by the clinical director',
    );
    await expect(submission.getByRole('region', { name: 'Excluded from this month' })).toContainText(
      'Bethan Green: Training booked; claim in August',
    );
    await submission.getByLabel('Portal reference').fill('PCWP-2023-07-0042');
    await saveScreenshot(page, 'claim-submit-confirmation');
    await expectNoSeriousA11yViolations(page);
    await submission.getByRole('button', { name: 'Record submission' }).click();
    await expect(submission).toBeHidden();
    await expect(page.getByText('Submitted, version 1')).toBeVisible();

    fs.mkdirSync(OUT, { recursive: true });
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csvFile = path.join(OUT, 'arrs-claim-decided.csv');
    await (await csvDownload).saveAs(csvFile);
    const [header = [], ...rows] = Papa.parse<string[]>(fs.readFileSync(csvFile, 'utf8').replace(/^\ufeff/, ''), {
      skipEmptyLines: true,
    }).data;
    const reason = header.indexOf('Reason');
    expect(
      rows.filter((r) => r[reason]?.endsWith('Excluded this month: Training booked; claim in August')),
    ).toHaveLength(8);
    expect(rows.filter((r) => r[reason]?.includes('Overridden: e-LfH certificate seen'))).toHaveLength(1);
    for (const r of rows) if (r.at(-1) === '0.00' || r[reason - 1] === 'No') expect(r[reason]).not.toBe('');

    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const text = await keepPdf(page, await pdfDownload, 'arrs-claim-decided');
    for (const expected of [
      'Submitted on 16/08/2023',
      'Portal reference PCWP-2023-07-0042',
      'Excluded from this month',
      'Reason: Training booked; claim in August',
      'Claimed despite flags (overridden)',
      'Reason: e-LfH certificate seen by the clinical director',
      'Signature',
    ])
      expect(text).toContain(expected);

    await page.getByRole('link', { name: 'All 2023/24 claims' }).click();
    const july = page.getByRole('row', { name: 'July 2023' });
    await expect(july).toContainText('Submitted, version 1, submitted 16/08/2023');
    await expect(july).toContainText(total ?? 'the total');
    await expect(page.getByRole('row', { name: 'September 2023' })).toContainText('Not yet open');
    await saveScreenshot(page, 'claims-year');
    await expectNoSeriousA11yViolations(page);

    await choose(page, 'Financial year', '2022/23');
    await expect(page.getByRole('table', { name: 'ARRS claims for 2022/23' })).toBeVisible();
  });
});

test('training towards a level 3 standard shows on the claim line as hours and their cost, apart from the claim', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  await addLinkWorker(page, 'Nadia Rahman');
  await page.getByRole('tab', { name: 'Pay' }).click();
  const pay = page.getByRole('form', { name: 'Add pay' });
  await fillDate(pay, 'Pay from', '01/04/2024');
  await pay.getByLabel('Annual salary (£)').fill('30000');
  await pay.getByLabel("Employer's NI").fill('8');
  await pay.getByLabel("Employer's pension").fill('14.45');
  await pay.getByRole('button', { name: 'Save pay' }).click();
  await expect(page.getByRole('table', { name: 'Pay history' })).toContainText('£30,000.00');

  await page.getByRole('tab', { name: 'Training and requirements' }).click();
  await page.getByRole('button', { name: /^Record e-LfH/ }).click();
  const dialog = page.getByRole('dialog');
  const mark = dialog.getByRole('checkbox', { name: 'Towards a level 3 occupational standard (reimbursable)' });
  await expect(mark).toBeDisabled();
  await fillDate(dialog, 'Completed on', '20/10/2026');
  await dialog.getByLabel('Hours spent').fill('7.5');
  await mark.check();
  await saveScreenshot(page, 'record-dialog-training-time');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Save record' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /e-LfH 'Social prescribing/ })).toContainText(
    'Completed 20/10/2026 · 7.5 hours, towards a level 3 standard (reimbursable)',
  );

  await page.getByRole('link', { name: 'ARRS claims' }).click();
  await page.getByRole('link', { name: 'October 2026' }).click();
  const row = page.getByRole('row', { name: 'Nadia Rahman' });
  // Full time, £3,061.25 a month over 162.5 contracted hours: 7.5 hours cost £141.29; the claim stays £3,061.25.
  await expect(row).toContainText('7.5 hours');
  await expect(row).toContainText('£141.29 of the cost');
  await expect(row).toContainText('£3,061.25');
  await row.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'claim-line-training-time');
  await expectNoSeriousA11yViolations(page);

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const text = await keepPdf(page, await pdfDownload, 'arrs-claim-training-time');
  expect(text).toContain('Level 3 training');
  expect(text).toContain('7.5 hours');
  expect(text).toContain('£141.29');
});
