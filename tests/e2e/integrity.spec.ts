import { expect, saveScreenshot, test } from './fixtures.ts';
import { withPlainSql } from '../support/plain-sql.ts';
import { expectNoSeriousA11yViolations, openExample } from './helpers.ts';

test('Check integrity on the example PCN: every audit entry and locked record checks out', async ({ page, app }) => {
  await openExample(page, app, 'Audit log');
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  // A clean file opens with no integrity banner.
  await expect(page.getByRole('status', { name: 'Integrity problems' })).toHaveCount(0);

  const panel = page.getByRole('region', { name: 'Integrity' });
  await panel.getByRole('button', { name: 'Check integrity' }).click();
  await expect(panel.getByRole('status')).toContainText(
    /^All \d+ entries and \d+ locked records check out\. Checked \d\d\/\d\d\/\d{4} \d\d:\d\d\.$/,
  );

  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'audit-integrity-check');
});

test('a supervision record changed outside Linkwork: the check names it, and every page says so after reopening', async ({
  page,
  app,
}) => {
  await openExample(page, app, 'Audit log');
  // Someone with the file drops the triggers that lock signed supervision records and rewrites one.
  withPlainSql(app.running.dataDir, (db) =>
    db.exec(`DROP TRIGGER supervision_session_locked; DROP TRIGGER signed_supervision_session_only_countersigned;
      UPDATE supervision_session SET wellbeing = 'Rewritten later' WHERE id = (SELECT min(id) FROM supervision_session);`),
  );

  const panel = page.getByRole('region', { name: 'Integrity' });
  await app.failNext('audit.checkIntegrity');
  await panel.getByRole('button', { name: 'Check integrity' }).click();
  await expect(panel.getByRole('alert')).toContainText('Linkwork could not load the integrity check');
  await panel.getByRole('button', { name: 'Retry' }).click();
  const result = panel.getByRole('status');
  await expect(result).toContainText('Linkwork found 2 problems');
  await expect(result).toContainText(/2 safeguards on supervision records \(.*\) were removed from the data file/);
  await expect(result).toContainText(
    /The supervision record of .+ on \d\d\/\d\d\/\d{4} was changed outside Linkwork after it was signed/,
  );
  await saveScreenshot(page, 'audit-integrity-problems');

  await app.restart();
  await app.open(page);
  const banner = page.getByRole('status', { name: 'Integrity problems' });
  await expect(banner).toContainText('When Linkwork opened this data file on 16/11/2026 09:00, it found 2 problems');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'integrity-banner');
  await banner.getByRole('link', { name: 'See the audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  await expect(
    page.getByRole('row').filter({ hasText: 'Checking the data file on opening found 2 problems' }),
  ).toBeVisible();
});
