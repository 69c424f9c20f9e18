import { z } from 'zod';
import { id, isoDate, personName } from './fields.ts';

export const ROLES = ['splw', 'care_coordinator', 'hwbc'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  splw: 'Social prescribing link worker',
  care_coordinator: 'Care coordinator',
  hwbc: 'Health and wellbeing coach',
};

export const ROLE_PLURALS: Record<Role, string> = {
  splw: 'social prescribing link workers',
  care_coordinator: 'care coordinators',
  hwbc: 'health and wellbeing coaches',
};

export const MAX_HOURS_PER_WEEK = 60;

const workerObject = z.object({
  name: personName('worker’s name'),
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

export interface Worker extends WorkerFields {
  id: number;
}

/** A worker as the register lists them, with the names of what they link to. */
export interface WorkerRow extends Worker {
  employerName: string;
  basePracticeName: string | null;
  supervisorName: string | null;
  firstContactName: string | null;
}
