import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, openExample } from './helpers.ts';
import { keepPdf } from './pdf.ts';

async function printHandout(page: Page, name: string, keptAs: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Patient handout for ${name} (PDF)` }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`patient-handout-${name.replace(' ', '-')}.pdf`);
  return (await keepPdf(page, file, keptAs)).replace(/\s+/g, ' ');
}

test('a link worker’s contact details go on their patient handout, printed as a PDF and copied as text', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  await page.getByRole('link', { name: 'Amelia Patel' }).click();
  const section = page.getByRole('region', { name: 'Patient handout' });
  await expect(section.getByText('No contact details yet')).toHaveCount(0); // the lead edits them
  await section.getByLabel('Phone').fill('ring reception');
  await section.getByRole('button', { name: 'Save contact details' }).click();
  await expect(section.getByText(/Enter a phone number patients can call/).first()).toBeVisible();

  await section.getByLabel('Phone').fill('01632 960456');
  await section.getByLabel('E-mail').fill('amelia.patel@nhs.net');
  await section.getByLabel('When to reach them').fill('Tuesday to Friday, 9am to 5pm');
  await section.getByRole('button', { name: 'Save contact details' }).click();
  await expect(section.getByText('Contact details saved: the handout now shows them.')).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'handout-worker-section');
  await expectNoSeriousA11yViolations(page);

  const text = await printHandout(page, 'Amelia Patel', 'patient-handout');
  expect(text).toContain('Meet Amelia Patel, your link worker');
  expect(text).toContain('Amelia is a link worker at Northgate Surgery.');
  expect(text).toContain('Phone 01632 960456');
  expect(text).toContain('Email amelia.patel@nhs.net');
  expect(text).toContain('When Tuesday to Friday, 9am to 5pm');
  expect(text).toContain('printed 16/11/2026');

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await section.getByRole('button', { name: 'Copy as text' }).click();
  await expect(section.getByRole('status')).toHaveText('Copied: paste it into the practice website.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Meet Amelia Patel, your link worker\n\n/);
  expect(copied).toContain('Phone: 01632 960456\nEmail: amelia.patel@nhs.net\nWhen: Tuesday to Friday, 9am to 5pm');
});

test('the lead words the handout in Settings, told how easily it reads; an unknown placeholder is flagged', async ({
  page,
  app,
}) => {
  await openExample(page, app, 'Settings');
  const section = page.getByRole('region', { name: 'Patient handout' });
  await expect(section.getByRole('note')).toContainText(/Reading ease \(Flesch\): \d+ out of 100, very easy to read/);

  const title = section.getByLabel('Title', { exact: true });
  await title.fill('Meet {fullName}');
  await expect(
    section.getByText('Linkwork does not know {fullName}: use {name}, {firstName}, {practices}, {pcn}'),
  ).toBeVisible();
  await title.fill('{firstName} from {pcn} is here to help you');
  const expect_ = section.getByLabel('What to expect', { exact: true });
  await expect_.fill(
    'Following the initial consultation, personalised multidisciplinary interventions will subsequently be ' +
      'coordinated, incorporating comprehensive considerations regarding socioeconomic determinants.',
  );
  await expect(section.getByRole('note')).toContainText('harder than a handout should be');
  await section.getByRole('heading', { name: 'Patient handout' }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'handout-wording-hard', { fullPage: false });
  await expect_.fill('We talk about what matters to you. Then we make a plan together.');
  await expect(section.getByRole('note')).toContainText(/very easy to read|easy to read/);
  await section.getByRole('button', { name: 'Save handout wording' }).click();
  await expect(section.getByText('Handout wording saved: every link worker’s handout now uses it.')).toBeVisible();
  await section.getByRole('button', { name: 'Save handout wording' }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'handout-wording-settings', { fullPage: false });
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Staff register' }).click();
  await page.getByRole('link', { name: 'Grace Campbell' }).click();
  const text = await printHandout(page, 'Grace Campbell', 'patient-handout-own-wording');
  expect(text).toContain('Grace from Riverside and Millbrook PCN is here to help you');
  expect(text).toContain('We talk about what matters to you. Then we make a plan together.');
});
