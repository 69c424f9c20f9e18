import { z } from 'zod';
import type { BackupList, BackupMade, BackupRestored } from '../../domain/backups.ts';
import { backupNowInput, backupRestoreInput } from '../../schemas/backups.ts';
import { LEAD } from '../access.ts';
import { method } from '../method.ts';

// A backup holds everyone's data, and a restore replaces it: the lead's alone.
export const backupMethods = {
  'backup.list': method<BackupList>()(z.object({}).strict(), LEAD),
  'backup.now': method<BackupMade>()(backupNowInput, LEAD),
  'backup.restore': method<BackupRestored>()(backupRestoreInput, LEAD),
};
