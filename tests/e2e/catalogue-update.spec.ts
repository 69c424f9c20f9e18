import fs from 'node:fs';
import { withPlainSql } from '../support/plain-sql.ts';
import { expect, saveScreenshot, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, openExample } from './helpers.ts';

interface Correction {
  id: string;
  was: { title: string; renewalMonths: number | null; evidence: string; source: string; check: string; due: unknown };
}
const corrections = (
  JSON.parse(fs.readFileSync('resources/catalogue/requirements-v2-changes.json', 'utf8')) as { changes: Correction[] }
).changes;

test('a data file from catalogue version 1 is corrected on opening, and the lead is told what changed until they dismiss it', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  // The file as catalogue version 1 left it, with the SDM e-learning's deadline changed by the PCN to 9 months.
  withPlainSql(app.running.dataDir, (db) => {
    const asShipped = db.prepare(
      `UPDATE requirement SET title = @title, renewal_months = @renewalMonths, evidence = @evidence, source = @source,
         check_kind = @check, cpd = NULL, due = @due WHERE id = @id`,
    );
    for (const { id, was } of corrections) asShipped.run({ ...was, id, due: JSON.stringify(was.due) });
    db.exec(`UPDATE requirement SET catalogue_version = 1;
      UPDATE requirement SET due = '{"type":"after_start","months":9}' WHERE id = 'cc-sdm-elearning';
      DELETE FROM catalogue_update;`);
  });
  await app.restart();
  await app.open(page);

  const notice = page.getByRole('status').filter({ hasText: 'The requirements catalogue was updated to version 2' });
  await expect(notice).toContainText('on 16/11/2026');
  await expect(notice).toContainText("Link workers' peer-support requirement is met from their CPD log");
  await expect(notice).toContainText(
    "Health and wellbeing coaches' supervision is due every month (it was every 3 months).",
  );
  await expect(notice).toContainText(
    "Care coordinators' shared decision making e-learning counts only once completed: being enrolled is not enough. Not changed here: your PCN had edited this requirement, so your version is kept.",
  );
  await expect(notice.getByRole('link', { name: 'Review your requirements in Settings' })).toBeVisible();
  await saveScreenshot(page, 'catalogue-update-notice', { fullPage: false });
  await expectNoSeriousA11yViolations(page);

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await expect(page.getByText('The requirements catalogue was updated')).toHaveCount(0);
});
