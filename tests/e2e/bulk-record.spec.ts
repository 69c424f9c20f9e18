import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { choose, expectNoSeriousA11yViolations, fillDate, openExample } from './helpers.ts';

const OUTSTANDING = /: (Overdue|Expired|Due soon|Not yet due)/;
const REQUIRED = /: (Overdue|Expired|Due soon|Not yet due|Expiring soon|Complete)/;

/** Three people drawn in the matrix who need Fire safety, those with it still to do first. */
async function threeNeedingFireSafety(page: Page): Promise<string[]> {
  const labels = await page
    .getByRole('grid', { name: 'Training matrix' })
    .locator('a.cell[aria-label*=", Fire safety: "]')
    .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('aria-label') ?? ''));
  const first = (pattern: RegExp) => labels.filter((label) => pattern.test(label));
  return [...new Set([...first(OUTSTANDING), ...first(REQUIRED)])]
    .slice(0, 3)
    .map((label) => label.slice(0, label.indexOf(', Fire safety: ')));
}

test('the lead selects three people in the matrix and records one course for them all: their cells turn complete', async ({
  page,
  app,
}) => {
  await openExample(page, app, 'Training matrix');
  const grid = page.getByRole('grid', { name: 'Training matrix' });
  await expect(grid).toBeVisible();
  const people = await threeNeedingFireSafety(page);
  expect(people).toHaveLength(3);

  for (const name of people.slice(0, 2)) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  // The third by keyboard: Space on a name in the grid picks that person.
  await grid.getByRole('link', { name: people[2], exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: `Select ${people[2]}` })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Selected people' })).toContainText('3 selected');
  // The arrows still move between cells.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', new RegExp(`^${people[2]}, `));

  await page.getByRole('button', { name: 'Record for selected…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record for 3 people' });
  // An induction item is offered too, with who signed it off, as one tick has.
  await choose(page, 'Course or induction item', 'Induction: Key contacts list given');
  await expect(dialog.getByLabel('Signed off by')).toBeVisible();
  await choose(page, 'Course or induction item', 'Fire safety');
  await expect(dialog.getByLabel('Signed off by')).toHaveCount(0);
  await fillDate(dialog, 'Completed on', '16/11/2026');
  await saveScreenshot(page, 'bulk-record-dialog');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Record for everyone' }).click();
  await expect(dialog).toBeHidden();

  for (const name of people) {
    await expect(grid.getByRole('link', { name: `${name}, Fire safety: Complete, until 15/11/2029` })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Selected people' })).toHaveCount(0);
  await saveScreenshot(page, 'bulk-record-done');
  await expectNoSeriousA11yViolations(page);
});
