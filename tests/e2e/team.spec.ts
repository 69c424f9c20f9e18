import type { Page } from '@playwright/test';
import { startTeamMode } from '../support/team-mode.ts';
import { E2E_TODAY, expect, saveScreenshot, test } from './fixtures.ts';
import { addLinkWorker, expectNoSeriousA11yViolations, fillDate, loadExample, rateTheRest } from './helpers.ts';
import { keepPdf } from './pdf.ts';
import { invite, newPerson, setPassword } from './team-helpers.ts';

const WORKER = { name: 'Zara Hughes', email: 'zara.hughes@nhs.net', password: 'kettle orchard lantern 42' };
const SUPERVISOR = { email: 'gp.supervisor@nhs.net', password: 'harbour violet cinnamon 7' };
const LEAD_PASSWORD = 'copper meadow bicycle 19';

const RATED = [
  ["'What matters to you' conversations", '1 Developing (with support)', '2 Competent (independent)'],
  ['Co-produced personalised plans', '2 Competent (independent)', '2 Competent (independent)'],
  ['Strengths-based and motivational approaches', '3 Proficient (can support others)', '2 Competent (independent)'],
] as const;

const menu = (page: Page) => page.getByRole('navigation', { name: 'Sections' });

test('three people at once: the lead invites a worker and her supervisor, who self-assess, review, sign and print', async ({
  browser,
}) => {
  const team = await startTeamMode({ today: E2E_TODAY });
  try {
    const lead = await newPerson(browser, team);
    const worker = await newPerson(browser, team);
    const supervisor = await newPerson(browser, team);

    // The lead, set up from the command line, chooses a password and loads the example PCN.
    await lead.page.goto(team.baseUrl);
    await expect(lead.page.getByRole('heading', { name: 'Sign in to Linkwork' })).toBeVisible();
    await saveScreenshot(lead.page, 'team-sign-in');
    await expectNoSeriousA11yViolations(lead.page);
    await lead.page.goto(team.leadLink);
    await expect(lead.page.getByText('at least 12 characters').first()).toBeVisible();
    await saveScreenshot(lead.page, 'team-set-password');
    await expectNoSeriousA11yViolations(lead.page);
    await lead.page.getByLabel('New password').fill('password1234');
    await lead.page.getByLabel('The same password again').fill('password1234');
    await lead.page.getByRole('button', { name: 'Set password and sign in' }).click();
    await expect(lead.page.getByLabel('New password')).toHaveAccessibleDescription(/common/i);
    await setPassword(lead.page, team.leadLink, LEAD_PASSWORD);
    await loadExample(lead.page);
    const otherWorker = await lead.page
      .getByRole('table', { name: 'Staff register' })
      .getByRole('link')
      .first()
      .getAttribute('href');
    const otherId = /#\/staff\/(\d+)$/.exec(otherWorker ?? '')?.[1];
    expect(otherId).toBeTruthy();

    // A new link worker, with the first GP as her named supervisor; the lead invites both from their pages.
    const gp = await addLinkWorker(lead.page, WORKER.name);
    const workerId = /#\/staff\/(\d+)/.exec(lead.page.url())?.[1] ?? '';
    const workerLink = await invite(
      lead.page.getByRole('region', { name: 'Signing in' }),
      lead.page,
      WORKER.name,
      WORKER.email,
    );
    await expect(lead.page.getByRole('region', { name: 'Signing in' })).toContainText(`Signs in as ${WORKER.email}`);
    // A worker who also supervises could be linked to her supervisor entry: the lead is offered it.
    await lead.page
      .getByRole('region', { name: 'Signing in' })
      .getByRole('button', { name: 'Also supervises…' })
      .click();
    const also = lead.page.getByRole('dialog', { name: `${WORKER.name} also supervises` });
    await expect(also.getByRole('combobox', { name: 'Their supervisor entry' })).toBeVisible();
    await expectNoSeriousA11yViolations(lead.page);
    await also.getByRole('button', { name: 'Cancel' }).click();
    await expect(also).toBeHidden();
    await lead.page.getByRole('link', { name: 'Organisation' }).click();
    await lead.page.getByRole('button', { name: `Signing in for ${gp}` }).click();
    const gpDialog = lead.page.getByRole('dialog', { name: `Signing in: ${gp}` });
    const gpLink = await invite(gpDialog, lead.page, gp, SUPERVISOR.email);
    await expect(gpDialog).toContainText('Supervisor');
    await gpDialog.getByRole('button', { name: 'Close' }).click();
    await lead.page.getByRole('link', { name: 'Staff register' }).click();
    await expect(lead.page.getByRole('heading', { name: 'Staff register' })).toBeVisible();
    await saveScreenshot(lead.page, 'team-home-lead');
    await expectNoSeriousA11yViolations(lead.page);

    // Each sets a password from their own link, in their own browser.
    await setPassword(worker.page, workerLink, WORKER.password);
    await setPassword(supervisor.page, gpLink, SUPERVISOR.password);

    // The worker's home is what she must do next; her menu has that and her own page, and another worker's page is not hers.
    await expect(worker.page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await expect(worker.page.getByRole('region', { name: 'What I need to do next' })).toBeVisible();
    await expect(menu(worker.page).getByRole('link')).toHaveText(['Home', 'My page', 'E-mail reminders']);
    for (const section of ['Staff register', 'Training matrix', 'ARRS claims', 'Settings'])
      await expect(menu(worker.page).getByRole('link', { name: section })).toHaveCount(0);
    await saveScreenshot(worker.page, 'team-home-worker');
    await expectNoSeriousA11yViolations(worker.page);
    await menu(worker.page).getByRole('link', { name: 'My page' }).click();
    await expect(worker.page.getByRole('heading', { name: `${WORKER.name} (you)` })).toBeVisible();
    await expect(worker.page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
    await worker.page.goto(`${team.baseUrl}/#/staff/${otherId}`);
    await expect(worker.page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    await expect(worker.page.getByRole('link', { name: 'Back to my page' })).toBeVisible();
    await saveScreenshot(worker.page, 'team-not-allowed');
    await expectNoSeriousA11yViolations(worker.page);
    await worker.page.goto(`${team.baseUrl}/#/matrix`);
    await expect(worker.page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();

    // She self-assesses and submits.
    await worker.page.getByRole('link', { name: 'Back to my page' }).click();
    await worker.page.getByRole('tab', { name: 'Competencies' }).click();
    await worker.page.getByRole('button', { name: 'Start self-assessment' }).click();
    await expect(worker.page.getByRole('heading', { name: `Self-assessment: ${WORKER.name}` })).toBeVisible();
    for (const [competency, self] of RATED) {
      await worker.page.getByRole('radiogroup', { name: competency }).getByRole('radio', { name: self }).check();
    }
    await rateTheRest(worker.page);
    await worker.page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(worker.page.getByText('Submitted for review').first()).toBeVisible();

    // The supervisor's home lists their supervisees and the assessment waiting; they agree the ratings and sign.
    await expect(supervisor.page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await expect(menu(supervisor.page).getByRole('link')).toHaveText([
      'Home',
      'My supervisees',
      'Supervision actions',
      'E-mail reminders',
    ]);
    const waiting = supervisor.page.getByRole('table', { name: 'My supervisees' });
    await expect(waiting.getByRole('row', { name: new RegExp(WORKER.name) })).toContainText(
      /Submitted \d\d\/\d\d\/\d{4}/,
    );
    await saveScreenshot(supervisor.page, 'team-home-supervisor');
    await expectNoSeriousA11yViolations(supervisor.page);
    const onHome = await waiting.locator('tbody tr td:first-child').allInnerTexts();
    await menu(supervisor.page).getByRole('link', { name: 'My supervisees' }).click();
    const supervisees = supervisor.page.getByRole('table', { name: 'My supervisees' });
    await expect(supervisees.getByRole('row', { name: new RegExp(WORKER.name) })).toBeVisible();
    // Their supervisees only: everyone on the home page is on their supervisees page (which also lists leavers).
    const theirs = await supervisees.locator('tbody tr td:first-child').allInnerTexts();
    expect(onHome.length).toBeGreaterThan(0);
    for (const name of onHome) expect(theirs).toContain(name);
    await supervisor.page.getByRole('link', { name: `Competencies for ${WORKER.name}` }).click();
    await supervisor.page.getByRole('link', { name: 'Review and sign' }).click();
    await supervisor.page.getByRole('button', { name: "Agree with all the worker's ratings" }).click();
    for (const [competency, , agreed] of RATED) {
      await supervisor.page.getByRole('combobox', { name: `Agreed rating for ${competency}` }).click();
      await supervisor.page.getByRole('option', { name: agreed }).click();
    }
    await supervisor.page.getByRole('button', { name: `Sign as ${gp}` }).click();
    const signedByGp = `Signed electronically by ${gp} (signed in as ${SUPERVISOR.email}) on `;
    await expect(supervisor.page.getByText(signedByGp).first()).toBeVisible();

    // The lead sees it signed by the supervisor's account (their page hears the change).
    await lead.page.goto(`${team.baseUrl}/#/staff/${workerId}/competencies`);
    const assessments = lead.page.getByRole('table', { name: 'Assessments' });
    await expect(assessments).toContainText('Signed');
    await assessments.getByRole('link', { name: 'Open' }).first().click();
    await expect(lead.page.getByText(signedByGp).first()).toBeVisible();

    // A supervision record: the supervisor writes and signs it, the worker signs hers, and the PDF names both.
    await supervisor.page.goto(`${team.baseUrl}/#/staff/${workerId}/supervision`);
    await supervisor.page.getByRole('link', { name: 'Record a session' }).click();
    const form = supervisor.page.getByRole('form', { name: 'Supervision session' });
    await fillDate(form, 'Session date', '10/11/2026');
    await form.getByLabel('Duration (minutes)').fill('60');
    await form.getByLabel("The worker's wellbeing").fill('Settled and enjoying the role.');
    await form.getByRole('button', { name: 'Save session' }).click();
    await expect(supervisor.page.getByRole('heading', { name: 'Supervision on 10/11/2026' })).toBeVisible();
    await supervisor.page
      .getByRole('region', { name: 'Sign-off' })
      .getByRole('button', { name: `Sign as ${gp}` })
      .click();
    await expect(supervisor.page.getByRole('region', { name: 'Sign-off' })).toContainText(signedByGp);

    await worker.page.goto(`${team.baseUrl}/#/staff/${workerId}/supervision`);
    await worker.page.getByRole('table', { name: 'Supervision sessions' }).getByRole('link', { name: 'Open' }).click();
    const signOff = worker.page.getByRole('region', { name: 'Sign-off' });
    await signOff.getByRole('button', { name: `Sign as ${WORKER.name}` }).click();
    await expect(worker.page.getByText('signed by both and locked')).toBeVisible();
    const download = worker.page.waitForEvent('download');
    await worker.page.getByRole('button', { name: 'Print record (PDF)' }).click();
    const text = (await keepPdf(worker.page, await download, 'team-supervision-record')).replace(/\s+/g, ' ');
    expect(text).toContain(`Signed electronically by ${WORKER.name} (signed in as ${WORKER.email}) on `);
    expect(text).toContain(signedByGp);

    // The lead ends the worker's sessions: her next step returns her to the sign-in page, saying why.
    await lead.page.goto(`${team.baseUrl}/#/staff/${workerId}`);
    await lead.page.getByRole('button', { name: 'End their sessions' }).click();
    await expect(lead.page.getByRole('region', { name: 'Signing in' })).toContainText('signed out everywhere');
    await worker.page.getByRole('button', { name: 'Print record (PDF)' }).click();
    await expect(worker.page.getByText('Your session has ended: sign in again')).toBeVisible();
    await worker.page.getByLabel('E-mail address').fill(WORKER.email);
    await worker.page.getByLabel('Password').fill('not her password at all');
    await worker.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(worker.page.getByRole('alert')).toHaveText('That e-mail address and password do not match an account');
    await worker.page.getByLabel('Password').fill(WORKER.password);
    await worker.page.getByRole('button', { name: 'Sign in' }).click();
    // Back where she was.
    await expect(worker.page.getByRole('heading', { name: 'Supervision on 10/11/2026' })).toBeVisible();

    // Signing out ends the session: the page shows the sign-in page again.
    await worker.page.getByRole('button', { name: 'Sign out' }).click();
    await expect(worker.page.getByRole('heading', { name: 'Sign in to Linkwork' })).toBeVisible();

    for (const person of [lead, worker, supervisor]) await person.context.close();
  } finally {
    await team.stop();
  }
});

test('the viewer reads every page and finds nothing to change', async ({ browser }) => {
  const team = await startTeamMode({ today: E2E_TODAY });
  try {
    const lead = await newPerson(browser, team);
    const viewer = await newPerson(browser, team);
    await setPassword(lead.page, team.leadLink, LEAD_PASSWORD);
    await loadExample(lead.page);

    // The clinical director is added as a contact and invited as a viewer from their row.
    await lead.page.getByRole('link', { name: 'Organisation' }).click();
    const contacts = lead.page.getByRole('region', { name: 'Supervisors and contacts' });
    await contacts.getByRole('button', { name: 'Add person' }).click();
    const add = lead.page.getByRole('dialog', { name: 'Add person' });
    await add.getByLabel('Name').fill('Dr Nadia Clarke');
    await add.getByLabel('Job title').fill('Clinical director');
    await add.getByRole('button', { name: 'Save' }).click();
    await expect(add).toBeHidden();
    await contacts.getByRole('button', { name: 'Signing in for Dr Nadia Clarke' }).click();
    const panel = lead.page.getByRole('dialog', { name: 'Signing in: Dr Nadia Clarke' });
    await panel.getByRole('button', { name: 'Invite to sign in' }).click();
    const inviteDialog = lead.page.getByRole('dialog', { name: 'Invite Dr Nadia Clarke to sign in' });
    await inviteDialog.getByLabel('E-mail address').fill('nadia.clarke@nhs.net');
    await inviteDialog.getByRole('checkbox', { name: /^Viewer/ }).check();
    await inviteDialog.getByRole('button', { name: 'Make the link' }).click();
    const shown = lead.page.getByRole('dialog', { name: 'A link for Dr Nadia Clarke' });
    const link = await shown.getByLabel('One-time link').inputValue();
    await shown.getByRole('button', { name: 'Done' }).click();
    await expect(panel.getByRole('group', { name: 'Roles' }).or(panel)).toContainText('Viewer');

    await setPassword(viewer.page, link, 'lighthouse pebble saffron 3');
    const page = viewer.page;
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await menu(page).getByRole('link', { name: 'Staff register' }).click();
    await expect(page.getByRole('heading', { name: 'Staff register' })).toBeVisible();
    await expect(menu(page).getByRole('link')).toHaveText([
      'Home',
      'Staff register',
      'Training matrix',
      'Compliance reports',
      'Caseload',
      'ARRS claims',
      'Competencies',
      'Supervision actions',
      'Organisation',
      'Settings',
      'Audit log',
    ]);
    await expect(page.getByRole('link', { name: 'Add worker' })).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Staff register' }).getByRole('link').first()).toBeVisible();
    await saveScreenshot(page, 'team-home-viewer');
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('table', { name: 'Staff register' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: 'Details' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Pay' })).toBeVisible();
    for (const button of ['Save changes', 'Mark as leaver', 'Remove…', 'Invite to sign in'])
      await expect(page.getByRole('button', { name: button })).toHaveCount(0);
    await page.getByRole('tab', { name: 'Training and requirements' }).click();
    await expect(page.getByRole('region', { name: 'Training' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Record / })).toHaveCount(0);

    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByText('You can read the settings; only the PCN workforce lead changes them.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Requirements' })).toBeVisible();
    for (const button of ['Add requirement', 'Add a maximum', 'Add a year', 'Save'])
      await expect(page.getByRole('button', { name: button, exact: true })).toHaveCount(0);
    await saveScreenshot(page, 'team-viewer-settings');
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'ARRS claims' }).click();
    await page.getByRole('link', { name: "This month's claim" }).click();
    await expect(page.getByRole('heading', { name: /ARRS claim/ })).toBeVisible();
    for (const button of ['Start this claim', 'Mark as checked', /^Confirm NWRS/, /^Exclude/])
      await expect(page.getByRole('button', { name: button })).toHaveCount(0);

    await page.getByRole('link', { name: 'Organisation' }).click();
    await expect(page.getByRole('region', { name: 'Member practices' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^(Add|Edit) / })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Signing in for / })).toHaveCount(0);

    for (const person of [lead, viewer]) await person.context.close();
  } finally {
    await team.stop();
  }
});
