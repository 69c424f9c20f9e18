import fs from 'node:fs';
import path from 'node:path';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import type { PeriodicCheck } from '../periodic-check.ts';
import { checkPeriodically } from '../periodic-check.ts';
import { readPcn } from '../pcn/queries.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { BACKUP_FOLDER } from './leftovers.ts';
import { folderNameOf } from './names.ts';
import { writeBackupFolder } from './write.ts';

/** Daily backups sit beside the data file, one folder a day: `backups/daily-YYYY-MM-DD/`. */
const DAILY = /^daily-(\d{4}-\d{2}-\d{2})$/;

export interface DailyBackup {
  day: string;
  folder: string;
  evidenceFiles: number;
  /** Older daily folders removed to keep the number of days set in Settings. */
  removed: string[];
}

export const dailyFolderOf = (dataDir: string, day: string) => path.join(dataDir, BACKUP_FOLDER, `daily-${day}`);

/** Keeps the newest `days` daily folders and removes the rest (never one made by hand or before a restore). */
function prune(dataDir: string, days: number): string[] {
  const dir = path.join(dataDir, BACKUP_FOLDER);
  const daily = fs
    .readdirSync(dir)
    .filter((name) => DAILY.test(name))
    .sort()
    .reverse();
  const removed = daily.slice(days);
  for (const name of removed) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  return removed;
}

/** True when today (the backend's today, so a pinned clock decides) has no daily backup yet. */
export function backupIsDue(ctx: Ctx): boolean {
  return !fs.existsSync(dailyFolderOf(ctx.dataDir, today(ctx)));
}

/**
 * Today's backup, if it has not been made: SQLite's online backup of the open database (other calls carry
 * on meanwhile) and the evidence files, written beside the final folder and renamed into place only once the
 * copy has passed `PRAGMA integrity_check`; then the oldest are removed down to `backupDays`.
 * Returns null when today's backup already exists.
 */
export async function runBackupIfDue(ctx: Ctx): Promise<DailyBackup | null> {
  const day = today(ctx);
  if (fs.existsSync(dailyFolderOf(ctx.dataDir, day))) return null;
  const made = await writeBackupFolder(ctx, folderNameOf('daily', ctx.now()), { day });
  const removed = prune(ctx.dataDir, readAppSettings(ctx.db).backupDays);
  return { day, folder: made.folder, evidenceFiles: made.evidenceFiles, removed };
}

/** `checkNow` runs today's backup now if it is due (also what the timer does); resolves when it is done. */
export type BackupSchedule = PeriodicCheck<DailyBackup>;

/** How a timed job reaches the data: the backend's `whileOpen`, so a restore and the job never overlap. */
export type RunWhileOpen = <T>(work: () => Promise<T>) => Promise<T>;

/**
 * While Linkwork is in use (any shell): checks at once and then every `everyMs` whether today's backup is due, one run at a time.
 * Each outcome is reported through `log`; a failure is reported and tried again at the next check. Each check runs
 * through `whileOpen` (the shells pass the backend's).
 */
export function scheduleDailyBackups(
  ctx: Ctx,
  log: { info(line: string): void; error(line: string): void },
  { everyMs = 15 * 60_000, whileOpen }: { everyMs?: number; whileOpen: RunWhileOpen },
): BackupSchedule {
  const backUp = async (): Promise<DailyBackup | null> => {
    // Nothing worth keeping until the PCN is set up; the next check after that makes the day's backup.
    if (readPcn(ctx.db) === null) return null;
    const made = await runBackupIfDue(ctx);
    if (made)
      log.info(
        `Backed up to ${made.folder} (integrity checked; ${made.evidenceFiles} evidence files)` +
          (made.removed.length ? `; removed ${made.removed.join(', ')}` : ''),
      );
    return made;
  };
  return checkPeriodically(
    () => whileOpen(backUp),
    everyMs,
    (error) => log.error(`Linkwork could not make today's backup: ${error.message}`),
  );
}
