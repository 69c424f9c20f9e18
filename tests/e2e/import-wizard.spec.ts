import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
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

const PEOPLE = ['Amira Hassan', 'Ben Okafor', 'Chloe Davies'];

const REGISTER = [
  ['Full name', 'Role', 'Employer', 'Base practice', 'Start date', 'Hours a week', 'Supervisor'],
  [
    'Amira Hassan',
    'Social prescribing link worker',
    'Northgate Surgery',
    'Northgate Surgery',
    excelDate('2025-09-01'),
    37.5,
    'Dr Helen Marsh',
  ],
  ['Ben Okafor', 'Care coordinator', 'Northgate Surgery', 'Northgate Surgery', '01/10/2025', 30, 'Dr Helen Marsh'],
  [
    'Chloe Davies',
    'Health and wellbeing coach',
    'Northgate Surgery',
    'Northgate Surgery',
    excelDate('2026-01-05'),
    22.5,
    'Dr Helen Marsh',
  ],
];

/** Fire safety under the catalogue's own name, and data security under a name the catalogue does not know. */
const TRAINING = [
  ['Staff name', 'Course', 'Date completed', 'Provider'],
  ...PEOPLE.flatMap((name) => [
    [name, 'Fire safety', excelDate('2026-03-02'), 'Blue Stream Academy'],
    [name, 'IG and GDPR refresher', '15/06/2026', 'e-LfH'],
  ]),
];

async function addSupervisor(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Organisation' }).click();
  const people = page.getByRole('region', { name: 'Supervisors and contacts' });
  await people.getByRole('button', { name: /^Add/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Dr Helen Marsh');
  await dialog.getByLabel('Job title').fill('GP partner');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(people.getByRole('table')).toContainText('Dr Helen Marsh');
}

const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name });

async function chooseFile(page: Page, kind: 'Staff register' | 'Training records', name: string, buffer: Buffer) {
  await page.getByRole('radio', { name: kind }).check();
  await page.getByLabel('Spreadsheet to import').setInputFiles({ name, mimeType: XLSX, buffer });
  await expect(page.getByRole('region', { name: 'Choose the file' }).getByText(name, { exact: true })).toBeVisible();
}

/** Each step's picture, looked at, and no serious accessibility faults on it. */
async function look(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, name);
  await expectNoSeriousA11yViolations(page);
}

test('the register and its training come in from .xlsx files through the wizard, and the matrix fills', async ({
  page,
  app,
}) => {
  await setUpEmptyPcn(page, app);
  await homeThenRegister(page);
  await addSupervisor(page);
  await page.getByRole('link', { name: 'Staff register' }).click();
  await page.getByRole('link', { name: 'Import from a spreadsheet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import from a spreadsheet' })).toBeVisible();
  await expect(page.getByText('Import the staff register first, then training records')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Recent imports' })).toContainText('Nothing has been imported yet');

  // The register: every column guessed from its heading.
  await chooseFile(page, 'Staff register', 'register.xlsx', await workbook(REGISTER));
  await look(page, 'import-1-choose');
  await page.getByRole('button', { name: 'Next: match the columns' }).click();
  await expect(stepHeading(page, 'Match the columns')).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Name', exact: true })).toHaveText('Full name');
  await expect(page.getByRole('combobox', { name: 'Hours a week', exact: true })).toHaveText('Hours a week');
  await expect(page.getByRole('combobox', { name: 'Leaving date', exact: true })).toHaveText('Not in the file');
  await expect(page.getByRole('region', { name: "The file's 3 rows" })).toContainText('01/09/2025');
  await look(page, 'import-2-columns');
  await page.getByRole('button', { name: 'Next: check the rows' }).click();
  await expect(stepHeading(page, 'Check the rows')).toBeVisible();
  const counts = page.getByRole('group', { name: 'What the import would do' });
  await expect(counts).toContainText('Ready to import3');
  await expect(counts).toContainText('Cannot be imported0');
  await look(page, 'import-3-check-register');
  await page.getByRole('button', { name: 'Import 3 rows' }).click();
  await expect(page.getByText('Added 3 people from register.xlsx.')).toBeVisible();
  await look(page, 'import-4-done-register');

  // The training: one course name the catalogue lacks, matched by hand.
  await page.getByRole('button', { name: 'Import another file' }).click();
  await chooseFile(page, 'Training records', 'training.xlsx', await workbook(TRAINING));
  await page.getByRole('button', { name: 'Next: match the columns' }).click();
  await expect(page.getByRole('combobox', { name: 'Person', exact: true })).toHaveText('Staff name');
  await expect(page.getByRole('combobox', { name: 'Completed on', exact: true })).toHaveText('Date completed');
  await page.getByRole('button', { name: 'Next: check the rows' }).click();
  await expect(stepHeading(page, 'Match the courses')).toBeFocused();
  // By keyboard: open the select, type the start of the requirement's title, take it.
  await page.getByRole('combobox', { name: 'IG and GDPR refresher' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Data');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'IG and GDPR refresher' })).toHaveText(
    'Data security awareness (information governance)',
  );
  await look(page, 'import-5-courses');
  await page.getByRole('button', { name: 'Next: check the rows' }).click();
  await expect(counts).toContainText('Ready to import6');
  // Back to the columns and on again: the course keeps its choice.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(stepHeading(page, 'Match the columns')).toBeFocused();
  await page.getByRole('button', { name: 'Next: check the rows' }).click();
  await expect(page.getByRole('combobox', { name: 'IG and GDPR refresher' })).toHaveText(/^Data security awareness/);
  await page.getByRole('button', { name: 'Next: check the rows' }).click();
  await expect(counts).toContainText('Ready to import6');
  await page.getByRole('button', { name: 'Import 6 rows' }).click();
  await expect(page.getByText('Added 6 training records from training.xlsx.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Recent imports' }).getByRole('row')).toHaveCount(3);

  await page.getByRole('link', { name: 'Open the training matrix' }).click();
  for (const name of PEOPLE) {
    await expect(page.getByRole('link', { name: new RegExp(`^${name}, Fire safety: Complete`) })).toBeVisible();
    await expect(
      page.getByRole('link', { name: new RegExp(`^${name}, Data security awareness .*: Complete`) }),
    ).toBeVisible();
  }
  await page.getByRole('link', { name: /^Chloe Davies, Fire safety: Complete/ }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'import-6-matrix', { fullPage: false });
});

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
  await expect(page.getByRole('combobox', { name: 'Expires on', exact: true })).toHaveText('Expires');
  await look(page, 'import-columns-800');
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

  // The same file again comes in afresh (what was undone is no longer in force), and is undone from the result.
  await page.getByRole('link', { name: 'Import spreadsheets' }).click();
  await chooseFile(page, 'Training records', 'amira.xlsx', await workbook(rows));
  await page.getByRole('button', { name: 'Next: match the columns' }).click();
  await page.getByRole('button', { name: 'Next: check the rows' }).click();
  await page.getByRole('button', { name: 'Import only the 2 valid rows' }).click();
  await confirm.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByText('Added 2 training records from amira.xlsx.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo this import' }).click();
  await undo.getByRole('button', { name: 'Undo the import' }).click();
  await expect(stepHeading(page, 'Import undone')).toBeFocused();
  await expect(page.getByText('The import of amira.xlsx was undone: 2 training records taken back.')).toBeVisible();
  await expect(recent.getByText(/^Undone /)).toHaveCount(2);
  await look(page, 'import-12-undone');
});

test('a failed list offers a retry, the templates download, a failed check can be tried again, and a workbook that is not one is named', async ({
  page,
  app,
}) => {
  await setUpEmptyPcn(page, app);
  await homeThenRegister(page);
  await app.failNext('import.list');
  await page.getByRole('link', { name: 'Import spreadsheets' }).click();
  const recent = page.getByRole('region', { name: 'Recent imports' });
  await expect(recent.getByRole('alert')).toContainText('Linkwork could not load the recent imports');
  await look(page, 'import-10-list-failed');
  await recent.getByRole('button', { name: 'Retry' }).click();
  await expect(recent).toContainText('Nothing has been imported yet');

  // The templates: a workbook whose headings are the register's fields, and a CSV of the training records' fields.
  const workbookDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel template (.xlsx)' }).click();
  const template = await workbookDownload;
  expect(template.suggestedFilename()).toBe('Linkwork staff register template.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await template.path());
  const headings = book.worksheets[0]?.getRow(1).values as unknown[];
  expect(headings).toEqual(expect.arrayContaining(['Name', 'Role', 'Employer', 'Start date', 'Hours a week']));
  await page.getByRole('radio', { name: 'Training records' }).check();
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV template (.csv)' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe('Linkwork training records template.csv');
  expect(fs.readFileSync(await csv.path(), 'utf8')).toMatch(/^\uFEFF?Person,/);
  await page.getByRole('radio', { name: 'Staff register' }).check();

  // Chosen from the keyboard: Enter on the button opens the file chooser.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file' }).focus();
  await page.keyboard.press('Enter');
  const notAWorkbook = Buffer.from('Name,Role\nAmira Hassan,SPLW\n');
  await (await chooser).setFiles({ name: 'staff.xlsx', mimeType: XLSX, buffer: notAWorkbook });
  await app.failNext('import.dryRun');
  await page.getByRole('button', { name: 'Next: match the columns' }).click();
  await expect(page.getByRole('alert')).toContainText('A test switched on a fault in import.dryRun');
  await page.getByRole('button', { name: 'Next: match the columns' }).click();
  await expect(page.getByRole('alert')).toContainText('staff.xlsx could not be read as an Excel workbook');
  await expect(stepHeading(page, 'Choose the file')).toBeVisible();
  await look(page, 'import-11-not-a-workbook');
});
