import { expect, saveScreenshot, test } from './fixtures.ts';
import { choose, expectNoSeriousA11yViolations, fillDate, homeThenRegister } from './helpers.ts';

/**
 * The README's "first hour with Linkwork", as a PCN workforce lead does it on an empty data file:
 * set up the PCN, add a supervisor and a link worker, record training, read the matrix, prepare the claim.
 * Its screenshots are the README's pictures (copied to resources/screenshots/ by hand when they change).
 */
test('the first hour: set up the PCN, add staff, record training, read the matrix, prepare a claim', async ({
  page,
  app,
}) => {
  await app.open(page);
  await page.getByLabel('PCN name').fill('Northgate PCN');
  await page.getByLabel('PCN ODS code').fill('U98765');
  await page.getByLabel('Practice 1 name').fill('Northgate Surgery');
  await page.getByLabel('Practice 1 ODS code').fill('B82001');
  await saveScreenshot(page, 'first-hour-1-set-up');
  await page.getByRole('button', { name: 'Set up PCN' }).click();
  await homeThenRegister(page);

  await page.getByRole('link', { name: 'Organisation' }).click();
  const people = page.getByRole('region', { name: 'Supervisors and contacts' });
  await people.getByRole('button', { name: /^Add/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Dr Helen Marsh');
  await dialog.getByLabel('Job title').fill('GP partner');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(people.getByRole('table')).toContainText('Dr Helen Marsh');

  await page.getByRole('link', { name: 'Staff register' }).click();
  await page.getByRole('link', { name: 'Add worker' }).click();
  await page.getByLabel('Full name').fill('Amira Hassan');
  await choose(page, 'Role', 'Social prescribing link worker');
  await choose(page, 'Employer', 'Northgate Surgery');
  await fillDate(page, 'Start date', '01/09/2026');
  await choose(page, 'Named supervisor', /^Dr Helen Marsh/);
  await saveScreenshot(page, 'first-hour-2-add-worker');
  await page.getByRole('button', { name: 'Add worker' }).click();
  await expect(page.getByRole('heading', { name: 'Amira Hassan' })).toBeVisible();

  await page.getByRole('tab', { name: 'Training and requirements' }).click();
  await page.getByRole('button', { name: 'Record Fire safety' }).click();
  await fillDate(page.getByRole('dialog'), 'Completed on', '07/09/2026');
  await page.getByRole('dialog').getByRole('button', { name: 'Save record' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('row', { name: /Fire safety/ })).toContainText('Complete');
  await saveScreenshot(page, 'first-hour-3-training');

  await page.getByRole('tab', { name: 'Pay' }).click();
  const pay = page.getByRole('form', { name: 'Add pay' });
  await fillDate(pay, 'Pay from', '01/09/2026');
  await pay.getByLabel('Annual salary (£)').fill('30000');
  await pay.getByLabel("Employer's NI").fill('8');
  await pay.getByLabel("Employer's pension").fill('14.38');
  await pay.getByRole('button', { name: 'Save pay' }).click();
  await expect(page.getByRole('table', { name: 'Pay history' })).toContainText('£30,000.00');

  await page.getByRole('link', { name: 'Training matrix' }).click();
  await expect(page.getByRole('link', { name: /^Amira Hassan, Fire safety: Complete/ })).toBeVisible();
  await saveScreenshot(page, 'first-hour-4-matrix');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'ARRS claims' }).click();
  await page.getByRole('link', { name: "This month's claim" }).click();
  await expect(page.getByRole('heading', { name: /^ARRS claim: / })).toBeVisible();
  await expect(page.getByRole('row', { name: /Amira Hassan/ })).toContainText('£3,059.50');
  await saveScreenshot(page, 'first-hour-5-claim');
  await expectNoSeriousA11yViolations(page);
});
