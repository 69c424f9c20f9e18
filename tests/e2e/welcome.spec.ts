import { expect, saveScreenshot, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, homeThenRegister } from './helpers.ts';

test('a first run shows the welcome screen and sets up a PCN', async ({ page, app }) => {
  await app.open(page);
  await expect(page.getByRole('heading', { name: 'Welcome to Linkwork' })).toBeVisible();
  await saveScreenshot(page, 'welcome');
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel('PCN name').fill('Northgate PCN');
  await page.getByLabel('PCN ODS code').fill('u98765');
  await page.getByLabel('Practice 1 name').fill('Northgate Surgery');
  await page.getByLabel('Practice 1 ODS code').fill('B82001');
  await page.getByRole('button', { name: 'Add another practice' }).click();
  await page.getByLabel('Practice 2 name').fill('Kingsway Medical Centre');
  await page.getByLabel('Practice 2 ODS code').fill('B82001');
  await page.getByRole('button', { name: 'Set up PCN' }).click();
  await expect(page.getByText('ODS code B82001 is used twice')).toBeVisible();

  await page.getByLabel('Practice 2 ODS code').fill('B82002');
  await page.getByRole('button', { name: 'Set up PCN' }).click();
  await homeThenRegister(page);
  await expect(page.getByRole('banner')).toContainText('Northgate PCN');

  await page.getByRole('link', { name: 'Organisation' }).click();
  await expect(page.getByRole('table', { name: 'Member practices' })).toContainText('B82002');
  await expect(page.getByRole('table', { name: 'Employers' })).toContainText('Northgate Surgery');
});
