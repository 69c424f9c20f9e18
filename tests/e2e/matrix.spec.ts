import type { Locator, Page } from '@playwright/test';
import fs from 'node:fs';
import Papa from 'papaparse';
import { pdfText } from '../support/pdf-text.ts';
import { expect, saveScreenshot, test } from './fixtures.ts';
import {
  choose,
  expectNoSeriousA11yViolations,
  fillDate,
  homeThenRegister,
  openExample,
  setUpEmptyPcn,
} from './helpers.ts';
import { keepPdf } from './pdf.ts';

/** The legend's colours (shared/rules/status-tone.ts) as the browser reports a background. */
const CALM = 'rgb(234, 242, 251)';
const AMBER = 'rgb(255, 244, 214)';

const background = (badge: Locator) => badge.evaluate((element) => getComputedStyle(element).backgroundColor);
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element?.getAttribute('aria-label') ?? element?.textContent ?? '';
  });

async function addNewStarter(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Add worker' }).click();
  await page.getByLabel('Full name').fill(name);
  await choose(page, 'Role', 'Social prescribing link worker');
  await choose(page, 'Employer', 'Riverside Surgery');
  await fillDate(page, 'Start date', '03/11/2026');
  await page.getByRole('button', { name: 'Add worker' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

test("a new starter's page: a far-off item is a calm 'Not yet due' with its date, a nearer one amber 'Due soon', with one legend", async ({
  page,
  app,
}) => {
  await openExample(page, app);
  await addNewStarter(page, 'Nia Okoro');
  await page.getByRole('tab', { name: 'Training and requirements' }).click();

  const legend = page.getByRole('region', { name: 'Key to the colours' });
  await expect(legend).toContainText('Not yet due');
  await expect(legend).toContainText('due within 90 days');

  const farOff = page.getByRole('row', { name: /e-LfH 'Social prescribing/ });
  await expect(farOff).toContainText('Not yet due');
  await expect(farOff).toContainText('due 03/05/2027');
  expect(await background(farOff.getByText('Not yet due', { exact: true }).locator('..'))).toBe(CALM);

  const nearer = page.getByRole('row', { name: /^Fire safety/ });
  await expect(nearer).toContainText('Due soon');
  await expect(nearer).toContainText('by 03/02/2027');
  expect(await background(nearer.getByText('Due soon', { exact: true }).locator('..'))).toBe(AMBER);
  await expect(page.getByText('Missing', { exact: true })).toHaveCount(0);

  await saveScreenshot(page, 'new-starter-colours');
  await expectNoSeriousA11yViolations(page);
});

test('keyboard only: the skip link, the matrix as one Tab stop moved with the arrows, Enter to a record with focus on its heading', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  // A fresh page on the register (loading the example went through the home page and the menu).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff register' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await saveScreenshot(page, 'keyboard-skip-link');
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Staff register' })).toBeFocused();

  await page.getByRole('link', { name: 'Training matrix' }).click();
  const grid = page.getByRole('grid', { name: 'Training matrix' });
  await expect(grid).toBeVisible();
  await page.keyboard.press('Tab'); // to the skip link again, from the top of the page
  let stops = 0;
  while (!(await grid.evaluate((g) => g.contains(document.activeElement))) && stops < 20) {
    await page.keyboard.press('Tab');
    stops++;
  }
  expect(stops, 'Tab stops before the matrix').toBeLessThan(20);
  const firstPerson = (await focusedName(page)).trim();

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  const moved = await focusedName(page);
  expect(moved).not.toContain(firstPerson);
  expect(moved).toMatch(/^[^,]+, [^:]+: /);
  await page.keyboard.press('End');
  expect(await focusedName(page)).toMatch(/, Induction checklist: /);
  await page.keyboard.press('Home');
  const secondPerson = (await focusedName(page)).trim();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+Home');
  expect((await focusedName(page)).trim()).toBe(firstPerson);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const cell = await focusedName(page);
  expect(cell.startsWith(`${secondPerson}, `)).toBe(true);
  await saveScreenshot(page, 'keyboard-matrix-cell');
  await expectNoSeriousA11yViolations(page);

  // One Tab stop: Tab leaves the grid at once.
  await page.keyboard.press('Tab');
  expect(await grid.evaluate((g) => g.contains(document.activeElement))).toBe(false);
  await page.keyboard.press('Shift+Tab');
  expect(await focusedName(page)).toBe(cell);

  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: secondPerson });
  await expect(heading).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Training and requirements', selected: true })).toBeVisible();
  await saveScreenshot(page, 'keyboard-record-heading');
  await expectNoSeriousA11yViolations(page);
});

test("the staff register's focused column header keeps the others' colour, with a visible focus ring", async ({
  page,
  app,
}) => {
  await openExample(page, app);
  const sortLabel = (name: string) => page.getByRole('columnheader', { name }).getByRole('button');
  const colour = (label: Locator) => label.evaluate((element) => getComputedStyle(element).color);
  await sortLabel('Role').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(sortLabel('Role')).toBeFocused();
  expect(await colour(sortLabel('Role'))).toBe(await colour(sortLabel('Employer')));
  const ring = await sortLabel('Role').evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(ring).toBe('solid');
  await saveScreenshot(page, 'register-focused-header');
  await expectNoSeriousA11yViolations(page);
});

test('the printable matrix PDF names its filters and holds the people shown; the printable register too', async ({
  page,
  app,
}) => {
  await openExample(page, app, 'Training matrix');
  await choose(page, 'Role', 'Care coordinator');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const text = await keepPdf(page, await download, 'printable-matrix');
  expect(text).toContain('Training matrix');
  expect(text).toContain('As at 16/11/2026. Filters: role: Care coordinator; leavers not shown.');
  expect(text).toMatch(/Overdue\s+Expired\s+Due soon\s+Expiring soon\s+Not yet due\s+Complete\s+Exempt\s+Not required/);
  expect(text).toMatch(/Page 1 of \d/);
  const rows = page.getByRole('grid', { name: 'Training matrix' }).locator('tbody th');
  for (const name of await rows.locator('a').allTextContents()) expect(text).toContain(name);
  expect(text).not.toContain('Social prescribing link worker');

  await page.getByRole('link', { name: 'Staff register' }).click();
  await page.getByLabel('Search staff').fill('Ali');
  const register = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const registerText = await keepPdf(page, await register, 'printable-register');
  expect(registerText).toContain('Filters: search: “Ali”; leavers not shown. Sorted by name.');
  expect(registerText).toMatch(/^Name\s+Role\s+Employer/m);
});

test('printing from the browser: no menu, top bar or buttons; the matrix in page-width tables with the header row on every page', async ({
  page,
  app,
}) => {
  await openExample(page, app, 'Training matrix');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
  await expect(page.getByText(/^Requirements 1 to 8 of \d+$/)).toBeVisible();
  await expect(page.getByText('As at 16/11/2026. Filters: leavers not shown.')).toBeVisible();
  await saveScreenshot(page, 'print-matrix');
  await expectNoSeriousA11yViolations(page);

  const pages = (await pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).split('\f');
  expect(pages.length).toBeGreaterThan(2);
  pages.forEach((text, i) => expect(text, `printed page ${i + 1}`).toMatch(/^Person\s/m));
  expect(pages[0]).not.toContain('Settings');

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Staff register' }).click();
  await page.emulateMedia({ media: 'print' });
  const register = await pdfText(await page.pdf({ preferCSSPageSize: true }));
  expect(register).toMatch(/Name\s+Role\s+Employer\s+Base practice\s+Start date\s+WTE\s+Status/);
  expect(register).not.toContain('Add worker');
  await saveScreenshot(page, 'print-register');
  await expectNoSeriousA11yViolations(page);
});

test('exporting a filtered matrix asks: the people shown (named by the filters) or everyone; status and date in their own columns', async ({
  page,
  app,
}, testInfo) => {
  await openExample(page, app, 'Training matrix');
  await choose(page, 'Role', 'Health and wellbeing coach');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the training matrix' });
  await expect(dialog).toContainText('role: Health and wellbeing coach; leavers not shown');
  await saveScreenshot(page, 'export-choice');
  await expectNoSeriousA11yViolations(page);

  const shownDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export CSV' }).click();
  const shown = await shownDownload;
  expect(shown.suggestedFilename()).toBe(
    'training-matrix-2026-11-16-role-health-and-wellbeing-coach-leavers-not-shown.csv',
  );
  const shownFile = testInfo.outputPath('shown.csv');
  await shown.saveAs(shownFile);
  const lines = Papa.parse<string[]>(fs.readFileSync(shownFile, 'utf8').replace(/^\ufeff/, '')).data;
  expect(lines[0]?.[0]).toMatch(
    /^Filters: role: Health and wellbeing coach; leavers not shown\. \d+ of \d+ people, as at 16\/11\/2026\.$/,
  );
  expect(lines[0]).toHaveLength(1);
  expect(lines[1]).toEqual(expect.arrayContaining(['Name', 'Fire safety: status', 'Fire safety: date']));
  const fire = lines[1]?.indexOf('Fire safety: status') ?? -1;
  for (const person of lines.slice(2).filter((line) => line.length > 1)) {
    expect(person[fire]).toMatch(/^(Overdue|Expired|Due soon|Expiring soon|Not yet due|Complete|Exempt|Not required)$/);
    expect(person[fire + 1]).toMatch(/^(\d\d\/\d\d\/\d{4})?$/);
  }

  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await dialog.getByRole('radio', { name: /^Everyone/ }).check();
  const everyoneDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export CSV' }).click();
  const everyone = await everyoneDownload;
  expect(everyone.suggestedFilename()).toBe('training-matrix-2026-11-16.csv');
});

test("a new PCN's matrix says what to do first, with no percentage; the register's banner claims no '0 of 0'", async ({
  page,
  app,
}) => {
  await setUpEmptyPcn(page, app);
  await homeThenRegister(page);
  await expect(page.getByRole('note')).toContainText('No one is on it yet');
  await expect(page.getByText(/0 of 0/)).toHaveCount(0);
  await saveScreenshot(page, 'new-pcn-register');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Training matrix' }).click();
  await expect(page.getByRole('heading', { name: 'No one to show yet' })).toBeVisible();
  await expect(page.getByText(/% compliant/)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Add a worker' })).toBeVisible();
  await saveScreenshot(page, 'new-pcn-matrix');
  await expectNoSeriousA11yViolations(page);
});
