import { expect, saveScreenshot, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, openExample } from './helpers.ts';

test('a framework CSV with an unknown area is refused with its line, and nothing is imported', async ({
  page,
  app,
}) => {
  await openExample(page, app, 'Settings');
  const frameworks = page.getByRole('table', { name: 'Competency frameworks' });
  await expect(frameworks.getByRole('row')).toHaveCount(4); // the heading and one outline per role

  const csv = [
    'area_id,area_title,competency_id,competency_title,description,source',
    'pc,Personalised care,pc.one,Planning,,',
    'zz,,zz.one,Mystery,,',
  ].join('\n');
  await page
    .getByLabel('Framework file to import')
    .setInputFiles({ name: 'care-coordinators.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const dialog = page.getByRole('dialog', { name: 'Import care-coordinators.csv' });
  await dialog.getByLabel('Framework id').fill('cc-framework');
  await dialog.getByLabel('Framework title').fill('Care coordinator framework');
  await dialog.getByLabel('Care coordinator').check();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('alert')).toContainText('line 3: unknown area "zz"');
  await expect(frameworks.getByRole('row')).toHaveCount(4);
  await saveScreenshot(page, 'settings-framework-import-error');
  await expectNoSeriousA11yViolations(page);

  const good = [
    'area_id,area_title,competency_id,competency_title,description,source',
    'pc,Personalised care,pc.one,Planning,,',
    'pc,,pc.two,Shared decisions,,',
  ].join('\n');
  await page
    .getByLabel('Framework file to import')
    .setInputFiles({ name: 'care-coordinators.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await dialog.getByLabel('Framework id').fill('cc-framework');
  await dialog.getByLabel('Framework title').fill('Care coordinator framework');
  await dialog.getByLabel('Care coordinator').check();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported Care coordinator framework, version 1.' }),
  ).toBeVisible();
  await expect(frameworks.getByRole('row', { name: /^Care coordinator framework/ })).toContainText('2');
});
