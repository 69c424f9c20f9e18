import { z } from 'zod';
import { ACTION_STATUSES } from '../domain/competencies.ts';
import { ROLES } from '../domain/staff.ts';
import { id, isoDate, optionalText } from './fields.ts';

const rating = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], { error: 'A rating is 0, 1, 2 or 3' });

const slug = z
  .string({ error: 'Each entry needs an id' })
  .regex(/^[a-z0-9][a-z0-9.-]{0,80}$/, 'An id is lower-case letters, digits, dots and hyphens');

export const competencyFields = z
  .object({
    id: slug,
    title: optionalText(200).min(3, 'Give the competency a title'),
    description: optionalText(1000).default(''),
    source: optionalText(300).default(''),
  })
  .strict();

export const areaFields = z
  .object({
    id: slug,
    title: optionalText(200).min(3, 'Give the area a title'),
    competencies: z.array(competencyFields).min(1, 'An area needs at least one competency'),
  })
  .strict();

/** A competency framework as data: the same shape in resources/catalogue, in the database and in JSON exports. */
export const frameworkDocument = z
  .object({
    catalogue: z.literal('competency-framework', { error: 'This is not a competency framework file' }),
    id: slug,
    version: z.number().int().min(1),
    title: optionalText(200).min(3, 'Give the framework a title'),
    roles: z.array(z.enum(ROLES, { error: `Unknown role: use ${ROLES.join(', ')}` })).min(1, 'Name at least one role'),
    note: optionalText(1000).default(''),
    source: optionalText(1000).default(''),
    areas: z.array(areaFields).min(1, 'A framework needs at least one area'),
  })
  .strict();
export type FrameworkDocument = z.output<typeof frameworkDocument>;
export type Competency = z.output<typeof competencyFields>;

export const actionFields = z.object({
  workerId: id,
  competencyId: z.string().nullable(),
  description: optionalText(500).min(3, 'Describe the action'),
  targetDate: isoDate('target date'),
  status: z.enum(ACTION_STATUSES, { error: 'Choose open, in progress or done' }),
});
export type ActionFields = z.output<typeof actionFields>;

export const ratingInput = z.object({
  assessmentId: id,
  competencyId: z.string().min(1),
  selfRating: rating.nullable(),
  reflection: optionalText(4000).default(''),
  evidenceRecordIds: z.array(id).max(20).default([]),
});

export const reviewInput = z.object({
  assessmentId: id,
  competencyId: z.string().min(1),
  agreedRating: rating.nullable(),
  supervisorComment: optionalText(4000).default(''),
});
