import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, openExample } from './helpers.ts';

async function go(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
}

for (const { route, what, shot } of [
  { route: '#/assessments/99999', what: 'assessment', shot: 'not-found-assessment' },
  { route: '#/supervision/99999', what: 'supervision record', shot: 'not-found-supervision' },
  { route: '#/staff/99999', what: 'worker', shot: 'not-found-worker' },
]) {
  test(`an unknown ${what} shows "not found" with a way back`, async ({ page, app }) => {
    await openExample(page, app);
    await go(page, route);

    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    const back = page.getByRole('link', { name: /^Back to / });
    await expect(back).toBeVisible();
    await saveScreenshot(page, shot);
    await expectNoSeriousA11yViolations(page);

    await back.click();
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

test('a call that fails shows the error and a Retry that works', async ({ page, app }) => {
  await openExample(page, app);
  await page.getByLabel('Search staff').fill('a');
  const firstWorker = page.getByRole('table', { name: 'Staff register' }).getByRole('link').first();
  const name = (await firstWorker.textContent()) ?? '';

  await app.failNext('worker.get');
  await firstWorker.click();

  const failure = page.getByRole('alert').filter({ hasText: 'Linkwork could not load this worker' });
  await expect(failure).toContainText('A test switched on a fault in worker.get');
  await saveScreenshot(page, 'failed-with-retry');
  await expectNoSeriousA11yViolations(page);

  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(failure).toBeHidden();
});

test('the address without its key gets a page saying how to open Linkwork, with no script', async ({ page, app }) => {
  const origin = new URL(app.running.url).origin;
  const answer = await page.goto(origin);
  expect(answer?.status()).toBe(401);
  await expect(page).toHaveTitle('Open Linkwork from the address it printed');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This address does not open Linkwork');
  await expect(page.getByRole('main')).toContainText(`It looks like ${origin}/?token=…`);
  await expect(page.locator('script')).toHaveCount(0);
  expect((await page.request.get(`${origin}/favicon.svg`)).headers()['content-type']).toBe('image/svg+xml');
  await saveScreenshot(page, 'no-token');
  await expectNoSeriousA11yViolations(page);

  // The launch address opens the app, and a reload (the page has taken the key out of the address) still does.
  await app.open(page);
  await page.reload();
  await expect(page.locator('#root[data-app-state="ready"]')).toBeAttached();
});
