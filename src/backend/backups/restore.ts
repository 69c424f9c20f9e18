import fs from 'node:fs';
import path from 'node:path';
import type { BackupKind, BackupRestored, BackupSummary } from '../../shared/domain/backups.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { conflict } from '../errors.ts';
import { openBackupFile } from './contents.ts';
import { BACKUP_FOLDER, unfinishedFolderName } from './leftovers.ts';
import { findBackup, summaryOf } from './list.ts';
import { folderNameOf, onDayAtTime } from './names.ts';
import { checkRestorable } from './restore-check.ts';
import { clearRestoreMarker, markRestoreUnderWay } from './restore-marker.ts';
import { freeName, linkOrCopyFiles, writeBackupFolder } from './write.ts';

/**
 * Copies a backup's data file into the live one with SQLite's own backup, page by page in one transaction: every
 * connection to the file (the backend's, team mode's readers) sees the old data or the new, never a mixture, and the
 * file stays the one they have open, so no connection is left reading a file that is no longer there.
 */
async function copyInto(backupFile: string, dataFile: string): Promise<void> {
  const source = openBackupFile(backupFile);
  try {
    // Everything in one step: the destination is locked from the first step to the last.
    await source.backup(dataFile, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
}

/**
 * `backup.restore`, up to the point where the data file holds the backup's data: the backup is checked through and
 * opened as a copy of its own, migrated there when it is older (nothing changes if any of it fails); the data as it
 * is is kept first as a `before-restore-…` backup, the evidence files the backup's records name come back, and then
 * the checked copy is copied in, so nothing that follows can fail on the backup's contents. The backend then opens
 * the file afresh (backend.ts) and records the restore there (`recordRestore`).
 */
export async function restoreBackup(ctx: Ctx, input: { id: string }): Promise<BackupRestored> {
  // Between calls the connection is never part-way through a change; were it so, the copy could never take the
  // file's write lock, which that change holds.
  if (ctx.db.inTransaction)
    throw conflict('Linkwork is part-way through another change: restore the backup once it is done');
  const backup = findBackup(ctx, input.id);
  // A hidden folder, removed at the end, or at the next launch if Linkwork stops part-way.
  const staging = path.join(ctx.dataDir, BACKUP_FOLDER, unfinishedFolderName('restoring'));
  try {
    const staged = path.join(staging, path.basename(ctx.dataFile));
    const restorable = checkRestorable(ctx, backup, staged);
    const restored = summaryOf(backup);
    const keptName = freeName(ctx, folderNameOf('beforeRestore', ctx.now()));
    const kept = await writeBackupFolder(ctx, keptName, { kind: 'beforeRestore', restoring: backup.id });
    try {
      linkOrCopyFiles(restorable.evidenceRoot, ctx.dataDir, restorable.evidence);
      markRestoreUnderWay(ctx.dataFile);
      await copyInto(staged, ctx.dataFile);
    } catch (error) {
      // Nothing was replaced, so the backup of the data as it is would be a restore that never happened: it goes.
      clearRestoreMarker(ctx.dataFile);
      fs.rmSync(kept.folder, { recursive: true, force: true });
      throw conflict(
        `Linkwork could not copy the backup ${backup.id} in, so nothing has changed: ${(error as Error).message}`,
      );
    }
    return { restored, keptAs: summaryOf(findBackup(ctx, keptName)) };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** A backup in a sentence, by its kind and when it was made (the audit log shows dates as dd/mm/yyyy). */
function described(backup: BackupSummary): string {
  const when = onDayAtTime(backup.madeAt);
  const words: Record<BackupKind, string> = {
    daily: `the daily backup made ${when}`,
    manual: `the backup made by hand ${when}`,
    beforeUpgrade: `the copy taken before an upgrade ${when}`,
    beforeRestore: `the backup made before a restore ${when}`,
  };
  return words[backup.kind];
}

/**
 * The restore in the restored file's own audit log: what was restored, by whom, and where the data it replaced was
 * kept. `who` is named before the restore, from the data as it was. Every session ends: the backup's accounts,
 * passwords and sessions are those of its day, so a session it holds may since have ended or been refused, and
 * everyone (the restorer too) signs in again against the restored accounts.
 */
export function recordRestore(ctx: Ctx, { restored, keptAs }: BackupRestored, who: string): void {
  const sessionsEnded = ctx.db.prepare('DELETE FROM account_session').run().changes;
  recordAudit(ctx, {
    action: 'backup.restore',
    entity: 'backup',
    entityId: null,
    actor: who,
    summary:
      `Restored ${described(restored)}; the data it replaced is kept in the backups folder, ` +
      `listed as made before a restore ${onDayAtTime(keptAs.madeAt)}`,
    after: {
      restored: restored.id,
      restoredMadeAt: restored.madeAt,
      keptAs: keptAs.id,
      people: restored.people,
      records: restored.records,
      sessionsEnded,
    },
  });
}
