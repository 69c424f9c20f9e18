import type { Page } from '@playwright/test';
import { startTeamMode } from '../support/team-mode.ts';
import { E2E_TODAY, expect, saveScreenshot, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, loadExample, openExample, setUpEmptyPcn } from './helpers.ts';
import { invite, newPerson, setPassword } from './team-helpers.ts';

/** The bell, also while the panel (a modal popover) hides the page behind it from assistive technology. */
const bell = (page: Page) => page.getByRole('button', { name: /^Notifications, /, includeHidden: true });
const panel = (page: Page) => page.getByRole('dialog', { name: 'Notifications' });

async function unreadCount(page: Page): Promise<number> {
  const name = (await bell(page).getAttribute('aria-label')) ?? '';
  const match = /^Notifications, (\d+) unread$/.exec(name);
  if (!match) throw new Error(`the bell says "${name}"`);
  return Number(match[1]);
}

/**
 * The browser's Notification API, recorded rather than shown: the permission already given, each notice kept with
 * its click. (The test stands in for the operating system, never for Linkwork's code.)
 */
async function recordDesktopNotices(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shown: { title: string; body: string; click(): void }[] = [];
    (window as unknown as { shownNotices: typeof shown }).shownNotices = shown;
    class RecordedNotification {
      static permission = 'granted';
      static requestPermission = () => Promise.resolve('granted');
      onclick: (() => void) | null = null;
      constructor(title: string, options: { body?: string } = {}) {
        shown.push({ title, body: options.body ?? '', click: () => this.onclick?.() });
      }
      close() {}
    }
    (window as unknown as { Notification: unknown }).Notification = RecordedNotification;
  });
}

const noticesShown = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { shownNotices: { title: string; body: string }[] }).shownNotices.map(({ title, body }) => ({
      title,
      body,
    })),
  );

test('the bell counts unread reminders; the panel marks them read and leads to each fix', async ({ page, app }) => {
  await openExample(page, app);
  await expect(bell(page)).toHaveAttribute('aria-label', /^Notifications, \d+ unread$/);
  const unread = await unreadCount(page);
  expect(unread).toBeGreaterThan(10);

  await bell(page).click();
  await expect(panel(page)).toBeVisible();
  const items = panel(page).getByRole('listitem');
  await expect(items).toHaveCount(20);
  await expect(items.first()).toHaveAccessibleName(/^Unread: .+ for .+ (is|was) due on \d\d\/\d\d\/\d{4}$|expire/);
  await saveScreenshot(page, 'notifications-panel', { fullPage: false });
  await expectNoSeriousA11yViolations(page);

  const first = (await items.first().getByRole('link').textContent()) ?? '';
  await panel(page)
    .getByRole('button', { name: `Mark read: ${first}` })
    .click();
  await expect(bell(page)).toHaveAttribute('aria-label', `Notifications, ${unread - 1} unread`);
  await expect(items.first()).toHaveAccessibleName(first);

  // Following a reminder opens its fix and marks it read.
  const second = items.nth(1).getByRole('link');
  const address = (await second.getAttribute('href')) ?? '';
  expect(address).toMatch(/^#\/staff\/\d+\/(training\?requirement=[a-z-]+|induction|supervision|competencies)$/);
  await second.click();
  await expect(panel(page)).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${address.replace(/[?]/g, '\\?')}$`));
  await expect(bell(page)).toHaveAttribute('aria-label', `Notifications, ${unread - 2} unread`);
  await saveScreenshot(page, 'notifications-followed-to-the-fix', { fullPage: false });

  await bell(page).click();
  await panel(page).getByRole('button', { name: 'Mark all read' }).click();
  await expect(bell(page)).toHaveAttribute('aria-label', 'Notifications, none unread');
  await expect(panel(page).getByRole('button', { name: 'Mark all read' })).toBeHidden();
  await expect(items.first()).not.toHaveAccessibleName(/^Unread/);
});

test('an empty PCN has nothing to say', async ({ page, app }) => {
  await setUpEmptyPcn(page, app);
  await expect(bell(page)).toHaveAttribute('aria-label', 'Notifications, none unread');
  await bell(page).click();
  await expect(panel(page)).toContainText('Nothing needs you now');
  await saveScreenshot(page, 'notifications-empty', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
});

test('one desktop notice a day summarises the unread reminders; its click opens the panel', async ({ page, app }) => {
  await recordDesktopNotices(page);
  await openExample(page, app);
  await expect.poll(() => noticesShown(page)).toHaveLength(1);
  const [notice] = await noticesShown(page);
  const unread = await unreadCount(page);
  expect(notice?.title).toBe(`Linkwork: ${unread} reminders`);
  expect(notice?.body.split('\n')).toHaveLength(4);
  expect(notice?.body).toContain(`and ${unread - 3} more in Linkwork’s notifications`);

  await page.evaluate(() => (window as unknown as { shownNotices: { click(): void }[] }).shownNotices[0]?.click());
  await expect(panel(page)).toBeVisible();
  await expect(panel(page)).toContainText('Desktop notifications are on: one a day at most.');

  // The same day again (a reload, another window): no second notice.
  await page.reload();
  await expect(page.locator('#root[data-app-state="ready"]')).toBeAttached();
  await expect(bell(page)).toHaveAttribute('aria-label', `Notifications, ${unread} unread`);
  expect(await noticesShown(page)).toEqual([]);
});

test('the lead sets the reminder ladder in Settings', async ({ page, app }) => {
  await openExample(page, app, 'Settings');
  const section = page.getByRole('region', { name: 'Reminders', exact: true });
  await expect(section.getByLabel('Step 1: days before')).toHaveValue('90');
  await section.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'reminder-settings', { fullPage: false });
  await expectNoSeriousA11yViolations(page);

  await section.getByLabel('Step 2: days before').fill('90');
  await section.getByRole('button', { name: 'Save reminders' }).click();
  await expect(section.getByLabel('Step 2: days before')).toHaveAccessibleDescription(
    'There are two steps 90 days before: keep one',
  );

  await section.getByLabel('Step 2: days before').fill('14');
  await section.getByRole('checkbox', { name: 'The lead hears 14 days before' }).check();
  await section.getByRole('button', { name: 'Save reminders' }).click();
  // Saved furthest first: 90, 30, 14, on the day.
  await expect(section.getByLabel('Step 3: days before')).toHaveValue('14');
  await expect(section.getByRole('checkbox', { name: 'The lead hears 14 days before' })).toBeChecked();
});

test('in team mode a worker’s bell holds only her own reminders, each a link into her own page', async ({
  browser,
}) => {
  const team = await startTeamMode({ today: E2E_TODAY });
  try {
    const lead = await newPerson(browser, team);
    await setPassword(lead.page, team.leadLink, 'copper meadow bicycle 19');
    await loadExample(lead.page);
    const first = lead.page.getByRole('table', { name: 'Staff register' }).getByRole('link').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    const workerId = /#\/staff\/(\d+)/.exec(lead.page.url())?.[1] ?? '';
    const link = await invite(lead.page.getByRole('region', { name: 'Signing in' }), lead.page, name, 'w@nhs.net');
    const leadUnread = await unreadCount(lead.page);

    const worker = await newPerson(browser, team);
    await setPassword(worker.page, link, 'kettle orchard lantern 42');
    await expect(bell(worker.page)).toHaveAttribute('aria-label', /^Notifications, \d+ unread$/);
    const unread = await unreadCount(worker.page);
    expect(unread).toBeGreaterThan(0);
    expect(unread).not.toBe(leadUnread);
    await bell(worker.page).click();
    const links = panel(worker.page).getByRole('link');
    await expect(links.first()).toBeVisible();
    for (const address of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''))) {
      expect(address).toMatch(new RegExp(`^#/staff/${workerId}/`));
    }
    for (const title of await links.allTextContents()) expect(title).toContain(` for ${name} `);
    await saveScreenshot(worker.page, 'notifications-team-worker', { fullPage: false });
    await expectNoSeriousA11yViolations(worker.page);

    await links.first().click();
    await expect(worker.page.getByRole('heading', { name: `${name} (you)` })).toBeVisible();
    await expect(bell(worker.page)).toHaveAttribute('aria-label', `Notifications, ${unread - 1} unread`);
    // Her reading is hers: the lead's count is as it was.
    await lead.page.reload();
    await expect(bell(lead.page)).toHaveAttribute('aria-label', `Notifications, ${leadUnread} unread`);
  } finally {
    await team.stop();
  }
});
