import { expect, saveScreenshot, test } from './fixtures.ts';
import { addLinkWorker, expectNoSeriousA11yViolations, openExample } from './helpers.ts';

// The dialogs that ask only why (components/ReasonDialog.tsx): a blank reason is refused at the field, a reason saves.

test('marking a requirement as not required asks why, refuses a blank reason, and then shows it exempt', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  await addLinkWorker(page, 'Imogen Shaw');
  await page.getByRole('tab', { name: 'Training and requirements' }).click();

  await page.getByRole('button', { name: 'Mark Fire safety as not required' }).click();
  const dialog = page.getByRole('dialog', { name: 'Not required: Fire safety' });
  await dialog.getByRole('button', { name: 'Mark as not required' }).click();
  await expect(dialog.getByLabel('Reason')).toBeFocused();
  await expect(dialog.getByLabel('Reason')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page);

  await dialog.getByLabel('Reason').fill('Covered by the employer’s own fire training');
  await dialog.getByRole('button', { name: 'Mark as not required' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Fire safety/ })).toContainText('Exempt');
  await saveScreenshot(page, 'requirement-exempt');
});

test('removing a worker made in error asks why, and the register no longer lists them', async ({ page, app }) => {
  await openExample(page, app);
  await addLinkWorker(page, 'Entered Twice');

  await page.getByRole('button', { name: 'Remove…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove Entered Twice?' });
  await dialog.getByLabel('Why was this record made in error?').fill('Added twice by mistake');
  await saveScreenshot(page, 'remove-worker-dialog', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Remove record' }).click();

  await expect(page.getByRole('heading', { name: 'Staff register' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Entered Twice' })).toHaveCount(0);
});
