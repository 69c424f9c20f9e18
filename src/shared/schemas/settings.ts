import { z } from 'zod';
import { MAX_EVIDENCE_FILE_BYTES, megabytes } from '../domain/evidence-limits.ts';
import { RATE_AREAS } from '../domain/rates.ts';
import { formatPounds } from '../rules/money.ts';
import { MAX_MONTHLY_PENCE } from '../rules/plausible.ts';
import { staffText } from './staff-text.ts';

const coveragePercent = z
  .number({ error: 'Enter a percentage' })
  .int('Use a whole percentage')
  .min(1, 'Use a percentage from 1 to 100')
  .max(100, 'Use a percentage from 1 to 100');

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
    .max(MAX_EVIDENCE_FILE_BYTES, `Evidence files can be at most ${megabytes(MAX_EVIDENCE_FILE_BYTES)}`),
  ratingLabels: z
    .array(staffText(60, { required: 'Give every rating a label' }), { error: 'Give the four rating labels' })
    .length(4, 'Give a label for each rating from 0 to 3'),
  competencyTarget: z.number().int().min(0).max(3, 'The target is a rating from 0 to 3'),
  /** Sign-off coverage: the share of a framework's competencies self-rated before the worker may submit... */
  selfRatedToSubmitPercent: coveragePercent,
  /** ...and with an agreed rating before the supervisor may sign, and before a signed assessment counts. */
  agreedToSignPercent: coveragePercent,
  supervisionKinds: z
    .array(staffText(60, { required: 'Give every kind a name' }))
    .min(1, 'Keep at least one kind of supervision')
    .max(50, 'List at most 50 kinds of supervision'),
  claimDayOfMonth: z.number().int().min(1, 'Use a day from 1 to 28').max(28, 'Use a day from 1 to 28'),
  claimableHoursLimit: z.number().min(1).max(60, 'Hours a week cannot be above 60'),
  weightedPopulation: z
    .number()
    .int()
    .min(0, 'The weighted population cannot be negative')
    .max(10_000_000, 'A weighted population above 10,000,000 is not plausible: check the figure'),
  subcontractedContributionPence: z
    .number()
    .int()
    .min(0, 'The contribution cannot be negative')
    .max(
      MAX_MONTHLY_PENCE,
      `A contribution above ${formatPounds(MAX_MONTHLY_PENCE)} a month is not plausible: check the figure`,
    ),
  /** Which ARRS maxima apply to the PCN. */
  pcnArea: z.enum(RATE_AREAS, { error: 'Choose national, outer London or inner London' }),
  /** Team mode: a session not used for this many minutes ends (its absolute limit is 12 hours). */
  sessionIdleMinutes: z
    .number({ error: 'Enter a number of minutes' })
    .int('Use a whole number of minutes')
    .min(5, 'Use at least 5 minutes')
    .max(480, 'Use 480 minutes (8 hours) or less'),
  /** Team mode: how many daily backups are kept while serving. */
  backupDays: z
    .number({ error: 'Enter a number of days' })
    .int('Use a whole number of days')
    .min(1, 'Keep at least one day')
    .max(365, 'Keep a year of backups or less'),
});

export type AppSettings = z.output<typeof appSettingsFields>;
