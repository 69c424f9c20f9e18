import { z } from 'zod';
import { ACTION_STATES, MAX_SESSION_MINUTES } from '../domain/supervision.ts';
import { findNhsNumbers } from '../rules/nhs-number.ts';
import { id, isoDate, optionalText } from './fields.ts';

/** Free text that must not carry patient identifiers: anything shaped like a valid NHS number is refused. */
const staffOnlyText = (max: number) =>
  optionalText(max)
    .default('')
    .superRefine((text, ctx) => {
      const found = findNhsNumbers(text);
      if (found.length) {
        ctx.addIssue({
          code: 'custom',
          message: `This looks like an NHS number (${found.join(', ')}): remove patient identifiers before saving`,
        });
      }
    });

export const sessionActionFields = z.object({
  description: staffOnlyText(500).refine((d) => d.length >= 3, 'Describe the action'),
  owner: optionalText(120).min(1, 'Say who owns the action'),
  dueDate: isoDate('due date'),
  status: z.enum(ACTION_STATES).default('open'),
});

export const sessionFields = z
  .object({
    workerId: id,
    date: isoDate('session date'),
    kind: z.string().trim().min(1, 'Choose the kind of supervision'),
    supervisorId: id.nullable(),
    supervisorName: optionalText(120).default(''),
    supervisorRole: optionalText(120).default(''),
    durationMinutes: z
      .number({ error: 'Enter how long the session lasted, in minutes' })
      .int('Use whole minutes')
      .refine((m) => m > 0, 'A session lasts more than 0 minutes')
      .refine((m) => m <= MAX_SESSION_MINUTES, 'A session cannot be longer than 8 hours'),
    caseloadActive: z.number().int().min(0, 'The caseload cannot be negative').max(5000).nullable(),
    newReferrals: z.number().int().min(0, 'New referrals cannot be negative').max(5000).nullable(),
    casesDiscussed: staffOnlyText(4000),
    risks: staffOnlyText(4000),
    referralsBack: staffOnlyText(2000),
    wellbeing: staffOnlyText(2000),
    learningNeeds: staffOnlyText(2000),
    learningCompetencyIds: z.array(z.string()).max(30).default([]),
    actions: z.array(sessionActionFields).max(30).default([]),
    nextDate: isoDate('next session date').nullable(),
  })
  .refine((s) => s.supervisorId !== null || s.supervisorName.length > 0, {
    path: ['supervisorName'],
    message: 'Choose the supervisor, or give an outside supervisor’s name',
  })
  .refine((s) => s.nextDate === null || s.nextDate > s.date, {
    path: ['nextDate'],
    message: 'The next session must be after this one',
  });

export type SessionFields = z.output<typeof sessionFields>;
export type SessionActionFields = z.output<typeof sessionActionFields>;
