import type { Page } from '@playwright/test';
import type { TestSmtp } from '../support/smtp.ts';
import { closedPort, startTestSmtp } from '../support/smtp.ts';
import type { RunningTeam } from '../support/team-mode.ts';
import { startTeamMode } from '../support/team-mode.ts';
import { E2E_TODAY, expect, saveScreenshot, test } from './fixtures.ts';
import { choose, expectNoSeriousA11yViolations, loadExample, openExample } from './helpers.ts';
import { setPassword } from './team-helpers.ts';

const LEAD_PASSWORD = 'copper meadow bicycle 19';

async function signInAsLead(page: Page, team: RunningTeam): Promise<void> {
  await setPassword(page, team.leadLink, LEAD_PASSWORD);
  await loadExample(page);
}

test('team mode: the lead sets up the mail server, sends a test, and is told exactly why a test fails', async ({
  page,
}) => {
  const team = await startTeamMode({ today: E2E_TODAY });
  let smtp: TestSmtp | null = null;
  try {
    smtp = await startTestSmtp();
    await signInAsLead(page, team);
    await page.goto(`${team.baseUrl}/#/settings`);
    const section = page.getByRole('region', { name: 'E-mail reminders' });
    const form = section.getByRole('form', { name: 'Mail server' });
    await expect(form.getByLabel('Password')).toHaveAccessibleDescription(
      'Stored in the data file on the serving machine',
    );

    await form.getByLabel('Send each person a daily e-mail of their reminders').check();
    await form.getByRole('button', { name: 'Save e-mail settings' }).click();
    await expect(form.getByLabel('Server name')).toHaveAccessibleDescription(
      'Enter the mail server before switching digests on',
    );

    await form.getByLabel('Server name').fill('127.0.0.1');
    await form.getByLabel('Port').fill(String(smtp.port));
    await choose(page, 'Security', /^None/);
    await form.getByLabel('Sent from (address)').fill('linkwork@riverside.nhs.uk');
    await form.getByLabel('Sent from (name)').fill('Riverside PCN Linkwork');
    await form.getByLabel("Linkwork's address for links").fill(team.baseUrl);
    await form.getByRole('button', { name: 'Save e-mail settings' }).click();
    await expect(form.getByText('E-mail settings saved.')).toBeVisible();

    await form.getByRole('button', { name: 'Send a test' }).click();
    await expect(form.getByRole('status')).toHaveText(`A test message went to ${team.leadEmail} through 127.0.0.1`);
    expect(smtp.received.map((mail) => mail.to)).toEqual([[team.leadEmail]]);
    await section.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'mail-settings-lead', { fullPage: false });
    await expectNoSeriousA11yViolations(page);

    const port = await closedPort();
    await form.getByLabel('Port').fill(String(port));
    await form.getByRole('button', { name: 'Save e-mail settings' }).click();
    await expect(form.getByText('E-mail settings saved.')).toBeVisible();
    await form.getByRole('button', { name: 'Send a test' }).click();
    await expect(form.getByRole('status')).toHaveText(
      `The mail server at 127.0.0.1 port ${port} refused the connection: check the port`,
    );
    await saveScreenshot(page, 'mail-settings-test-failed', { fullPage: false });

    const mine = section.getByRole('form', { name: 'Your e-mail reminders' });
    await expect(mine).toContainText(`E-mails go to ${team.leadEmail}`);
    await mine.getByLabel('Training').uncheck();
    await mine.getByRole('button', { name: 'Save my e-mail choices' }).click();
    await page.reload();
    await expect(page.getByRole('form', { name: 'Your e-mail reminders' }).getByLabel('Training')).not.toBeChecked();
    await expect(page.getByRole('form', { name: 'Your e-mail reminders' }).getByLabel('Induction')).toBeChecked();

    // Each digest links to the person's own page of choices, which every role may open.
    await page.goto(`${team.baseUrl}/#/email`);
    await expect(page.getByRole('heading', { level: 1, name: 'E-mail reminders' })).toBeVisible();
    const choices = page.getByRole('form', { name: 'Your e-mail reminders' });
    await expect(choices.getByLabel('Training')).not.toBeChecked();
    await choices.getByLabel('Training').check();
    await choices.getByRole('button', { name: 'Save my e-mail choices' }).click();
    await page.reload();
    await expect(page.getByRole('form', { name: 'Your e-mail reminders' }).getByLabel('Training')).toBeChecked();
    await saveScreenshot(page, 'mail-my-choices');
    await expectNoSeriousA11yViolations(page);
  } finally {
    await smtp?.close();
    await team.stop();
  }
});

test('personal mode: the settings explain that e-mail reminders need team mode', async ({ page, app }) => {
  await openExample(page, app);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'E-mail reminders' });
  await expect(section).toContainText('E-mail reminders need team mode');
  await expect(section.getByRole('form')).toHaveCount(0);
  await section.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'mail-settings-personal', { fullPage: false });
});
