import { expect, saveScreenshot, test } from './fixtures.ts';
import { addLinkWorker, expectNoSeriousA11yViolations, fillDate, openExample } from './helpers.ts';

const PEER_SUPPORT = 'Attends an ICS or NHS England peer-support network';

// E2E_TODAY is Monday 16/11/2026: the national webinar was held on Wednesday 11/11/2026.
test('a link worker logs the national webinar from its suggestion, and their peer-support requirement turns complete on their page and in the matrix', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  await addLinkWorker(page, 'Ruth Ellis');
  await page.getByRole('combobox', { name: 'Acting as' }).fill('Ruth Ellis');
  await page.getByRole('option', { name: /^Ruth Ellis/ }).click();

  await page.getByRole('tab', { name: 'Training and requirements' }).click();
  const overdue = page.getByRole('row', { name: new RegExp(`^${PEER_SUPPORT}`) });
  await expect(overdue).toContainText('Overdue');
  await overdue.getByRole('link', { name: `Log CPD for ${PEER_SUPPORT}` }).click();
  await expect(page.getByRole('tab', { name: 'CPD', selected: true })).toBeVisible();
  const log = page.getByRole('region', { name: 'CPD and peer support' });
  await expect(log).toContainText('Nothing logged yet.');
  await expect(log.getByRole('status')).toContainText(
    'National social prescribing webinar (NHS England), Wednesday 11/11/2026 13:00–14:30. Did you attend?',
  );
  await saveScreenshot(page, 'cpd-suggestion');
  await expectNoSeriousA11yViolations(page);

  await log.getByRole('button', { name: 'Log it: the National social prescribing webinar of 11/11/2026' }).click();
  const entry = log.getByRole('table', { name: 'CPD log' }).getByRole('row', { name: /^11\/11\/2026/ });
  await expect(entry).toContainText('Webinar');
  await expect(entry).toContainText('National social prescribing webinar (NHS England)');
  await expect(entry).toContainText('1.5');
  await expect(log.getByRole('status')).toHaveCount(0);
  await saveScreenshot(page, 'cpd-logged');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('tab', { name: 'Training and requirements' }).click();
  const requirement = page.getByRole('row', { name: new RegExp(`^${PEER_SUPPORT}`) });
  await expect(requirement).toContainText('Complete');
  await expect(requirement).toContainText('Last logged 11/11/2026; next due by 11/02/2027');
  await saveScreenshot(page, 'cpd-requirement-complete');

  await page.getByRole('link', { name: 'Training matrix' }).click();
  await page.getByLabel('Search people').fill('Ruth Ellis');
  await expect(
    page.getByRole('link', { name: `Ruth Ellis, ${PEER_SUPPORT}: Complete, until 10/02/2027` }),
  ).toBeVisible();
  await saveScreenshot(page, 'cpd-matrix');

  // The supervisor writing the next session sees the last month's CPD beside the form.
  await page.getByRole('link', { name: 'Ruth Ellis', exact: true }).click();
  await page.getByRole('tab', { name: 'Supervision' }).click();
  await page.getByRole('link', { name: 'Record a session' }).click();
  const recent = page.getByRole('region', { name: 'CPD in the month to 16/11/2026 (1 entry)' });
  await expect(recent).toContainText(
    '11/11/2026: National social prescribing webinar (NHS England) · Webinar · 1.5 hours',
  );
  await saveScreenshot(page, 'cpd-in-supervision');
  await expectNoSeriousA11yViolations(page);
  // A session held earlier and recorded late shows the CPD of the month up to its own date, not today's.
  await fillDate(page.getByRole('form', { name: 'Supervision session' }), 'Session date', '01/10/2026');
  const before = page.getByRole('region', { name: 'CPD in the month to 01/10/2026 (0 entries)' });
  await expect(before).toContainText('Nothing logged since 01/09/2026.');
});

test('a link worker logs CPD by hand with what they learned, changes it and removes it', async ({ page, app }) => {
  await openExample(page, app);
  await addLinkWorker(page, 'Sam Porter');
  await page.getByRole('tab', { name: 'CPD' }).click();
  const log = page.getByRole('region', { name: 'CPD and peer support' });
  await log.getByRole('button', { name: 'Log CPD' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log CPD' });
  await dialog.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Peer-support network' }).click();
  await dialog.getByLabel('Title').fill('ICS link worker network');
  await dialog.getByLabel('Hours').fill('0.1');
  await dialog.getByLabel('What I learned').fill('How a neighbouring PCN runs its benefits clinic');
  await dialog.getByRole('button', { name: 'Log it' }).click();
  await expect(dialog).toContainText('Enter at least 0.25 hours (a quarter of an hour)');
  await dialog.getByLabel('Hours').fill('1.5');
  await saveScreenshot(page, 'cpd-dialog');
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Log it' }).click();
  await expect(dialog).toBeHidden();
  const entry = log.getByRole('row', { name: /ICS link worker network/ });
  await expect(entry).toContainText('16/11/2026');
  await expect(entry).toContainText('Peer-support network');

  await entry.getByRole('button', { name: 'Change ICS link worker network' }).click();
  const change = page.getByRole('dialog', { name: 'Change the CPD entry' });
  await change.getByLabel('Hours').fill('2');
  await change.getByRole('button', { name: 'Save changes' }).click();
  await expect(change).toBeHidden();
  await expect(entry).toContainText('2');
  await expect(log).toContainText('1 entry, 2 hours in all.');

  await entry.getByRole('button', { name: 'Remove ICS link worker network' }).click();
  const remove = page.getByRole('dialog', { name: 'Remove this CPD entry?' });
  await expect(remove).toContainText('ICS link worker network, 16/11/2026');
  await remove.getByRole('button', { name: 'Remove' }).click();
  await expect(remove).toBeHidden();
  await expect(log).toContainText('Nothing logged yet.');
});
