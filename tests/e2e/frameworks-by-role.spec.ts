import { CARE_COORDINATION_CSV } from '../support/care-coordination-framework.ts';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { addLinkWorker, choose, expectNoSeriousA11yViolations, openExample } from './helpers.ts';

test('with a framework imported for care coordinators, one gets the Competencies tab and a heat map, and submitting follows the coverage in Settings', async ({
  page,
  app,
}) => {
  await openExample(page, app, 'Settings');
  const toSubmit = page.getByLabel('Self-rated before submitting (% of competencies)');
  await expect(toSubmit).toHaveValue('100');
  await expect(page.getByLabel('Agreed before signing (% of competencies)')).toHaveValue('100');
  await toSubmit.fill('50');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page
    .getByLabel('Framework file to import')
    .setInputFiles({ name: 'care-coordinators.csv', mimeType: 'text/csv', buffer: Buffer.from(CARE_COORDINATION_CSV) });
  const dialog = page.getByRole('dialog', { name: 'Import care-coordinators.csv' });
  await dialog.getByLabel('Framework id').fill('cc-framework');
  await dialog.getByLabel('Framework title').fill('Care coordinator competencies');
  await dialog.getByLabel('Care coordinator').check();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported Care coordinator competencies' })).toBeVisible();
  await expect(
    page
      .getByRole('row', { name: /^Care coordinator: development framework outline/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('Care coordinator (replaced by Care coordinator competencies)');
  await page
    .getByRole('region', { name: 'Competency frameworks' })
    .screenshot({ path: 'test-results/screenshots/settings-frameworks-by-role.png' });
  await page.reload();
  await expect(toSubmit).toHaveValue('50');
  await saveScreenshot(page, 'settings-sign-off-coverage');

  await page.getByRole('link', { name: 'Staff register' }).click();
  const supervisor = await addLinkWorker(page, 'Sam Okafor', 'Care coordinator');
  await page.getByRole('tab', { name: 'Competencies' }).click();
  await page.getByRole('button', { name: 'Start self-assessment' }).click();
  await expect(page.getByText('Care coordinator competencies, version 1')).toBeVisible();
  await page
    .getByRole('radiogroup', { name: 'Care and support planning conversations' })
    .getByRole('radio', { name: '2 Competent (independent)' })
    .check();
  const submitBar = page.getByRole('region', { name: 'Submit for review' });
  await expect(submitBar).toContainText(
    'Rate at least 2 of the 3 competencies before submitting: only 1 is rated so far',
  );
  await page
    .getByRole('radiogroup', { name: 'Reviewing plans' })
    .getByRole('radio', { name: '1 Developing (with support)' })
    .check();
  await expect(submitBar).toContainText('2 of 3 rated');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await submitBar.getByRole('button', { name: 'Submit for review' }).click();

  const signBar = page.getByRole('region', { name: 'Sign-off' });
  await page.getByRole('combobox', { name: 'Acting as' }).fill(supervisor);
  await page.getByRole('option', { name: new RegExp(`^${supervisor}`) }).click();
  await signBar.getByRole('button', { name: "Agree with all the worker's ratings" }).click();
  await expect(signBar).toContainText('2 of 3 agreed');
  await signBar.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(signBar.getByRole('alert')).toHaveText(
    'Agree a rating for all 3 competencies before signing: 1 is not agreed yet',
  );
  await choose(page, 'Agreed rating for Working with the multidisciplinary team', '1 Developing (with support)');
  await expect(signBar).toContainText('3 of 3 agreed');
  await expect(signBar.getByRole('alert')).toBeHidden();
  await signBar.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(page.getByText(`Signed by ${supervisor}, chosen under "Acting as", on `)).toBeVisible();

  await page.getByRole('link', { name: 'Competencies', exact: true }).click();
  await choose(page, 'Framework', /^Care coordinator competencies: Care coordinator \(1\)/);
  const map = page.getByRole('table', { name: 'Competency heat map' });
  await expect(map.getByRole('columnheader', { name: 'Coordinating care' })).toBeVisible();
  // Planning: 2 and 1 agreed; coordinating care: 1.
  await expect(map.getByRole('row', { name: /Sam Okafor/ })).toContainText('1.51.0');
  await expect(page.locator('.MuiPopover-root')).toHaveCount(0);
  await saveScreenshot(page, 'competency-heatmap-care-coordinators');
  await expectNoSeriousA11yViolations(page);
});
