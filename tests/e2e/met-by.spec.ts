import { expect, saveScreenshot, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, openExample } from './helpers.ts';

test('Settings: a requirement says what meets it; the PCI two-day course counts from enrolment, the PCSP e-learning only once completed', async ({
  page,
  app,
}) => {
  await openExample(page, app, 'Settings');
  await page.getByRole('button', { name: 'Edit PCI-accredited two-day care coordination training' }).click();
  const twoDay = page.getByRole('dialog', { name: 'Edit PCI-accredited two-day care coordination training' });
  await expect(twoDay.getByRole('combobox', { name: 'Met by' })).toHaveText('Being enrolled in or undertaking it');
  await saveScreenshot(page, 'requirement-met-by-enrolment');
  await expectNoSeriousA11yViolations(page);
  await twoDay.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: /^Edit Personalised care and support planning e-learning/ }).click();
  const pcsp = page.getByRole('dialog', { name: /^Edit Personalised care and support planning e-learning/ });
  await expect(pcsp.getByRole('combobox', { name: 'Met by' })).toHaveText('Completing it');
});
