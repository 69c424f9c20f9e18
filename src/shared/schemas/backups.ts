import { z } from 'zod';

/** A backup's name inside the backups folder: never a path. */
export const backupId = z
  .string({ error: 'Choose a backup' })
  .min(1, 'Choose a backup')
  .max(200, 'That is not a backup’s name')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'That is not a backup’s name');

export const backupNowInput = z
  .object({
    /** A folder on the computer that holds the data file; null for the backups folder beside it. */
    folder: z.string().trim().min(1, 'Enter a folder').max(1000, 'That folder’s path is too long').nullable(),
  })
  .strict();

export const backupRestoreInput = z.object({ id: backupId }).strict();
