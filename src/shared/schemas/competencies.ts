import { z } from 'zod';
import { ACTION_STATUSES } from '../domain/competencies.ts';
import { ROLES } from '../domain/staff.ts';
import { id, isoDate, itemId } from './fields.ts';
import { staffText } from './staff-text.ts';

const rating = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], { error: 'A rating is 0, 1, 2 or 3' });

const slug = z
  .string({ error: 'Each entry needs an id' })
  .regex(/^[a-z0-9][a-z0-9.-]{0,80}$/, 'An id is lower-case letters, digits, dots and hyphens');

/** The roles a catalogue item is for: each at most once. */
export const roleList = z
  .array(z.enum(ROLES, { error: `Unknown role: use ${ROLES.join(', ')}` }))
  .max(ROLES.length, 'Name each role once');

/** A competency or framework title: one line, at least 3 characters. */
const title = (what: string) => staffText(200, { min: [3, `Give the ${what} a title`] });

export const competencyFields = z
  .object({
    id: slug,
    title: title('competency'),
    description: staffText(1000, { multiline: true }).default(''),
    source: staffText(300, { multiline: true }).default(''),
  })
  .strict();

export const areaFields = z
  .object({
    id: slug,
    title: title('area'),
    competencies: z
      .array(competencyFields)
      .min(1, 'An area needs at least one competency')
      .max(200, 'An area has at most 200 competencies'),
  })
  .strict();

/** A competency framework as data: the same shape in resources/catalogue, in the database and in JSON exports. */
export const frameworkDocument = z
  .object({
    catalogue: z.literal('competency-framework', { error: 'This is not a competency framework file' }),
    id: slug,
    version: z.number().int().min(1),
    title: title('framework'),
    roles: roleList.min(1, 'Name at least one role'),
    note: staffText(1000, { multiline: true }).default(''),
    source: staffText(1000, { multiline: true }).default(''),
    areas: z
      .array(areaFields)
      .min(1, 'A framework needs at least one area')
      .max(100, 'A framework has at most 100 areas'),
  })
  .strict();
export type FrameworkDocument = z.output<typeof frameworkDocument>;
export type Competency = z.output<typeof competencyFields>;

/** A competency named by its id in the framework (the backend checks it is there). */
export const competencyId = itemId('Choose the competency');
export const frameworkId = itemId('Choose the framework');

/** Editing one competency's wording (a new version of the framework). */
export const competencyWording = z.object({
  frameworkId,
  competencyId,
  title: title('competency'),
  description: staffText(1000, { multiline: true }).default(''),
});

export const actionFields = z.object({
  workerId: id,
  competencyId: competencyId.nullable(),
  description: staffText(500, { multiline: true, min: [3, 'Describe the action'] }),
  targetDate: isoDate('target date'),
  status: z.enum(ACTION_STATUSES, { error: 'Choose open, in progress or done' }),
});
export type ActionFields = z.output<typeof actionFields>;

export const ratingInput = z.object({
  assessmentId: id,
  competencyId,
  selfRating: rating.nullable(),
  reflection: staffText(4000, { multiline: true }).default(''),
  evidenceRecordIds: z.array(id).max(20).default([]),
});

export const reviewInput = z.object({
  assessmentId: id,
  competencyId,
  agreedRating: rating.nullable(),
  supervisorComment: staffText(4000, { multiline: true }).default(''),
});

/** "Agree with the worker's ratings" for one area of the framework, or for all of it (areaId null). */
export const agreeInput = z.object({
  assessmentId: id,
  areaId: itemId('Choose the area').nullable(),
});

/** Why a signed assessment is reopened: kept in the audit log. */
export const reopenReason = staffText(500, { min: [5, 'Say why it is being reopened (at least 5 characters)'] });
