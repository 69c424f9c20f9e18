import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import type { RunningTeam } from '../support/team-mode.ts';
import { expect } from './fixtures.ts';

/** Each person on their own computer: a browser context of their own, with the project's viewport and locale. */
export async function newPerson(browser: Browser, team: RunningTeam): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: team.baseUrl,
    viewport: { width: 1366, height: 860 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  return { context, page: await context.newPage() };
}

/** Opens a one-time link and chooses a password, which signs the person in and opens their home. */
export async function setPassword(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('The same password again').fill(password);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.locator('#root[data-app-state="ready"]')).toBeAttached();
}

/** The lead's "Invite to sign in" within `scope` (as a viewer when asked) and the one-time link it shows. */
export async function invite(
  scope: Locator | Page,
  page: Page,
  person: string,
  email: string,
  roles: { viewer?: boolean } = {},
): Promise<string> {
  await scope.getByRole('button', { name: 'Invite to sign in' }).click();
  const dialog = page.getByRole('dialog', { name: `Invite ${person} to sign in` });
  await dialog.getByLabel('E-mail address').fill(email);
  if (roles.viewer) await dialog.getByRole('checkbox', { name: /^Viewer/ }).check();
  await dialog.getByRole('button', { name: 'Make the link' }).click();
  const shown = page.getByRole('dialog', { name: `A link for ${person}` });
  await expect(shown).toContainText('NHSmail');
  const link = await shown.getByLabel('One-time link').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/welcome\/invitation\/[\w-]+$/);
  await shown.getByRole('button', { name: 'Done' }).click();
  return link;
}
