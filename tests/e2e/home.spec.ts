import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AppFixture } from './fixtures.ts';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, setUpEmptyPcn } from './helpers.ts';

const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections' });

/** A count link's figures: "12 overdue, 5 people" → 12 and 5. */
async function figuresOf(page: Page, name: RegExp): Promise<{ items: number; people: number }> {
  const label = ((await page.getByRole('link', { name }).textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const [, items = '', people = ''] = /^([\d,]+) .*, ([\d,]+) (?:person|people)$/.exec(label) ?? [];
  expect(label, `a count link named ${name}`).toMatch(/^[\d,]+ /);
  return { items: Number(items.replaceAll(',', '')), people: Number(people.replaceAll(',', '')) };
}

test("the lead's home: compliance and its trend, and each count opens the matrix filtered to exactly those", async ({
  page,
  app,
}) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Load the example PCN' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await expect(sections(page).getByRole('link').first()).toHaveText('Home');

  const compliance = page.getByRole('region', { name: 'Compliance' });
  await expect(compliance.getByRole('img', { name: /^Compliance at each month end from / })).toBeVisible();
  await compliance.getByText('The figures as a table').click();
  // The example's people were in post for the whole year before: a point for each of the twelve month ends.
  await expect(compliance.getByRole('table', { name: 'Compliance at each month end' }).getByRole('row')).toHaveCount(
    13,
  );
  const percent =
    (await compliance
      .getByText(/^\d+\.\d%$/)
      .first()
      .textContent()) ?? '';
  await expect(page.getByRole('region', { name: 'Next ARRS claim' })).toContainText('November 2026: due 10/12/2026');
  // The latest changes, newest first, at most eight: loading the example is among them.
  const changes = page.getByRole('list', { name: 'Recent changes' }).getByRole('listitem');
  await expect(changes.first()).toBeVisible();
  expect(await changes.count()).toBeLessThanOrEqual(8);
  await saveScreenshot(page, 'home-lead');
  await expectNoSeriousA11yViolations(page);

  // The headline matches the matrix's own for everyone shown.
  await compliance.getByRole('link', { name: 'Open the matrix' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'compliant' })).toContainText(`${percent} compliant`);

  const counts: { name: RegExp; status?: RegExp; filter: [string, string] }[] = [
    { name: /^[\d,]+ overdue, /, status: /: Overdue\b/, filter: ['Anyone with', 'Overdue'] },
    { name: /^[\d,]+ expired, /, status: /: Expired\b/, filter: ['Anyone with', 'Expired'] },
    { name: /^[\d,]+ expiring within 30 days, /, filter: ['Expiring in', '30 days'] },
    { name: /^[\d,]+ expiring within 60 days, /, filter: ['Expiring in', '60 days'] },
    { name: /^[\d,]+ expiring within 90 days, /, filter: ['Expiring in', '90 days'] },
  ];
  let shotTaken = false;
  for (const { name, status, filter } of counts) {
    await sections(page).getByRole('link', { name: 'Home' }).click();
    const { items, people } = await figuresOf(page, name);
    await page.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Training matrix' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: filter[0] })).toHaveText(filter[1]);
    const shown = page.getByRole('status').filter({ hasText: 'shown' });
    await expect(shown).toContainText(new RegExp(`(?<!\\d)${people} of [\\d,]+ (person|people) shown`));
    if (status) {
      const grid = page.getByRole('grid', { name: 'Training matrix' });
      await expect(grid.getByRole('link', { name: status })).toHaveCount(items);
    }
    if (!shotTaken && people > 0) {
      await saveScreenshot(page, 'home-count-to-matrix');
      shotTaken = true;
    }
  }
  expect(shotTaken).toBe(true);
});

test('a new PCN with no staff: the home page says what it will show and how to begin', async ({ page, app }) => {
  await setUpEmptyPcn(page, app);
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'No one in the staff register yet' })).toBeVisible();
  await saveScreenshot(page, 'home-lead-empty');
  // The page itself: the top bar's bell with nothing unread fails label-content-name-mismatch (not this page's).
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await page.getByRole('link', { name: 'Add a worker' }).click();
  await expect(page.getByLabel('Full name')).toBeVisible();
});

test('the home page says when it cannot load, and loads on Retry', async ({ page, app }) => {
  await app.open(page);
  await page.getByRole('button', { name: 'Load the example PCN' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await app.failNext('home.lead');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  await saveScreenshot(page, 'home-lead-failed');
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('region', { name: 'Compliance' })).toBeVisible();
});

/** The example PCN's home, with the "Acting as" list open to choose whom to act as. */
async function openExampleHomeActingAs(page: Page, app: AppFixture): Promise<void> {
  await app.open(page);
  await page.getByRole('button', { name: 'Load the example PCN' }).click();
  await expect(page.getByRole('region', { name: 'Compliance' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Acting as' }).click();
}

test('on one computer, acting as a worker adds their next steps to the home page, each a link to the fix', async ({
  page,
  app,
}) => {
  await openExampleHomeActingAs(page, app);
  const worker = page.getByRole('option', { name: 'Amelia Patel' });
  await worker.click();
  const steps = page.getByRole('region', { name: 'Next steps for Amelia Patel' });
  await expect(steps.getByRole('link').first()).toBeVisible();
  await saveScreenshot(page, 'home-acting-as-worker');
  await steps.getByRole('link', { name: /^Competency assessment: Overdue/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amelia Patel' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Competencies', selected: true })).toBeVisible();
});

test('on one computer, acting as a supervisor names their supervisees’ table by whose they are', async ({
  page,
  app,
}) => {
  await openExampleHomeActingAs(page, app);
  const gp = page.getByRole('option', { name: /^Dr .+ \(GP partner\)$/ }).first();
  const name = ((await gp.textContent()) ?? '').replace(/ \(GP partner\)$/, '');
  await gp.click();
  const card = page.getByRole('region', { name: `Supervisees of ${name}` });
  const table = card.getByRole('table', {
    name: `Supervisees of ${name}: next session due, sessions to sign, assessments to review`,
  });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('table', { name: /^My supervisees/ })).toHaveCount(0);
  await card.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'home-acting-as-supervisor', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
});
