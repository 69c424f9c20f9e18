import type { Locator } from '@playwright/test';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, openExample } from './helpers.ts';

/** "12 of 40 people with a signed assessment", or "40 people ...", as numbers. */
async function peopleShown(status: Locator): Promise<{ shown: number; of: number }> {
  const text = (await status.textContent()) ?? '';
  const [, shown = '0', , of] = /^([\d,]+)( of ([\d,]+))? (people|person)/.exec(text) ?? [];
  const number = (s: string) => Number(s.replace(/,/g, ''));
  return { shown: number(shown), of: number(of ?? shown) };
}

test('the competency heat map has a key to its colours, the team average, and filters by employer and practice', async ({
  page,
  app,
}) => {
  await openExample(page, app, 'Competencies');
  const map = page.getByRole('table', { name: 'Competency heat map' });
  await expect(map.getByRole('row', { name: /^Team average/ })).toBeVisible();
  const key = page.getByRole('region', { name: 'Key to the colours' });
  for (const words of ['0 Not yet', '2 Competent (independent)', 'average 3.0', 'no agreed rating'])
    await expect(key).toContainText(words);
  const status = page.getByRole('status').filter({ hasText: 'with a signed assessment' });
  const everyone = await peopleShown(status);
  expect(everyone.shown).toBeGreaterThan(5);
  await expect(map.getByRole('row', { name: /^Team average/ })).toContainText(`Team average (${everyone.shown})`);

  await page.getByRole('combobox', { name: 'Practice' }).click();
  const practice = page.getByRole('option').nth(1);
  const practiceName = ((await practice.textContent()) ?? '').trim();
  await practice.click();
  await expect(status).toContainText(` of ${everyone.of} people`);
  const byPractice = await peopleShown(status);
  expect(byPractice.shown).toBeLessThan(everyone.of);
  const people = map.locator('tbody tr th');
  await expect(page.locator('.MuiPopover-root')).toHaveCount(0);
  await expect(people).toHaveCount(byPractice.shown);
  for (const person of await people.all()) await expect(person).toContainText(practiceName);
  await saveScreenshot(page, 'competency-heatmap-filtered');

  await page.getByRole('combobox', { name: 'Practice' }).click();
  await page.getByRole('option', { name: 'All practices' }).click();
  await page.getByRole('combobox', { name: 'Employer' }).click();
  await page.getByRole('option').nth(1).click();
  await expect(status).toContainText(` of ${everyone.of} people`);
  expect((await peopleShown(status)).shown).toBeLessThan(everyone.of);

  await page.getByRole('combobox', { name: 'Employer' }).click();
  await page.getByRole('option', { name: 'All employers' }).click();
  await expect(status).toHaveText(new RegExp(`^${everyone.of} people with a signed assessment`));
  await expect(page.locator('.MuiPopover-root')).toHaveCount(0);
  await saveScreenshot(page, 'competency-heatmap');
  await expectNoSeriousA11yViolations(page);
});
