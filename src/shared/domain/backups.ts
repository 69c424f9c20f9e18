/** How a backup came to be: the day's automatic one, "Back up now", or a copy kept before an upgrade or restore. */
export const BACKUP_KINDS = ['daily', 'manual', 'beforeUpgrade', 'beforeRestore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  daily: 'Daily',
  manual: 'Made by hand',
  beforeUpgrade: 'Before an upgrade',
  beforeRestore: 'Before a restore',
};

/** One backup in the backups folder, as the Backups screen lists it. */
export interface BackupSummary {
  /** Its name inside the backups folder: what `backup.restore` is given. */
  id: string;
  kind: BackupKind;
  /** When it was made (an instant, ISO 8601). */
  madeAt: string;
  /** The data file and its evidence files together, in bytes. */
  sizeBytes: number;
  /** People in its staff register and training records it holds; null when it cannot be read. */
  people: number | null;
  records: number | null;
  evidenceFiles: number;
  schemaVersion: number | null;
  /** Why it cannot be restored (not a Linkwork file, made by a newer version…); null when it looks whole. */
  problem: string | null;
}

export interface BackupList {
  /** The folder backups are kept in, on the computer that holds the data file. */
  folder: string;
  /** How many daily backups are kept (Settings). */
  keepDays: number;
  /** Newest first. */
  backups: BackupSummary[];
}

/** What "Back up now" made, and where. */
export interface BackupMade {
  backup: BackupSummary;
  /** The folder the copy was written to: the chosen one, or the backups folder. */
  location: string;
}

/** What a restore did: the backup now in use, and the data file as it was, kept first as a backup of its own. */
export interface BackupRestored {
  restored: BackupSummary;
  keptAs: BackupSummary;
}
