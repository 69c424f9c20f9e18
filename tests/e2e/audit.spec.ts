import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { dataFolderWithAuditHistory } from '../support/audit-history.ts';
import { makeDataDir, startApp } from '../support/browser-mode.ts';
import { E2E_TODAY, expect, saveScreenshot, test } from './fixtures.ts';
import { expectNoSeriousA11yViolations, fillDate } from './helpers.ts';

const OUT = path.resolve('test-results/downloads');

test('the audit log filtered by dates and action, and exactly those entries exported as CSV', async ({ page }) => {
  // A year of a PCN's history, written on known days (tests/support/audit-history.ts), then opened on E2E_TODAY.
  const dataDir = makeDataDir();
  await dataFolderWithAuditHistory(dataDir);
  const app = await startApp(dataDir, { today: E2E_TODAY });
  try {
    await page.goto(app.url);
    await expect(page.locator('#root[data-app-state="ready"]')).toBeAttached();
    await page.getByRole('link', { name: 'Audit log' }).click();
    const count = page.getByRole('status').filter({ hasText: /entr(y|ies)/ });
    await expect(count).toHaveText(/^\d+ entries$/);

    // The actions are offered in words, grouped by area.
    await page.getByRole('combobox', { name: 'Action' }).click();
    await expect(page.getByRole('option', { name: 'Assessment signed' })).toBeVisible();
    await saveScreenshot(page, 'audit-action-list');
    await page.getByRole('combobox', { name: 'Action' }).fill('Training rec');
    await page.getByRole('option', { name: 'Training recorded', exact: true }).click();
    await expect(count).toHaveText('4 entries match these filters');

    await fillDate(page, 'From', '01/06/2026');
    await fillDate(page, 'To', '30/06/2026');
    await expect(count).toHaveText('1 entry matches these filters');
    const log = page.getByRole('table', { name: 'Audit log' });
    // 23:30 on 15 June in London is 22:30 UTC: the entry belongs to the 15th, as the page says.
    await expect(log.getByRole('row')).toHaveCount(2);
    await expect(log.getByRole('row').nth(1)).toContainText('15/06/2026 23:30');
    await expect(log).toContainText('Recorded Fire safety as completed for Kwame Mensah');
    await log.getByText('Details').click();
    await expect(log.getByRole('definition')).toContainText(['Kwame Mensah', 'Fire safety', 'Completed', '15/06/2026']);
    await expect(page).toHaveURL(/#\/audit\?action=training\.record&from=2026-06-01&to=2026-06-30$/);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'audit-filtered');

    fs.mkdirSync(OUT, { recursive: true });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export 1 entry (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('audit-log-training-recorded-from-2026-06-01-to-2026-06-30.csv');
    const saved = path.join(OUT, file.suggestedFilename());
    await file.saveAs(saved);
    const rows = Papa.parse<string[]>(fs.readFileSync(saved, 'utf8').replace(/^\ufeff/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(rows).toEqual([
      ['When', 'Who', 'Action', 'Record', 'Worker', 'What happened', 'Changes'],
      [
        '15/06/2026 23:30',
        'Sam Lead',
        'Training recorded',
        'Training record',
        'Kwame Mensah',
        'Recorded Fire safety as completed for Kwame Mensah',
        expect.stringContaining('requirement: Fire safety; status: Completed; completion date: 15/06/2026'),
      ],
    ]);

    // Clearing the filters shows every entry again, and the whole log pages with its total.
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(count).toHaveText(/^\d+ entries$/);
    await expect(page.getByRole('group', { name: 'From', exact: true }).locator('input')).toHaveValue('');
    await expect(page.getByText(/^1–\d+ of \d+$/)).toBeVisible();
    await page
      .getByRole('row', { name: /Changed hours a week for worker Kwame Mensah/ })
      .getByText('Details', { exact: true })
      .click();
    await expect(page.getByRole('definition').filter({ hasText: '30 → 22.5' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'audit-all');
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
