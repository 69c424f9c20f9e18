import { expect, test } from './fixtures.ts';
import { openExample } from './helpers.ts';

test.use({ today: '2031-02-03' });

test('an app started with --today says so and works out its dates from that day', async ({ page, app }) => {
  expect(app.running.output()).toContain('Today is fixed at 2031-02-03 (--today)');
  await openExample(page, app);

  await expect(page.getByRole('status', { name: 'Pinned date' })).toContainText(
    'Linkwork is treating 03/02/2031 as today',
  );
  // On 3 February, before the claim day (the 10th), the claim being prepared is January's, due on 10 February.
  await expect(page.getByRole('note').filter({ hasText: 'ARRS claim is due in' })).toContainText(
    'The January 2031 ARRS claim is due in 7 days.',
  );
});
