import type { backupMethods } from '../../shared/api/methods/backups.ts';
import { conflict } from '../errors.ts';
import type { HandlerTable } from '../handler.ts';

// Placeholder while the Backups screen is built: each answers that it is not ready.
const notYet = () => {
  throw conflict('Backups from inside Linkwork are not ready yet');
};

export const backupHandlers = {
  'backup.list': notYet,
  'backup.now': notYet,
  'backup.restore': notYet,
} satisfies HandlerTable<keyof typeof backupMethods>;
