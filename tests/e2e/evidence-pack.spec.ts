import type { Download, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import fs from 'node:fs';
import { tinyPdf } from '../support/files.ts';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { choose, expectNoSeriousA11yViolations, fillDate, openExample } from './helpers.ts';
import { keepPdfBytes } from './pdf.ts';

// E2E_TODAY, 16/11/2026, as file names write it.
const FILE_DATE = '16-11-2026';

async function unzipDownload(download: Download): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
}

async function downloadOf(page: Page, button: string): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return download;
}

test('a worker’s evidence pack holds their summary and certificates; a practice’s holds everyone based there', async ({
  page,
  app,
}, testInfo) => {
  await openExample(page, app);
  // A new link worker based at Riverside Surgery, so she is in its pack too.
  await page.getByRole('link', { name: 'Add worker' }).click();
  await page.getByLabel('Full name').fill('Imogen Pryce');
  await choose(page, 'Role', 'Social prescribing link worker');
  await choose(page, 'Employer', 'Riverside Surgery');
  await choose(page, 'Base practice', 'Riverside Surgery');
  await fillDate(page, 'Start date', '01/04/2024');
  await page.getByRole('button', { name: 'Add worker' }).click();
  await expect(page.getByRole('heading', { name: 'Imogen Pryce' })).toBeVisible();
  await page.getByRole('tab', { name: 'Training and requirements' }).click();
  await page.getByRole('button', { name: 'Record Fire safety' }).click();
  const dialog = page.getByRole('dialog');
  await fillDate(dialog, 'Completed on', '10/03/2026');
  const certificate = testInfo.outputPath('Grace scan 2.pdf');
  fs.writeFileSync(certificate, tinyPdf('Fire safety certificate'));
  await dialog.getByLabel('Certificate files (PDF, PNG or JPEG)').setInputFiles(certificate);
  await dialog.getByRole('button', { name: 'Save record' }).click();
  await expect(dialog).toBeHidden();

  const workerPack = await downloadOf(page, 'Download evidence pack: Imogen Pryce');
  expect(workerPack.suggestedFilename()).toBe(`Evidence pack - Imogen Pryce - ${FILE_DATE}.zip`);
  const files = await unzipDownload(workerPack);
  expect(Object.keys(files).sort()).toEqual([
    'Summary - Imogen Pryce.pdf',
    'certificates/Fire safety - 10-03-2026.pdf',
  ]);
  expect(Buffer.from(files['certificates/Fire safety - 10-03-2026.pdf']!)).toEqual(fs.readFileSync(certificate));
  const summary = await keepPdfBytes(page, Buffer.from(files['Summary - Imogen Pryce.pdf']!), 'evidence-pack-summary');
  const flat = summary.replace(/\s+/g, ' ');
  expect(flat).toContain('Evidence pack: Imogen Pryce');
  expect(flat).toContain('as at 16/11/2026');
  expect(flat).toMatch(/Fire safety Complete Completed on 10\/03\/2026; valid until 09\/03\/2029/);
  expect(flat).toContain('Fire safety - 10-03-2026.pdf 10/03/2026 In this pack');
  expect(flat).not.toContain('Grace scan 2');
  await saveScreenshot(page, 'worker-evidence-pack');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Compliance reports' }).click();
  const row = page
    .getByRole('table', { name: 'Compliance by practice' })
    .getByRole('row', { name: /Riverside Surgery/ });
  const people = Number((await row.getByRole('cell').nth(1).textContent())?.replace(/\D/g, ''));
  const practicePack = await downloadOf(page, 'Evidence pack (zip): Riverside Surgery');
  expect(practicePack.suggestedFilename()).toBe(`Evidence pack - Riverside Surgery - ${FILE_DATE}.zip`);
  const practiceFiles = Object.keys(await unzipDownload(practicePack));
  expect(practiceFiles).toContain('Compliance summary - Riverside Surgery.pdf');
  expect(practiceFiles).toContain('Imogen Pryce/certificates/Fire safety - 10-03-2026.pdf');
  const summaries = practiceFiles.filter((name) => /^[^/]+\/Summary - [^/]+\.pdf$/.test(name));
  expect(summaries).toHaveLength(people);
  await saveScreenshot(page, 'reports-evidence-pack');
  await expectNoSeriousA11yViolations(page);

  // A pack that cannot be made says so by name, and the button can be pressed again.
  await app.failNext('pack.practice');
  await page.getByRole('button', { name: 'Evidence pack (zip): Riverside Surgery' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Linkwork could not make the evidence pack for Riverside Surgery' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Evidence pack (zip): Riverside Surgery' })).toBeEnabled();
  await saveScreenshot(page, 'reports-evidence-pack-failed');
});
