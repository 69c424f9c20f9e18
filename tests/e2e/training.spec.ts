import type { Page } from '@playwright/test';
import fs from 'node:fs';
import { tinyPdf } from '../support/files.ts';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { addLinkWorker, expectNoSeriousA11yViolations, fillDate, openExample, tickInductionItem } from './helpers.ts';
import { keepPdf } from './pdf.ts';

function matrixCell(page: Page, person: string, requirement: string) {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('link', { name: new RegExp(`^${escape(person)}, ${escape(requirement)}: `) });
}

test('a completion with a certificate turns the matrix cell complete; an expired certificate says Expired', async ({
  page,
  app,
}, testInfo) => {
  await openExample(page, app);
  await addLinkWorker(page, 'Grace Okafor');

  await page.getByRole('tab', { name: 'Training and requirements' }).click();
  await page.getByRole('button', { name: /^Record e-LfH/ }).click();
  const dialog = page.getByRole('dialog');
  await fillDate(dialog, 'Completed on', '15/05/2024');
  await dialog.getByLabel('Provider').fill('e-Learning for Healthcare');
  const certificate = testInfo.outputPath('elfh-certificate.pdf');
  fs.writeFileSync(certificate, tinyPdf('e-LfH certificate'));
  await dialog.getByLabel('Certificate files (PDF, PNG or JPEG)').setInputFiles(certificate);
  await dialog.getByRole('button', { name: 'Save record' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: /e-LfH 'Social prescribing/ });
  await expect(row).toContainText('Complete');
  await expect(row.getByRole('button', { name: 'elfh-certificate.pdf' })).toBeVisible();

  await page.getByRole('button', { name: 'Record Data security awareness (information governance)' }).click();
  await fillDate(dialog, 'Completed on', '01/10/2025');
  await dialog.getByRole('button', { name: 'Save record' }).click();
  await expect(dialog).toBeHidden();
  await saveScreenshot(page, 'worker-training');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Training matrix' }).click();
  await page.getByLabel('Search people').fill('Grace Okafor');
  await expect(
    matrixCell(page, 'Grace Okafor', "e-LfH 'Social prescribing: learning for link workers' (modules 1 to 6)"),
  ).toHaveAccessibleName(/Complete, 15\/05\/2024$/);
  await expect(
    matrixCell(page, 'Grace Okafor', 'Data security awareness (information governance)'),
  ).toHaveAccessibleName(/Expired, on 01\/10\/2026$/);
  await expect(matrixCell(page, 'Grace Okafor', 'Fire safety')).toHaveAccessibleName(/Overdue/);
  await page.getByLabel('Search people').fill('');
  await saveScreenshot(page, 'matrix');
  await expectNoSeriousA11yViolations(page);
});

test('bad record input is refused at the field and nothing is recorded', async ({ page, app }, testInfo) => {
  await openExample(page, app);
  await addLinkWorker(page, 'Harry Evans');
  await page.getByRole('tab', { name: 'Training and requirements' }).click();
  await page.getByRole('button', { name: 'Record Fire safety' }).click();
  const dialog = page.getByRole('dialog');

  await fillDate(dialog, 'Completed on', '01/01/2099');
  await dialog.getByRole('button', { name: 'Save record' }).click();
  await expect(dialog.getByText('The completion date cannot be in the future')).toBeVisible();

  await fillDate(dialog, 'Completed on', '01/06/2025');
  await fillDate(dialog, 'Expires on', '01/05/2025');
  await dialog.getByRole('button', { name: 'Save record' }).click();
  await expect(dialog.getByText('The expiry date must be after the completion date')).toBeVisible();

  await fillDate(dialog, 'Expires on', '');
  const notes = testInfo.outputPath('notes.txt');
  fs.writeFileSync(notes, 'not a certificate');
  await dialog.getByLabel('Certificate files (PDF, PNG or JPEG)').setInputFiles(notes);
  await dialog.getByRole('button', { name: 'Save record' }).click();
  await expect(dialog.getByText('notes.txt is not a PDF, PNG or JPEG file')).toBeVisible();
  await saveScreenshot(page, 'record-dialog-errors');
  await expectNoSeriousA11yViolations(page);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('row', { name: /^Fire safety/ })).not.toContainText('Completed');
});

test('the induction checklist is ticked, signed off and printed as a PDF', async ({ page, app }) => {
  await openExample(page, app);
  await addLinkWorker(page, 'Isla Morgan');
  await page.getByRole('tab', { name: 'Induction' }).click();
  await expect(page.getByText('0 of 14 items done')).toBeVisible();

  for (const item of ['Introductions to the clinical director and teams', 'Local referral pathways'])
    await tickInductionItem(page, item);
  await expect(page.getByText('2 of 14 items done')).toBeVisible();
  await saveScreenshot(page, 'worker-induction');
  await expectNoSeriousA11yViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print checklist (PDF)' }).click();
  const text = await keepPdf(page, await download, 'induction-checklist');
  expect(text).toContain('Isla Morgan');
  expect(text).toMatch(/Introductions to the clinical director and teams\s+Done\s+03\/04\/2024\s+Dr Asha Patel/);
  expect(text).toMatch(/Local referral pathways\s+Done\s+03\/04\/2024\s+Dr Asha Patel/);
  expect(text).toContain('2 of 14 items done');
});
