import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { AppFixture } from './fixtures.ts';
import { expect } from './fixtures.ts';

/** A date field (MUI X date picker) by its label: its day, month and year sections make one labelled group. */
export const dateField = (scope: Page | Locator, label: string): Locator =>
  scope.getByRole('group', { name: label, exact: true });

/** The date a date field holds, as dd/mm/yyyy ('' when empty), for `toHaveValue`. */
export const dateValue = (scope: Page | Locator, label: string): Locator => dateField(scope, label).locator('input');

/**
 * Types a date into a date field as someone at a keyboard does ('' empties it): `fill()` cannot type into its
 * sections. Typed as given, slashes and all, so "1/4/2025" is tried as people type it.
 */
export async function fillDate(scope: Page | Locator, label: string, ukDate: string): Promise<void> {
  const keyboard = ('keyboard' in scope ? scope : scope.page()).keyboard;
  await dateField(scope, label).click();
  await keyboard.press('ControlOrMeta+a');
  await keyboard.press('Backspace');
  if (ukDate !== '') await keyboard.type(ukDate);
}

/** Picks an option from a labelled MUI select, the way a keyboard or screen-reader user would find it. */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** From the home page a PCN opens on, on to the staff register. */
export async function homeThenRegister(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Staff register' }).click();
  await expect(page.getByRole('heading', { name: 'Staff register' })).toBeVisible();
}

/** Loads the example PCN, which opens on the lead's home page, then goes on to the staff register as before. */
export async function loadExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load the example PCN' }).click();
  await homeThenRegister(page);
}

/** Opens the app, loads the example PCN and, if given, follows `link` from the staff register (or the menu). */
export async function openExample(page: Page, app: AppFixture, link?: string): Promise<void> {
  await app.open(page);
  await loadExample(page);
  if (link) await page.getByRole('link', { name: link }).click();
}

/** Opens the app and sets up a new PCN with one practice and no staff yet (Northgate PCN, Northgate Surgery). */
export async function setUpEmptyPcn(page: Page, app: AppFixture): Promise<void> {
  await app.open(page);
  await page.getByLabel('PCN name').fill('Northgate PCN');
  await page.getByLabel('PCN ODS code').fill('U98765');
  await page.getByLabel('Practice 1 name').fill('Northgate Surgery');
  await page.getByLabel('Practice 1 ODS code').fill('B82001');
  await page.getByRole('button', { name: 'Set up PCN' }).click();
}

/**
 * Adds a link worker (or someone in another `role`) who started on 01/04/2024, with the first GP as named
 * supervisor; returns the GP's name.
 */
export async function addLinkWorker(
  page: Page,
  name: string,
  role = 'Social prescribing link worker',
): Promise<string> {
  await page.getByRole('link', { name: 'Add worker' }).click();
  await page.getByLabel('Full name').fill(name);
  await choose(page, 'Role', role);
  await choose(page, 'Employer', 'Riverside Surgery');
  await fillDate(page, 'Start date', '01/04/2024');
  await page.getByRole('combobox', { name: 'Named supervisor' }).click();
  const gp = page.getByRole('option', { name: /^Dr / }).first();
  const supervisor = ((await gp.textContent()) ?? '').split(',')[0] ?? '';
  await gp.click();
  await page.getByRole('button', { name: 'Add worker' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  return supervisor;
}

/** On a draft self-assessment, rates every competency not rated yet as `rating`, area by area, and waits for the save. */
export async function rateTheRest(page: Page, rating = '2 Competent (independent)'): Promise<void> {
  const areas = page.getByRole('navigation', { name: 'Areas' }).getByRole('button');
  for (let i = 0; i < (await areas.count()); i++) {
    await areas.nth(i).click();
    const groups = page.getByRole('radiogroup');
    for (let g = 0; g < (await groups.count()); g++) {
      const group = groups.nth(g);
      if ((await group.getByRole('radio', { checked: true }).count()) === 0)
        await group.getByRole('radio', { name: rating }).check();
    }
  }
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** On a worker's Induction tab, ticks `item` as done on 03/04/2024, signed off by Dr Asha Patel. */
export async function tickInductionItem(page: Page, item: string): Promise<void> {
  await page.getByRole('checkbox', { name: item }).click();
  const dialog = page.getByRole('dialog');
  await fillDate(dialog, 'Done on', '03/04/2024');
  await dialog.getByLabel('Signed off by').fill('Dr Asha Patel');
  await dialog.getByRole('button', { name: 'Tick as done' }).click();
  await expect(dialog).toBeHidden();
}

/** axe-core over the page as it is: no serious or critical accessibility violations. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}
