import type { Page } from '@playwright/test';
import { E2E_TODAY, expect, saveScreenshot, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, fillDate, openExample } from './helpers.ts';

const bell = (page: Page) => page.getByRole('button', { name: /^Notifications, /, includeHidden: true });
const panel = (page: Page) => page.getByRole('dialog', { name: 'Notifications' });
const UK_TODAY = E2E_TODAY.split('-').reverse().join('/');

async function unreadCount(page: Page): Promise<number> {
  const name = (await bell(page).getAttribute('aria-label')) ?? '';
  const match = /^Notifications, (\d+) unread$/.exec(name);
  if (!match) throw new Error(`the bell says "${name}"`);
  return Number(match[1]);
}

test('recording the training a reminder asked for takes it off the bell and shows it as no longer due', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  await expect(bell(page)).toHaveAttribute('aria-label', /^Notifications, \d+ unread$/);
  const unread = await unreadCount(page);

  // The first training reminder in the panel: what, for whom.
  await bell(page).click();
  const reminder = panel(page)
    .getByRole('listitem')
    .filter({ has: page.locator('a[href*="/training?requirement="]') })
    .first();
  const title = (await reminder.getByRole('link').textContent()) ?? '';
  const [, what, person] = /^(.+) for (.+?) (?:is due|was due|expires|expired) on /.exec(title) ?? [];
  expect(what && person, `a training reminder: "${title}"`).toBeTruthy();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();

  // The lead records it from the person's page, not from the reminder.
  await page.getByLabel('Search staff').fill(person ?? '');
  await page.getByRole('link', { name: person }).click();
  await page.getByRole('tab', { name: 'Training and requirements' }).click();
  await page
    .getByRole('button', { name: new RegExp(`^Record ${(what ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await fillDate(dialog, 'Completed on', UK_TODAY);
  await dialog.getByRole('button', { name: 'Save record' }).click();
  await expect(dialog).toBeHidden();

  // The open bell hears of it at once: one fewer unread, and the reminder stays, greyed, saying since when.
  await expect(bell(page)).toHaveAttribute('aria-label', `Notifications, ${unread - 1} unread`);
  await bell(page).click();
  const done = panel(page).getByRole('listitem', { name: `No longer due: ${title}` });
  await expect(done).toContainText(`No longer due since ${UK_TODAY}`);
  await expect(done.getByRole('button', { name: /^Mark read/ })).toHaveCount(0);
  await done.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'notifications-no-longer-due', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
});
