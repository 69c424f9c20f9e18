import { startTeamMode } from '../support/team-mode.ts';
import { E2E_TODAY, expect, saveScreenshot, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, loadExample, openExample } from './helpers.ts';
import { invite, newPerson, setPassword } from './team-helpers.ts';

const WORKER = { name: 'Grace Campbell', email: 'grace.campbell@nhs.net' };
const PASSWORD = 'lantern harbour copper 31';

test('a worker makes a private calendar address that Outlook reads without signing in, and the lead revokes it', async ({
  browser,
}) => {
  const team = await startTeamMode({ today: E2E_TODAY });
  try {
    const { page: lead } = await newPerson(browser, team);
    await setPassword(lead, team.leadLink, PASSWORD);
    await loadExample(lead);
    await lead.getByRole('link', { name: WORKER.name }).click();
    await expect(lead.getByRole('heading', { name: WORKER.name })).toBeVisible();
    const workerPage = new URL(lead.url()).hash;
    const signingIn = lead.getByRole('region', { name: 'Signing in' });
    const link = await invite(signingIn, lead, WORKER.name, WORKER.email);

    // A contact of the PCN reads everything as a viewer.
    await lead.getByRole('link', { name: 'Organisation' }).click();
    const contacts = lead.getByRole('region', { name: 'Supervisors and contacts' });
    const contact = contacts.getByRole('button', { name: /^Signing in for / }).first();
    const contactName = ((await contact.getAttribute('aria-label')) ?? '').replace(/^Signing in for /, '');
    await contact.click();
    const contactPanel = lead.getByRole('dialog', { name: `Signing in: ${contactName}` });
    const viewerLink = await invite(contactPanel, lead, contactName, 'operations@nhs.net', { viewer: true });

    // The worker makes her address on her own page: shown once, with a copy button.
    const { page: worker } = await newPerson(browser, team);
    await setPassword(worker, link, PASSWORD);
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

    // The viewer sees that she has one and who can revoke it, with no button the backend would refuse.
    const { page: viewer } = await newPerson(browser, team);
    await setPassword(viewer, viewerLink, PASSWORD);
    await viewer.goto(`/${workerPage}`);
    await viewer.getByRole('button', { name: 'Subscribe in Outlook…' }).click();
    const viewerDialog = viewer.getByRole('dialog', { name: 'Subscribe in Outlook' });
    await expect(viewerDialog).toContainText(`${WORKER.name} or the PCN workforce lead can revoke it`);
    await expect(viewerDialog.getByRole('button')).toHaveText(['Close']);
    await saveScreenshot(viewer, 'calendar-feed-viewer', { fullPage: false });
    await expectNoSeriousA11yViolations(viewer);

    // The lead sees that she has one, and revokes it: the calendar program then gets nothing.
    await lead.goto(`/${workerPage}`);
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
