import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { addLinkWorker, dateField, expectNoSeriousA11yViolations, fillDate, openExample } from './helpers.ts';

/** The supervision session form for a new link worker: the longest form, so a flagged field can be far off. */
async function openSessionForm(page: Page) {
  await addLinkWorker(page, 'Omar Haddad');
  await page.getByRole('tab', { name: 'Supervision' }).click();
  await page.getByRole('link', { name: 'Record a session' }).click();
  return page.getByRole('form', { name: 'Supervision session' });
}

const holdsFocus = (field: ReturnType<typeof dateField>) =>
  field.evaluate((group) => group.contains(document.activeElement));

test('a failed save takes the cursor to the first flagged field, and the summary links to each', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  const form = await openSessionForm(page);
  await form.getByLabel('People active now').fill('-5');
  // A full record, as after a real session: the notes push the caseload well above the Save button.
  const notes = Array.from({ length: 12 }, (_, i) => `Person ${i + 1}: linked to a local group; follow up next time.`);
  await form.getByLabel('Cases discussed (pseudonymised)').fill(notes.join('\n'));
  await form.getByLabel("The worker's wellbeing").fill(notes.slice(0, 6).join('\n'));
  await form.getByRole('button', { name: 'Add an action' }).click();
  const save = form.getByRole('button', { name: 'Save session' });
  await save.scrollIntoViewIfNeeded();
  const caseload = form.getByLabel('People active now');
  await expect(caseload).not.toBeInViewport();
  await save.click();

  const summary = form.getByRole('alert').filter({ hasText: 'Nothing was saved' });
  await expect(summary).toContainText(
    'Check these 4 fields: People active now, Action 1, Action 1 owner, Action 1 due.',
  );
  await expect(caseload).toBeFocused();
  await expect(caseload).toBeInViewport();
  await expect(summary).toBeInViewport();
  await expect(form.getByText('The caseload cannot be negative')).toBeVisible();
  await saveScreenshot(page, 'form-errors-first-field', { fullPage: false });
  await expectNoSeriousA11yViolations(page);

  const due = dateField(form, 'Action 1 due');
  await summary.getByRole('link', { name: 'Action 1 due' }).click();
  await expect.poll(() => holdsFocus(due)).toBe(true);
  await expect(due).toBeInViewport();
  await expect(summary).toBeInViewport();
  await saveScreenshot(page, 'form-errors-summary-link', { fullPage: false });
  await summary.getByRole('link', { name: 'Action 1 owner' }).click();
  await expect(form.getByLabel('Action 1 owner')).toBeFocused();
  await summary.getByRole('link', { name: 'People active now' }).click();
  await expect(caseload).toBeFocused();

  // The same mistake twice: the cursor goes back to the first field again.
  await save.click();
  await expect(caseload).toBeFocused();
});

test('a date chosen from the calendar and a date typed are both saved', async ({ page, app }) => {
  await openExample(page, app);
  const form = await openSessionForm(page);

  await form.getByRole('button', { name: 'Choose the session date from a calendar' }).click();
  const calendar = page.getByRole('dialog').filter({ has: page.getByRole('grid') });
  await expect(calendar).toContainText('November 2026');
  // Today is Linkwork's (16/11/2026, pinned), not the computer's; a session has happened, so later days are out.
  await expect(calendar.locator('[aria-current="date"]')).toHaveText('16');
  await expect(calendar.getByRole('gridcell', { name: '17' })).toBeDisabled();
  await saveScreenshot(page, 'date-picker-open', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
  await calendar.getByRole('gridcell', { name: '10' }).click();
  await expect(calendar).toBeHidden();

  await fillDate(form, 'Next session', '8/12/2026');
  await saveScreenshot(page, 'date-picker-chosen-and-typed', { fullPage: false });
  await form.getByRole('button', { name: 'Save session' }).click();

  await expect(page.getByRole('heading', { name: 'Supervision on 10/11/2026' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('08/12/2026');
});
