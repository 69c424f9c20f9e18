import { z } from 'zod';
import { MAX_HOURS_PER_WEEK, ROLES } from '../domain/staff.ts';
import { id, isoDate } from './fields.ts';
import { nameText } from './staff-text.ts';

const workerObject = z.object({
  name: nameText('worker’s name'),
  role: z.enum(ROLES, {
    error: 'Choose a role: social prescribing link worker, care coordinator or health and wellbeing coach',
  }),
  employerId: z.number({ error: 'Choose an employer' }).int().positive('Choose an employer'),
  basePracticeId: id.nullable(),
  arrsFunded: z.boolean(),
  startDate: isoDate('start date'),
  leavingDate: isoDate('leaving date').nullable(),
  hoursPerWeek: z
    .number({ error: 'Enter the contracted hours a week' })
    .min(0, 'Hours a week cannot be negative')
    .max(MAX_HOURS_PER_WEEK, `Hours a week cannot be above ${MAX_HOURS_PER_WEEK}`)
    .refine((h) => h > 0, 'Hours a week must be above 0'),
  supervisorId: id.nullable(),
  firstContactId: id.nullable(),
});

const datesOnly = workerObject.pick({ startDate: true, leavingDate: true });

export const workerFields = workerObject.refine((w) => w.leavingDate === null || w.leavingDate >= w.startDate, {
  path: ['leavingDate'],
  message: 'The leaving date cannot be before the start date',
  // Check the dates even when other fields are wrong, so every problem shows at once.
  when: (payload) => datesOnly.safeParse(payload.value).success,
});

export type WorkerFields = z.output<typeof workerFields>;
