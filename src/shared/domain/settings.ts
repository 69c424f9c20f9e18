import { z } from 'zod';

export const appSettingsFields = z.object({
  expiringSoonDays: z
    .number({ error: 'Enter a number of days' })
    .int('Use a whole number of days')
    .min(0, 'The window cannot be negative')
    .max(365, 'Use a window of a year or less'),
  evidenceMaxBytes: z
    .number({ error: 'Enter a size limit' })
    .int()
    .min(100 * 1024, 'Allow at least 100 KB')
    .max(50 * 1024 * 1024, 'Evidence files can be at most 50 MB'),
});

export type AppSettings = z.output<typeof appSettingsFields>;
