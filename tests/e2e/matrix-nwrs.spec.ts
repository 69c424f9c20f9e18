import { expect, saveScreenshot, test } from './fixtures.ts';
import { choose, expectNoSeriousA11yViolations, openExample } from './helpers.ts';

const NWRS_FLAG = 'NWRS record confirmed for this month';

test('the lead selects two people in the matrix and confirms their NWRS record for the current claim month', async ({
  page,
  app,
}) => {
  await openExample(page, app, 'Training matrix');
  await expect(page.getByRole('grid', { name: 'Training matrix' })).toBeVisible();
  // Grace Campbell started on 16/03/2026, so she has no line in January 2026's claim.
  for (const name of ['Amelia Patel', 'Grace Campbell'])
    await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  const bar = page.getByRole('region', { name: 'Selected people' });
  await expect(bar).toContainText('2 selected');

  await bar.getByRole('button', { name: 'Confirm NWRS…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirm NWRS for 2 people' });
  // The claim being prepared on 16/11/2026 (the claim day is the 10th) is November's.
  await expect(dialog.getByRole('combobox', { name: 'Claim month' })).toHaveText('November 2026');
  await expect(dialog).toContainText('Amelia Patel and Grace Campbell');

  await choose(page, 'Claim month', 'January 2026');
  await dialog.getByRole('button', { name: 'Confirm NWRS' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Nothing was confirmed: Grace Campbell has no line in the January 2026 claim.',
  );
  await saveScreenshot(page, 'matrix-nwrs-refused');
  await expectNoSeriousA11yViolations(page);

  await choose(page, 'Claim month', 'November 2026');
  await saveScreenshot(page, 'matrix-nwrs-dialog');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Confirm NWRS' }).click();
  await expect(dialog).toBeHidden();
  await expect(bar.getByRole('status')).toHaveText(
    'NWRS record for November 2026 confirmed on 2 lines. Open the November 2026 claim',
  );
  await saveScreenshot(page, 'matrix-nwrs-done');
  await expectNoSeriousA11yViolations(page);

  await bar.getByRole('link', { name: 'Open the November 2026 claim' }).click();
  await expect(page.getByRole('heading', { name: 'ARRS claim: November 2026' })).toBeVisible();
  const lines = page.getByRole('table', { name: 'Claim lines' });
  // The lines are drawn as they come into view: each person is searched for.
  const lineOf = async (name: string) => {
    await page.getByLabel('Search people').fill(name);
    return lines.getByRole('row', { name });
  };
  await expect(await lineOf('Yusuf Thomas')).toContainText(NWRS_FLAG);
  for (const name of ['Amelia Patel', 'Grace Campbell']) {
    const line = await lineOf(name);
    await expect(line).toBeVisible();
    await expect(line).not.toContainText(NWRS_FLAG);
  }
});
