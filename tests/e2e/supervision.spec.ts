import { expect, saveScreenshot, test } from './fixtures.ts';
import { addLinkWorker, expectNoSeriousA11yViolations, fillDate, openExample } from './helpers.ts';
import { keepPdf } from './pdf.ts';

test('a supervision session is recorded, signed by both and printed', async ({ page, app }) => {
  await openExample(page, app);
  const supervisor = await addLinkWorker(page, 'Omar Haddad');
  await page.getByRole('tab', { name: 'Supervision' }).click();
  await expect(page.getByRole('region', { name: 'Cadence' })).toContainText('Overdue');
  await page.getByRole('link', { name: 'Record a session' }).click();

  const form = page.getByRole('form', { name: 'Supervision session' });
  await fillDate(form, 'Session date', '10/11/2026');
  await form.getByLabel('Duration (minutes)').fill('75');
  await form.getByLabel('People active now').fill('31');
  await form.getByLabel('New referrals since the last session').fill('5');
  await form.getByLabel('Cases discussed (pseudonymised)').fill('Person A, 943 476 5919, isolation');
  await expect(form.getByText('This looks like an NHS number (943 476 5919)')).toBeVisible();
  await form
    .getByLabel('Cases discussed (pseudonymised)')
    .fill('Person A: isolation after bereavement; linked to a walking group.');
  await form.getByLabel("The worker's wellbeing").fill('Settled; enjoying the role.');
  await form.getByRole('button', { name: 'Add an action' }).click();
  await form.getByLabel('Action 1', { exact: true }).fill('Visit the Millbrook lunch club');
  await form.getByLabel('Action 1 owner').fill('Omar Haddad');
  await fillDate(form, 'Action 1 due', '01/12/2026');
  await fillDate(form, 'Next session', '08/12/2026');
  await saveScreenshot(page, 'supervision-form');
  await expectNoSeriousA11yViolations(page);
  await form.getByRole('button', { name: 'Save session' }).click();

  await expect(page.getByRole('heading', { name: 'Supervision on 10/11/2026' })).toBeVisible();
  const signOff = page.getByRole('region', { name: 'Sign-off' });
  await signOff.getByLabel('Worker: type your name to sign').fill('Omar Haddad');
  await signOff.getByRole('button', { name: 'Sign as worker' }).click();
  await expect(signOff).toContainText('Signed by typed name Omar Haddad on ');
  await expect(signOff.getByLabel('Supervisor: type your name to sign')).not.toHaveAttribute('placeholder', /./);
  await signOff.getByLabel('Supervisor: type your name to sign').fill(supervisor);
  await signOff.getByRole('button', { name: 'Sign as supervisor' }).click();
  await expect(page.getByText('signed by both and locked')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Addenda' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print record (PDF)' }).click();
  const text = await keepPdf(page, await download, 'supervision-record');
  expect(text).toContain('Omar Haddad');
  expect(text).toContain('10/11/2026');
  expect(text).toContain('Visit the Millbrook lunch club');
  expect(text.replace(/\s+/g, ' ')).toMatch(
    new RegExp(
      `Supervisor Signed by typed name ${supervisor} on \\d\\d/\\d\\d/\\d{4} at \\d\\d:\\d\\d \\(attribution, not authentication\\)`,
    ),
  );

  await page.getByRole('link', { name: 'Supervision actions' }).click();
  await expect(page.getByRole('table', { name: 'Open supervision actions' })).toContainText(
    'Visit the Millbrook lunch club',
  );
});
