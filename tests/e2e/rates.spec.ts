import { expect, saveScreenshot, test } from './fixtures.ts';
import { dateValue, expectNoSeriousA11yViolations, fillDate, openExample } from './helpers.ts';

test('a month with no known maximum says so, and one maximum entered fixes every line of the role', async ({
  page,
  app,
}) => {
  await openExample(page, app, 'ARRS claims');
  await page.evaluate(() => {
    window.location.hash = '#/claims?month=2026-11';
  });
  await expect(page.getByRole('heading', { name: 'ARRS claim: November 2026' })).toBeVisible();

  const noMaximum = /No ARRS maximum is known for social prescribing link worker \(national\) in November 2026/;
  const row = page.getByRole('row').filter({ hasText: noMaximum }).first();
  await expect(row).toBeVisible();
  const name = (await row.getAttribute('aria-label')) ?? '';
  await row.getByRole('button', { name: `Enter the maximum for ${name}'s role` }).click();

  const dialog = page.getByRole('dialog', { name: 'Enter the ARRS maximum' });
  await expect(dialog).toContainText('from 01/04/2026 to 31/03/2027');
  await expect(dateValue(dialog, 'Takes effect')).toHaveValue('01/04/2026');
  await expect(dateValue(dialog, 'Last day it applies')).toHaveValue('31/03/2027');
  await dialog.getByLabel('Maximum for 1.0 WTE a year (£)').fill('43,352.5.0');
  await dialog.getByRole('button', { name: 'Save maximum' }).click();
  await expect(dialog.getByText('Write the amount in figures, such as 1,234.56')).toBeVisible();
  await dialog.getByLabel('Maximum for 1.0 WTE a year (£)').fill('£43,352');
  await dialog.getByLabel('Source').fill('Band 5 figure reported for 2025/26, pending the DES');
  await saveScreenshot(page, 'claim-enter-maximum');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Save maximum' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('row', { name, exact: true })).not.toContainText('No ARRS maximum is known');
  await expect(page.getByRole('row').filter({ hasText: noMaximum })).toHaveCount(0);
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: /No ARRS maximum is known for (care coordinator|health and wellbeing coach)/ })
      .first(),
  ).toBeVisible();
  await saveScreenshot(page, 'claim-maximum-entered');
});

test('maxima and the ARRS sum are corrected and removed in Settings, and what is typed is checked', async ({
  page,
  app,
}) => {
  await openExample(page, app, 'Settings');
  const rates = page.getByRole('table', { name: 'ARRS rates' });
  await expect(rates.getByRole('row')).toHaveCount(11);
  await expect(
    rates.getByRole('row', { name: 'Social prescribing link worker (national) from 01/07/2023' }),
  ).toContainText('£40,159.00');

  await page.getByRole('button', { name: 'Correct Social prescribing link worker (national) from 01/10/2024' }).click();
  const correct = page.getByRole('dialog');
  await expect(correct.getByLabel('Maximum for 1.0 WTE a year (£)')).toHaveValue('42437.00');
  await correct.getByLabel('Maximum for 1.0 WTE a year (£)').fill('42437.505');
  await correct.getByRole('button', { name: 'Save correction' }).click();
  await expect(correct.getByText('Use pounds and pence: at most two figures after the point')).toBeVisible();
  await correct.getByLabel('Maximum for 1.0 WTE a year (£)').fill('42,500');
  await fillDate(correct, 'Takes effect', '01/09/2024');
  await correct.getByRole('button', { name: 'Save correction' }).click();
  await expect(
    correct.getByText(
      /These dates overlap the Social prescribing link worker \(national\) maximum of £40,159.00 from 01\/04\/2024/,
    ),
  ).toBeVisible();
  await fillDate(correct, 'Takes effect', '01/10/2024');
  await correct.getByRole('button', { name: 'Save correction' }).click();
  await expect(correct).toBeHidden();
  await expect(
    rates.getByRole('row', { name: 'Social prescribing link worker (national) from 01/10/2024' }),
  ).toContainText('£42,500.00');

  await page.getByRole('button', { name: 'Remove Care coordinator (national) from 01/04/2020' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(rates.getByRole('row')).toHaveCount(10);

  const sums = page.getByRole('table', { name: 'ARRS sum per weighted patient by year' });
  await expect(sums.getByRole('row', { name: '2025/26' })).toContainText('£26.631');
  await page.getByRole('button', { name: 'Add a year' }).click();
  const year = page.getByRole('dialog');
  await year.getByLabel('Financial year').fill('2026/27');
  await year.getByLabel('Per weighted patient (£)').fill('27.1');
  await year.getByRole('button', { name: 'Save' }).click();
  await expect(year).toBeHidden();
  await expect(sums.getByRole('row', { name: '2026/27' })).toContainText('£27.100');
  await expect(page.getByRole('combobox', { name: 'PCN area for ARRS maxima' })).toContainText(
    'National (outside London)',
  );
  await saveScreenshot(page, 'settings-rates');
  await expectNoSeriousA11yViolations(page);
});

test('pay refuses an amount it cannot read, at its field, and saves pence and percentages', async ({ page, app }) => {
  await openExample(page, app);
  await page.getByRole('table', { name: 'Staff register' }).getByRole('link').first().click();
  await page.getByRole('tab', { name: 'Pay' }).click();
  const pay = page.getByRole('form', { name: 'Add pay' });
  await fillDate(pay, 'Pay from', '01/04/2026');
  await pay.getByLabel('Annual salary (£)').fill('31,000.555');
  await pay.getByLabel("Employer's NI").fill('-3');
  await pay.getByLabel("Employer's pension").fill('101');
  await pay.getByRole('button', { name: 'Save pay' }).click();
  await expect(pay.getByText('Use pounds and pence: at most two figures after the point')).toBeVisible();
  await expect(pay.getByText('The amount cannot be negative')).toBeVisible();
  await expect(pay.getByText('A percentage is at most 100')).toBeVisible();
  await saveScreenshot(page, 'pay-typed-amounts-refused');

  await pay.getByLabel('Annual salary (£)').fill('£31,000.50');
  await pay.getByLabel("Employer's NI").fill('11.5');
  await pay.getByLabel("Employer's pension").fill('14.38%');
  await pay.getByRole('button', { name: 'Save pay' }).click();
  const history = page.getByRole('table', { name: 'Pay history' });
  await expect(history.getByRole('row').nth(1)).toContainText('£31,000.50');
  await expect(history.getByRole('row').nth(1)).toContainText('11.5%');
  await expect(history.getByRole('row').nth(1)).toContainText('14.38%');
});
