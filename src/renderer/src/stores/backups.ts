import type { BackupList, BackupMade, BackupRestored } from '../../../shared/domain/backups.ts';
import { call } from '../api/client.ts';
import { createResource } from './resource.ts';

/** The backups folder's backups, newest first, with where they are kept and how many daily ones are kept. */
export const backupList = createResource<null, BackupList>({
  name: 'the backups',
  load: () => call('backup.list', {}),
  // A restore brings back everything, settings too (how many days are kept).
  dependsOn: ['backups', 'settings'],
});

/**
 * A backup now: into the backups folder (`folder` null) or another folder on the computer holding the data. Its
 * audit entry is announced as a change to 'backups', so every window's list reloads.
 */
export const backUpNow = (folder: string | null): Promise<BackupMade> => call('backup.now', { folder });

/**
 * Puts a backup in place of the data as it is now (kept first as a backup of its own). The backend announces
 * the change to every domain, so every page on screen reloads.
 */
export const restoreBackup = (id: string): Promise<BackupRestored> => call('backup.restore', { id });
