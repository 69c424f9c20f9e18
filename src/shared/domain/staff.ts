import type { WorkerFields } from '../schemas/staff.ts';

export type { WorkerFields };

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
