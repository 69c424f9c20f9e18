import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { choose, expectNoSeriousA11yViolations, fillDate, homeThenRegister } from './helpers.ts';

/** The register's "Showing x of y workers" line (the pinned-date banner is a status too). */
const workerCount = (page: Page) => page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+ workers/ });

async function loadExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load the example PCN' }).click();
  await homeThenRegister(page);
  await expect(workerCount(page)).toContainText('of 12 workers');
}

test('a worker added through the form is still there after a restart', async ({ page, app }) => {
  await app.open(page);
  await loadExample(page);
  await saveScreenshot(page, 'staff-list');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Add worker' }).click();
  await page.getByLabel('Full name').fill('Florence Ndlovu');
  await choose(page, 'Role', 'Social prescribing link worker');
  await choose(page, 'Employer', 'Connect Well CIC');
  await choose(page, 'Base practice', 'Oakfield Health Centre');
  await page.getByLabel('Contracted hours a week').fill('30');
  await expect(page.getByText('0.80 WTE')).toBeVisible();
  await fillDate(page, 'Start date', '01/04/2025');
  await page.getByRole('combobox', { name: 'Named supervisor' }).click();
  await page.getByRole('option', { name: /^Dr / }).first().click();
  await saveScreenshot(page, 'worker-form');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Add worker' }).click();
  await expect(page.getByRole('heading', { name: 'Florence Ndlovu' })).toBeVisible();

  await app.restart();
  await app.open(page);
  await homeThenRegister(page);
  await page.getByLabel('Search staff').fill('ndlovu');
  const table = page.getByRole('table', { name: 'Staff register' });
  await expect(table.getByRole('link', { name: 'Florence Ndlovu' })).toBeVisible();
  await expect(table).toContainText('Connect Well CIC');
  await expect(table).toContainText('01/04/2025');
  await expect(table).toContainText('0.80');
});

test('bad input is named at the field and nothing is written', async ({ page, app }) => {
  await app.open(page);
  await loadExample(page);
  await page.getByRole('link', { name: 'Add worker' }).click();

  await page.getByRole('button', { name: 'Add worker' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was saved');
  await expect(page.getByText('Enter the worker’s name')).toBeVisible();
  await expect(page.getByText(/Choose a role/)).toBeVisible();
  await expect(page.getByText('Choose an employer')).toBeVisible();
  await expect(page.getByText('Enter the start date')).toBeVisible();

  await page.getByLabel('Full name').fill('Test Person');
  await choose(page, 'Role', 'Care coordinator');
  await choose(page, 'Employer', 'Riverside Surgery');
  await fillDate(page, 'Start date', '01/06/2025');
  await fillDate(page, 'Leaving date', '31/05/2025');
  await page.getByLabel('Contracted hours a week').fill('-4');
  await page.getByRole('button', { name: 'Add worker' }).click();
  await expect(page.getByText('The leaving date cannot be before the start date')).toBeVisible();
  await expect(page.getByText('Hours a week cannot be negative')).toBeVisible();
  await saveScreenshot(page, 'worker-form-errors');
  await expectNoSeriousA11yViolations(page);

  await fillDate(page, 'Leaving date', '');
  await page.getByLabel('Contracted hours a week').fill('61');
  await page.getByRole('button', { name: 'Add worker' }).click();
  await expect(page.getByText('Hours a week cannot be above 60')).toBeVisible();

  await page.getByRole('link', { name: 'Staff register' }).first().click();
  await expect(workerCount(page)).toContainText('of 12 workers');
});

test('editing a worker and marking them as a leaver is audited', async ({ page, app }) => {
  await app.open(page);
  await loadExample(page);
  const table = page.getByRole('table', { name: 'Staff register' });
  const first = table.getByRole('link').first();
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('heading', { name })).toBeVisible();

  await page.getByLabel('Contracted hours a week').fill('22.5');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved')).toBeVisible();
  await saveScreenshot(page, 'worker-edit');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Mark as leaver' }).click();
  const dialog = page.getByRole('dialog', { name: `${name} is leaving` });
  await fillDate(dialog, 'Leaving date', '01/01/2000');
  await dialog.getByRole('button', { name: 'Mark as leaver' }).click();
  await expect(dialog.getByText(/cannot be before the start date/)).toBeVisible();
  await fillDate(dialog, 'Leaving date', '31/03/2027');
  await dialog.getByRole('button', { name: 'Mark as leaver' }).click();
  await expect(page.getByText('Leaving 31/03/2027')).toBeVisible();

  await page.getByRole('link', { name: 'History' }).click();
  const log = page.getByRole('table', { name: 'Audit log' });
  await expect(log).toContainText(`Changed leaving date for worker ${name}`);
  await expect(log).toContainText(`Changed hours a week for worker ${name}`);
  await saveScreenshot(page, 'audit-log');
  await expectNoSeriousA11yViolations(page);
});
