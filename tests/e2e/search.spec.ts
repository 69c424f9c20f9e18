import { expect, saveScreenshot, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, openExample } from './helpers.ts';

// The example PCN on the pinned today, 16/11/2026: Grace Campbell is a link worker; October 2026 is a claim month.
test('the top-bar search finds a person by part of their name and a claim by its month, by keyboard', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  const search = page.getByRole('combobox', { name: 'Search' });
  await expect(search).toHaveAttribute('placeholder', 'Search (/ or Ctrl+K)');

  // "/" comes to the search box; part of a surname, in any case, finds the person.
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.type('CAMPB');
  const listbox = page.getByRole('listbox');
  const people = listbox.getByRole('group', { name: 'People' });
  await expect(people.getByRole('option', { name: /Grace Campbell/ })).toBeVisible();
  await saveScreenshot(page, 'search-person');
  await expectNoSeriousA11yViolations(page);

  // Escape closes the list; the arrows and Enter open a result.
  await page.keyboard.press('Escape');
  await expect(listbox).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await expect(people.getByRole('option', { name: /Grace Campbell/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Grace Campbell' })).toBeVisible();
  await expect(search).toHaveValue('');

  // Ctrl+K from anywhere; a month as people write it finds that month's claim.
  await page.keyboard.press('Control+k');
  await expect(search).toBeFocused();
  await page.keyboard.type('Oct 2026');
  await expect(listbox.getByRole('option', { name: /ARRS claim for October 2026/ })).toBeVisible();
  await saveScreenshot(page, 'search-claim');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'ARRS claim: October 2026' })).toBeVisible();

  // Nothing found says so.
  await search.click();
  await page.keyboard.type('zzqx');
  await expect(page.getByText('No matches')).toBeVisible();
});

test('the search box fits a narrow window, and a failed search says so', async ({ page, app }) => {
  await page.setViewportSize({ width: 800, height: 700 });
  await openExample(page, app);
  await app.failNext('search.query');
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.click();
  await page.keyboard.type('safeguarding');
  await expect(page.getByRole('alert').filter({ hasText: 'Search failed' })).toBeVisible();
  await page.keyboard.press('Backspace');
  await expect(
    page
      .getByRole('listbox')
      .getByRole('option', { name: /Safeguarding adults/ })
      .first(),
  ).toBeVisible();
  await saveScreenshot(page, 'search-narrow', { fullPage: false });
  await expectNoSeriousA11yViolations(page);
});
