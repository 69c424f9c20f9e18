import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { addLinkWorker, fillDate, openExample } from './helpers.ts';

const FIRE_SAFETY = /^Grace Okafor, Fire safety: /;

async function openWorker(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Staff register' }).click();
  await page.getByLabel('Search staff').fill(name);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

test('a record written in one window turns the matrix cell in another within 2 s, with no reload', async ({
  page,
  context,
  app,
}) => {
  await openExample(page, app);
  await addLinkWorker(page, 'Grace Okafor');
  await page.getByRole('link', { name: 'Training matrix' }).click();
  await page.getByLabel('Search people').fill('Grace Okafor');
  const cell = page.getByRole('link', { name: FIRE_SAFETY });
  await expect(cell).not.toHaveAccessibleName(/Complete/);
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => navigations.push(frame.url()));

  const other = await context.newPage();
  await app.open(other);
  await openWorker(other, 'Grace Okafor');
  await other.getByRole('tab', { name: 'Training and requirements' }).click();
  await other.getByRole('button', { name: 'Record Fire safety' }).click();
  const dialog = other.getByRole('dialog');
  await fillDate(dialog, 'Completed on', '02/11/2026');
  await dialog.getByRole('button', { name: 'Save record' }).click();
  await expect(dialog).toBeHidden();

  await expect(cell).toHaveAccessibleName(/Complete, until 01\/11\/2029$/, { timeout: 2_000 });
  expect(navigations).toEqual([]);
  await saveScreenshot(page, 'live-update-matrix');
});
