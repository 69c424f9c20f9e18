import type { Page } from '@playwright/test';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { startTeamMode } from '../support/team-mode.ts';
import { E2E_TODAY, expect, saveScreenshot, test } from './fixtures.ts';
import { addLinkWorker, expectNoSeriousA11yViolations, loadExample, openExample } from './helpers.ts';
import { newPerson, setPassword } from './team-helpers.ts';

const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;

const NEWCOMER = 'Zainab Okafor';

async function openFromMenu(page: Page, link: 'Backups' | 'Staff register'): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: link })).toBeVisible();
}

/** A copy of backup `id` planted beside it as `name`, saying (in its backup.json) it was made at `madeAt`; its data file. */
function plantCopy(dataDir: string, id: string, name: string, madeAt: string): string {
  const to = path.join(dataDir, 'backups', name);
  fs.cpSync(path.join(dataDir, 'backups', id), to, { recursive: true });
  const about = path.join(to, 'backup.json');
  fs.writeFileSync(about, JSON.stringify({ ...JSON.parse(fs.readFileSync(about, 'utf8')), madeAt }));
  return path.join(to, fs.readdirSync(to).find((file) => file.endsWith('.sqlite')) ?? '');
}

/**
 * Two copies of a backup as someone might find them: one (made at 08:00) damaged where a restore's check looks but
 * the list does not (the audit log's first page), so it is offered for restoring and refused when tried; and one
 * (made at 07:00) that is not a data file at all, which the list says cannot be restored.
 */
function plantBrokenCopies(dataDir: string, id: string): void {
  const damaged = plantCopy(dataDir, id, 'manual-2026-11-16-08.00.00', '2026-11-16T08:00:00.000Z');
  const db = new Database(damaged, { readonly: true });
  const page = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'audit_log'").pluck().get() as number;
  db.close();
  const bytes = fs.readFileSync(damaged);
  const pageSize = bytes.readUInt16BE(16);
  bytes.fill(0xa5, (page - 1) * pageSize, (page - 1) * pageSize + 64);
  fs.writeFileSync(damaged, bytes);

  const notData = plantCopy(dataDir, id, 'manual-2026-11-16-07.00.00', '2026-11-16T07:00:00.000Z');
  fs.writeFileSync(notData, 'Minutes of the practice managers’ meeting');
}

test('the lead backs up, adds someone, restores the backup and they are gone; a damaged backup is refused and nothing changes', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  // The list failing to load says why and offers to try again; the example's data folder has no backups yet.
  await app.failNext('backup.list');
  await openFromMenu(page, 'Backups');
  const failure = page.getByRole('alert').filter({ hasText: 'Linkwork could not load the backups' });
  await expect(failure).toContainText('A test switched on a fault in backup.list');
  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('note')).toHaveText(
    'No backups yet: Linkwork makes one each day it is in use, or make one now with “Back up now”.',
  );

  // First a copy elsewhere (a USB stick, say), which the backups folder does not list; not inside the data folder,
  // where it would be lost with it.
  const inside = path.join(app.running.dataDir, 'usb-stick');
  fs.mkdirSync(inside);
  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'linkwork-usb-stick-'));
  await page.getByRole('button', { name: 'Back up now…' }).click();
  const backUp = page.getByRole('dialog', { name: 'Back up now' });
  await expect(backUp.getByRole('radio', { name: /^Linkwork’s backups folder/ })).toBeChecked();
  await backUp.getByRole('radio', { name: 'Another folder' }).check();
  const folderField = backUp.getByRole('textbox', { name: 'Folder' });
  await expect(folderField).toBeFocused();
  await folderField.fill(inside);
  await backUp.getByRole('button', { name: 'Back up now' }).click();
  await expect(backUp).toContainText(
    `${inside} is inside Linkwork's data folder, so a copy there would be lost with it`,
  );
  await folderField.fill(elsewhere);
  await saveScreenshot(page, 'backups-back-up-now');
  await expectNoSeriousA11yViolations(page);
  await backUp.getByRole('button', { name: 'Back up now' }).click();
  await expect(backUp).toBeHidden();
  const done = page.getByRole('status').filter({ hasText: 'Backed up' });
  await expect(done).toContainText(`Backed up 12 people, 265 training records and no evidence files to ${elsewhere}`);
  expect(fs.readdirSync(elsewhere)).toHaveLength(1);
  fs.rmSync(elsewhere, { recursive: true, force: true });

  await page.getByRole('button', { name: 'Back up now…' }).click();
  await backUp.getByRole('button', { name: 'Back up now' }).click();
  await expect(backUp).toBeHidden();
  const folder = path.join(app.running.dataDir, 'backups');
  await expect(done).toContainText(`to ${folder}`);
  const table = page.getByRole('table', { name: 'Backups' });
  const byHand = table.getByRole('row').filter({ hasText: 'Made by hand' });
  // The copy made elsewhere is kept in the backups folder too.
  await expect(byHand).toHaveCount(2);
  await saveScreenshot(page, 'backups-page');
  await expectNoSeriousA11yViolations(page);
  const id = fs.readdirSync(folder).find((name) => name.startsWith('manual-')) ?? '';

  await openFromMenu(page, 'Staff register');
  await addLinkWorker(page, NEWCOMER);

  await openFromMenu(page, 'Backups');
  await byHand
    .first()
    .getByRole('button', { name: /^Restore the backup made / })
    .click();
  const restore = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(restore).toContainText(/holds 12 people, 265 training records and no evidence files\./);
  await expect(restore).toContainText(
    /Everything entered since \d\d\/\d\d\/\d{4} \d\d:\d\d will be replaced by this backup\. The data as it is now is kept first as a backup of its own, so you can go back\./,
  );
  await saveScreenshot(page, 'backups-restore-dialog');
  await expectNoSeriousA11yViolations(page);
  await restore.getByRole('button', { name: 'Restore' }).click();
  await expect(restore).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText(
    /^Restored the backup made \d\d\/\d\d\/\d{4} \d\d:\d\d\. The data as it was just before is kept as the backup made /,
  );
  await expect(table.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);
  await saveScreenshot(page, 'backups-restored');
  await expectNoSeriousA11yViolations(page);

  await openFromMenu(page, 'Staff register');
  await expect(page.getByRole('link', { name: 'Amelia Patel' })).toBeVisible();
  await expect(page.getByRole('link', { name: NEWCOMER })).toHaveCount(0);

  plantBrokenCopies(app.running.dataDir, id);
  await openFromMenu(page, 'Backups');
  await page.reload();
  await expect(page.getByRole('row', { name: 'Backup made 16/11/2026 07:00 (made by hand)' })).toContainText(
    'Cannot be restored. It is not a Linkwork data file.',
  );
  await expect(
    page.getByRole('button', { name: 'Restore the backup made 16/11/2026 07:00 (made by hand)' }),
  ).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore the backup made 16/11/2026 08:00 (made by hand)' }).click();
  await restore.getByRole('button', { name: 'Restore' }).click();
  await expect(restore.getByRole('alert')).toContainText(
    /^The backup manual-2026-11-16-08\.00\.00 cannot be restored: its data file is damaged .*\. Nothing has been changed\.$/,
  );
  await saveScreenshot(page, 'backups-restore-refused');
  await expectNoSeriousA11yViolations(page);
  await restore.getByRole('button', { name: 'Cancel' }).click();
  await expect(table.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);
  await openFromMenu(page, 'Staff register');
  await expect(page.getByRole('link', { name: 'Amelia Patel' })).toBeVisible();
  await expect(page.getByRole('link', { name: NEWCOMER })).toHaveCount(0);
});

test('in team mode the backups stay on the serving computer: "Back up now" writes only there, and the restore dialog says everyone must sign in again', async ({
  browser,
}) => {
  const team = await startTeamMode({ today: E2E_TODAY });
  try {
    const { page } = await newPerson(browser, team);
    await setPassword(page, team.leadLink, 'copper meadow bicycle 19');
    await loadExample(page);
    await openFromMenu(page, 'Backups');
    await expect(page.getByRole('region', { name: 'Where backups are kept' })).toContainText(
      'Linkwork backs up once a day while it is in use, once the PCN is set up, and keeps the daily backups of the last 14 days',
    );

    await page.getByRole('button', { name: 'Back up now…' }).click();
    const backUp = page.getByRole('dialog', { name: 'Back up now' });
    const folder = path.join(team.dataDir, 'backups');
    await expect(backUp).toContainText(`Backups are kept on the computer serving Linkwork, in ${folder}.`);
    await expect(backUp.getByRole('radio')).toHaveCount(0);
    await saveScreenshot(page, 'backups-back-up-now-team');
    await expectNoSeriousA11yViolations(page);
    await backUp.getByRole('button', { name: 'Back up now' }).click();
    await expect(backUp).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Backed up' })).toContainText(
      `to ${folder}${path.sep}manual-`,
    );

    await page.getByRole('button', { name: /^Restore the backup made .* \(made by hand\)$/ }).click();
    const restore = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(restore).toContainText(
      'Accounts and passwords go back to how they were in the backup, and everyone, you included, must sign in again.',
    );
    await saveScreenshot(page, 'backups-restore-dialog-team');
    await restore.getByRole('button', { name: 'Cancel' }).click();
    await expect(restore).toBeHidden();
  } finally {
    await team.stop();
  }
});
