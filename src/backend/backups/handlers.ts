import type { backupMethods } from '../../shared/api/methods/backups.ts';
import type { HandlerTable } from '../handler.ts';
import { listBackups } from './list.ts';
import { backUpNow } from './now.ts';
import { restoreBackup } from './restore.ts';

// `backup.restore` answers once the backup's data is in the data file; backend.ts then opens it afresh.
export const backupHandlers = {
  'backup.list': (_input, ctx) => listBackups(ctx),
  'backup.now': (input, ctx) => backUpNow(ctx, input),
  'backup.restore': (input, ctx) => restoreBackup(ctx, input),
} satisfies HandlerTable<keyof typeof backupMethods>;
