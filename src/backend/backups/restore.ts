import type { BackupKind, BackupRestored, BackupSummary } from '../../shared/domain/backups.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { conflict } from '../errors.ts';
import { openBackupFile } from './contents.ts';
import { findBackup, summaryOf } from './list.ts';
import { folderNameOf, onDayAtTime } from './names.ts';
import { checkRestorable } from './restore-check.ts';
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
 * `backup.restore`, up to the point where the data file holds the backup's data: the backup is checked through
 * (nothing changes if it fails), the data as it is is kept first as a `before-restore-…` backup, the evidence files the
 * backup's records name come back, and then its data file is copied in. The backend then opens the file afresh
 * (backend.ts), migrating it if it is older, and records the restore there (`recordRestore`).
 */
export async function restoreBackup(ctx: Ctx, input: { id: string }): Promise<BackupRestored> {
  // Between calls the connection is never part-way through a change; were it so, the copy could never take the
  // file's write lock, which that change holds.
  if (ctx.db.inTransaction)
    throw conflict('Linkwork is part-way through another change: restore the backup once it is done');
  const backup = findBackup(ctx, input.id);
  const restorable = checkRestorable(ctx, backup);
  const restored = summaryOf(backup);
  const keptName = freeName(ctx, folderNameOf('beforeRestore', ctx.now()));
  await writeBackupFolder(ctx, keptName, { kind: 'beforeRestore', restoring: backup.id });
  linkOrCopyFiles(restorable.evidenceRoot, ctx.dataDir, restorable.evidence);
  await copyInto(backup.dataFile, ctx.dataFile);
  return { restored, keptAs: summaryOf(findBackup(ctx, keptName)) };
}

/**
 * The restore in the restored file's own audit log: what was restored, by whom, and where the data it replaced was
 * kept. `who` is named before the restore, from the data as it was.
 */
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

export function recordRestore(ctx: Ctx, { restored, keptAs }: BackupRestored, who: string): void {
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
    },
  });
}
