import { z } from 'zod';
import { ACTION_STATES, MAX_SESSION_MINUTES } from '../domain/supervision.ts';
import { competencyId } from './competencies.ts';
import { id, isoDate } from './fields.ts';
import { staffText } from './staff-text.ts';

/** One of the session's notes: several lines, empty when there is nothing to say. */
const notes = (max: number) => staffText(max, { multiline: true }).default('');

export const sessionActionFields = z.object({
  description: staffText(500, { multiline: true, min: [3, 'Describe the action'] }),
  owner: staffText(120, { required: 'Say who owns the action' }),
  dueDate: isoDate('due date'),
  status: z.enum(ACTION_STATES).default('open'),
});

export const sessionFields = z
  .object({
    workerId: id,
    date: isoDate('session date'),
    kind: staffText(60, { required: 'Choose the kind of supervision' }),
    supervisorId: id.nullable(),
    supervisorName: staffText(120).default(''),
    supervisorRole: staffText(120).default(''),
    durationMinutes: z
      .number({ error: 'Enter how long the session lasted, in minutes' })
      .int('Use whole minutes')
      .refine((m) => m > 0, 'A session lasts more than 0 minutes')
      .refine((m) => m <= MAX_SESSION_MINUTES, 'A session cannot be longer than 8 hours'),
    caseloadActive: z.number().int().min(0, 'The caseload cannot be negative').max(5000).nullable(),
    newReferrals: z.number().int().min(0, 'New referrals cannot be negative').max(5000).nullable(),
    casesDiscussed: notes(4000),
    risks: notes(4000),
    referralsBack: notes(2000),
    wellbeing: notes(2000),
    learningNeeds: notes(2000),
    learningCompetencyIds: z.array(competencyId).max(30, 'Link at most 30 competencies').default([]),
    actions: z.array(sessionActionFields).max(30, 'Record at most 30 actions').default([]),
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

/** An addendum to a signed record. */
export const addendumText = staffText(4000, { multiline: true, min: [3, 'Write the addendum'] });

/** Personal mode only: the name typed to sign. */
export const signingName = staffText(120, { required: 'Type your name to sign' });
