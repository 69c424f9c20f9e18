import { expect, saveScreenshot, test } from './fixtures.ts';
import {
  addLinkWorker,
  dateValue,
  expectNoSeriousA11yViolations,
  fillDate,
  openExample,
  tickInductionItem,
} from './helpers.ts';

// Every app here treats 16/11/2026 as today (fixtures.ts), so each change is dated 16/11/2026.

test('a record corrected and then withdrawn shows both in its history, and stops counting', async ({ page, app }) => {
  await openExample(page, app);
  await addLinkWorker(page, 'Grace Okafor');
  await page.getByRole('tab', { name: 'Training and requirements' }).click();

  const title = 'Data security awareness (information governance)';
  await page.getByRole('button', { name: `Record ${title}` }).click();
  const dialog = page.getByRole('dialog');
  await fillDate(dialog, 'Completed on', '01/10/2025');
  await dialog.getByLabel('Provider').fill('e-Learning for Healthcare');
  await dialog.getByRole('button', { name: 'Save record' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}`) });
  const status = row.getByRole('cell').nth(1);
  await expect(status).not.toHaveText(/^Complete/);

  await row.getByRole('button', { name: `Correct ${title}, completed 01/10/2025` }).click();
  await expect(dialog.getByLabel('Provider')).toHaveValue('e-Learning for Healthcare');
  await expect(dateValue(dialog, 'Completed on')).toHaveValue('01/10/2025');
  await fillDate(dialog, 'Completed on', '01/03/2026');
  await dialog.getByRole('button', { name: 'Save correction' }).click();
  await expect(dialog.getByText('Say what was wrong (at least 5 characters)').first()).toBeVisible();
  await dialog.getByLabel('What was wrong').fill('Typed the wrong month');
  await saveScreenshot(page, 'record-correction-dialog');
  await dialog.getByRole('button', { name: 'Save correction' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toHaveText(/^Complete/);
  const corrected =
    /Corrected on 16\/11\/2026 by .+: completion date 01\/10\/2025 → 01\/03\/2026\. Reason: Typed the wrong month/;
  await expect(row).toContainText(corrected);
  await saveScreenshot(page, 'record-corrected');
  await expectNoSeriousA11yViolations(page);

  await row.getByRole('button', { name: `Withdraw ${title}, completed 01/03/2026` }).click();
  await expect(dialog).toContainText(
    'This record (Completed 01/03/2026 · e-Learning for Healthcare) will stop counting',
  );
  await dialog.getByLabel('Reason').fill('Entered for the wrong person');
  await dialog.getByRole('button', { name: 'Withdraw record' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText(/Withdrawn on 16\/11\/2026 by .+: Entered for the wrong person/);
  await expect(row).toContainText(corrected);
  await expect(status).not.toHaveText(/^Complete/);
  // A withdrawn record offers nothing more.
  await expect(row.getByRole('button', { name: /^(Correct|Withdraw) / })).toHaveCount(0);
  await saveScreenshot(page, 'record-corrected-and-withdrawn');
  await expectNoSeriousA11yViolations(page);
});

test('an induction tick is undone with a reason; the checklist says who undid it and why', async ({ page, app }) => {
  await openExample(page, app);
  await addLinkWorker(page, 'Isla Morgan');
  await page.getByRole('tab', { name: 'Induction' }).click();

  const item = 'Local referral pathways';
  await tickInductionItem(page, item);
  await expect(page.getByText('1 of 14 items done')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: `Undo tick on ${item}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reason').fill('Ticked for the wrong person');
  await dialog.getByRole('button', { name: 'Undo tick' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('checkbox', { name: item })).not.toBeChecked();
  await expect(page.getByText('0 of 14 items done')).toBeVisible();
  await expect(page.getByText(/Tick undone on 16\/11\/2026 by .+: Ticked for the wrong person/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Undo tick on / })).toHaveCount(0);
  // After the accessibility check, by when the progress bar has finished sliding back to nothing.
  await expectNoSeriousA11yViolations(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, 'induction-tick-undone');
});

test('"Mark as leaver" is not offered for a leaver, whose leaving date can be corrected or cleared', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  await addLinkWorker(page, 'Jack Turner');
  const dialog = page.getByRole('dialog');
  await page.getByRole('button', { name: 'Mark as leaver' }).click();
  await fillDate(dialog, 'Leaving date', '31/10/2026');
  await dialog.getByRole('button', { name: 'Mark as leaver' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('button', { name: 'Mark as leaver' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Correct leaving date' }).click();
  await expect(dialog.getByRole('heading')).toHaveText('Correct the leaving date of Jack Turner');
  await expect(dateValue(dialog, 'Leaving date')).toHaveValue('31/10/2026');
  await fillDate(dialog, 'Leaving date', '30/10/2026');
  await dialog.getByRole('button', { name: 'Save leaving date' }).click();
  await expect(dialog).toBeHidden();
  await saveScreenshot(page, 'leaver-actions');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Return to post…' }).click();
  await expect(dialog).toContainText('The leaving date (30/10/2026) is cleared');
  await dialog.getByRole('button', { name: 'Return to post' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Mark as leaver' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Correct leaving date' })).toHaveCount(0);
});
