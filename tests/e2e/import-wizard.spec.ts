import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { choose, expectNoSeriousA11yViolations, fillDate, homeThenRegister, setUpEmptyPcn } from './helpers.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An .xlsx workbook of one sheet, its first row the headings, as a PCN's own spreadsheet would be. */
async function workbook(rows: (string | number | Date)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A date as Excel keeps it (a date cell), for the import to read as the day it shows. */
const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name });

async function chooseFile(page: Page, kind: 'Staff register' | 'Training records', name: string, buffer: Buffer) {
  await page.getByRole('radio', { name: kind }).check();
  await page.getByLabel('Spreadsheet to import').setInputFiles({ name, mimeType: XLSX, buffer });
  await expect(page.getByText(name, { exact: true })).toBeVisible();
}

/** Each step's picture, looked at, and no serious accessibility faults on it. */
async function look(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, name);
  await expectNoSeriousA11yViolations(page);
}

test('a bad file is refused, a bad row is shown by row and column, only the valid rows come in, and undo takes them back', async ({
  page,
  app,
}) => {
  // A small laptop's window: the wizard must work at 800 pixels wide.
  await page.setViewportSize({ width: 800, height: 900 });
  await setUpEmptyPcn(page, app);
  await homeThenRegister(page);
  await page.getByRole('link', { name: 'Add worker' }).click();
  await page.getByLabel('Full name').fill('Amira Hassan');
  await choose(page, 'Role', 'Social prescribing link worker');
  await choose(page, 'Employer', 'Northgate Surgery');
  await fillDate(page, 'Start date', '01/09/2026');
  await page.getByRole('button', { name: 'Add worker' }).click();
  await expect(page.getByRole('heading', { name: 'Amira Hassan' })).toBeVisible();
  await page.getByRole('link', { name: 'Import spreadsheets' }).click();

  await page.getByRole('radio', { name: 'Training records' }).check();
  await page
    .getByLabel('Spreadsheet to import')
    .setInputFiles({ name: 'minutes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  await expect(page.getByRole('alert')).toContainText('That file is not a spreadsheet');
  await expect(page.getByRole('button', { name: 'Next: match the columns' })).toBeDisabled();

  const rows = [
    ['Name', 'Course', 'Completed', 'Expires'],
    ['Amira Hassan', 'Fire safety', '02/10/2026', ''],
    ['Amira Hassan', 'Lone working', '31/02/2026', ''],
    ['Amira Hassan', 'Health and safety', excelDate('2026-09-14'), ''],
  ];
  await chooseFile(page, 'Training records', 'amira.xlsx', await workbook(rows));
  await page.getByRole('button', { name: 'Next: match the columns' }).click();
  await page.getByRole('button', { name: 'Next: check the rows' }).click();
  await expect(stepHeading(page, 'Check the rows')).toBeFocused();
  const problems = page.getByRole('table', { name: 'Problems in the file' });
  await expect(problems.getByRole('row')).toHaveCount(2);
  await expect(problems.getByRole('row').nth(1)).toHaveText(/^3Completed31\/02\/2026Not a real date/);
  await expect(page.getByRole('button', { name: 'Import 2 rows' })).toBeDisabled();
  await expect(page.getByText('1 row cannot be imported: correct it in the file')).toBeVisible();
  await look(page, 'import-7-bad-row');

  await page.getByRole('button', { name: 'Import only the 2 valid rows' }).click();
  const confirm = page.getByRole('dialog', { name: 'Import only the valid rows?' });
  await expect(confirm).toContainText('2 training records will be added from amira.xlsx. The 1 row that cannot');
  await look(page, 'import-8-only-valid');
  await confirm.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByText('Added 2 training records from amira.xlsx.')).toBeVisible();

  await page.getByRole('link', { name: 'Open the training matrix' }).click();
  await expect(page.getByRole('link', { name: /^Amira Hassan, Fire safety: Complete/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Amira Hassan, Lone working: Complete/ })).toHaveCount(0);
  await page.goBack();

  // Back on the wizard's page, the import is listed; undo it from there.
  const recent = page.getByRole('region', { name: 'Recent imports' });
  await expect(recent).toContainText('amira.xlsx');
  await recent.getByRole('button', { name: /^Undo the import of amira.xlsx/ }).click();
  const undo = page.getByRole('dialog', { name: 'Undo the import of amira.xlsx?' });
  await expect(undo).toContainText('The 2 training records it added are withdrawn');
  await look(page, 'import-9-undo');
  await undo.getByRole('button', { name: 'Undo the import' }).click();
  await expect(undo).toBeHidden();
  await expect(recent).toContainText('Undone ');

  await page.getByRole('link', { name: 'Training matrix' }).click();
  await expect(page.getByRole('link', { name: /^Amira Hassan, Fire safety: / })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Amira Hassan, Fire safety: Complete/ })).toHaveCount(0);
});
