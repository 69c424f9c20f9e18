import type { Browser, Page } from '@playwright/test';
import type { RunningTeam } from '../support/team-mode.ts';
import { startTeamMode } from '../support/team-mode.ts';
import { E2E_TODAY, expect, saveScreenshot, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, loadExample, openExample } from './helpers.ts';

const WORKER = { name: 'Grace Campbell', email: 'grace.campbell@nhs.net' };

async function personAt(browser: Browser, team: RunningTeam): Promise<Page> {
  const context = await browser.newContext({
    baseURL: team.baseUrl,
    viewport: { width: 1366, height: 860 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  return context.newPage();
}

/** Opens a one-time link and chooses a password, which signs the person in. */
async function choosePassword(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel('New password').fill('lantern harbour copper 31');
  await page.getByLabel('The same password again').fill('lantern harbour copper 31');
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.locator('#root[data-app-state="ready"]')).toBeAttached();
}

test('a worker makes a private calendar address that Outlook reads without signing in, and the lead revokes it', async ({
  browser,
}) => {
  const team = await startTeamMode({ today: E2E_TODAY });
  try {
    const lead = await personAt(browser, team);
    await choosePassword(lead, team.leadLink);
    await loadExample(lead);
    await lead.getByRole('link', { name: WORKER.name }).click();
    await expect(lead.getByRole('heading', { name: WORKER.name })).toBeVisible();
    const workerPage = new URL(lead.url()).hash;
    const signingIn = lead.getByRole('region', { name: 'Signing in' });
    await signingIn.getByRole('button', { name: 'Invite to sign in' }).click();
    const invite = lead.getByRole('dialog', { name: `Invite ${WORKER.name} to sign in` });
    await invite.getByLabel('E-mail address').fill(WORKER.email);
    await invite.getByRole('button', { name: 'Make the link' }).click();
    const shownLink = lead.getByRole('dialog', { name: `A link for ${WORKER.name}` });
    const link = await shownLink.getByLabel('One-time link').inputValue();
    await shownLink.getByRole('button', { name: 'Done' }).click();

    // The worker makes her address on her own page: shown once, with a copy button.
    const worker = await personAt(browser, team);
    await choosePassword(worker, link);
    await worker.goto(`/${workerPage}`);
    await worker.getByRole('button', { name: 'Subscribe in Outlook…' }).click();
    const dialog = worker.getByRole('dialog', { name: 'Subscribe in Outlook' });
    await expect(dialog).toContainText('You have no address yet.');
    await dialog.getByRole('button', { name: 'Make my address' }).click();
    const address = await dialog.getByLabel('Subscription address').inputValue();
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[\w-]{43}\.ics$/);
    await expect(dialog.getByRole('button', { name: 'Copy the address' })).toBeVisible();
    await saveScreenshot(worker, 'calendar-feed-made', { fullPage: false });
    await expectNoSeriousA11yViolations(worker);

    // A calendar program has no session: the address alone brings the calendar.
    const outlook = await fetch(address);
    expect(outlook.status).toBe(200);
    expect(outlook.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await outlook.text()).toMatch(/SUMMARY:.+ due: Grace Campbell/);

    // The lead sees that she has one, and revokes it: the calendar program then gets nothing.
    await lead.reload();
    await lead.getByRole('button', { name: 'Subscribe in Outlook…' }).click();
    const leadDialog = lead.getByRole('dialog', { name: 'Subscribe in Outlook' });
    await expect(leadDialog).toContainText(`${WORKER.name} has a calendar subscription address, made`);
    await saveScreenshot(lead, 'calendar-feed-lead', { fullPage: false });
    await expectNoSeriousA11yViolations(lead);
    await leadDialog.getByRole('button', { name: 'Revoke the address' }).click();
    await expect(leadDialog).toContainText(`${WORKER.name} has no calendar subscription address.`);
    expect((await fetch(address)).status).toBe(404);
  } finally {
    await team.stop();
  }
});

test('on one computer, a subscription address is explained as needing team mode; the download remains', async ({
  page,
  app,
}) => {
  await openExample(page, app, WORKER.name);
  await expect(page.getByRole('button', { name: 'Download calendar (.ics)' })).toBeVisible();
  await page.getByRole('button', { name: 'Subscribe in Outlook…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Subscribe in Outlook' });
  await expect(dialog).toContainText('needs team mode');
  await expect(dialog.getByRole('button', { name: 'Make my address' })).toHaveCount(0);
  await saveScreenshot(page, 'calendar-feed-personal', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
});
