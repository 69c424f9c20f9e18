import { z } from 'zod';
import { CHECKS, RECORD_STATUSES, REQUIREMENT_KINDS } from '../domain/requirements.ts';
import { ROLES } from '../domain/staff.ts';
import { id, isoDate, optionalText } from './fields.ts';

const wholeNumber = (what: string, max: number) =>
  z
    .number({ error: `${what} must be a whole number` })
    .int(`${what} must be a whole number`)
    .min(0)
    .max(max);

export const dueRule = z.discriminatedUnion(
  'type',
  [
    z
      .object({
        type: z.literal('after_start'),
        days: wholeNumber('Days', 3650).optional(),
        months: wholeNumber('Months', 120).optional(),
      })
      .strict(),
    z.object({ type: z.literal('fixed_date'), date: isoDate('fixed due date') }).strict(),
    z.object({ type: z.literal('before_first_claim') }).strict(),
  ],
  { error: 'The due rule type must be after_start, fixed_date or before_first_claim' },
);
export type DueRule = z.output<typeof dueRule>;

export const requirementFields = z
  .object({
    id: z
      .string({ error: 'Each requirement needs an id' })
      .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'An id is 2 to 63 lower-case letters, digits and hyphens'),
    title: optionalText(200).min(3, 'Give the requirement a title'),
    /** For matrix column headings; the title is used when empty. */
    shortTitle: optionalText(40).default(''),
    kind: z.enum(REQUIREMENT_KINDS, { error: 'kind must be training, induction or arrs_condition' }),
    roles: z.array(z.enum(ROLES, { error: `Unknown role: use ${ROLES.join(', ')}` })).min(1, 'Name at least one role'),
    due: dueRule,
    renewalMonths: z.number().int().min(1).max(240).nullable(),
    evidence: optionalText(300).default(''),
    check: z.enum(CHECKS).default('record'),
    /** For `supervision` checks: the kind of session that counts (any kind when empty). */
    sessionKind: optionalText(60).default(''),
    blocksClaim: z.boolean({ error: 'blocksClaim must be true or false' }),
    source: optionalText(500).default(''),
  })
  .strict();
export type RequirementFields = z.output<typeof requirementFields>;

export const catalogueFile = z
  .object({
    catalogue: z.literal('requirements', { error: 'This is not a requirements catalogue file' }),
    version: z.number().int().min(1),
    source: z.string().default(''),
    requirements: z.array(requirementFields).min(1, 'The catalogue lists no requirements'),
  })
  .strict();
export type CatalogueFile = z.output<typeof catalogueFile>;

export const evidenceUpload = z.object({
  fileName: z.string().trim().min(1, 'The file has no name').max(255, 'The file name is too long'),
  dataBase64: z.string().min(1, 'The file is empty'),
});

export const recordInput = z
  .object({
    workerId: id,
    requirementId: z.string().min(1, 'Choose the requirement'),
    status: z.enum(RECORD_STATUSES, { error: 'Choose a status: booked, enrolled, in progress or completed' }),
    startDate: isoDate('start date').nullable().default(null),
    completedOn: isoDate('completion date').nullable().default(null),
    expiresOn: isoDate('expiry date').nullable().default(null),
    provider: optionalText(200).default(''),
    notes: optionalText(2000).default(''),
    signedOffBy: optionalText(120).nullable().default(null),
    evidence: z.array(evidenceUpload).max(5, 'Attach at most 5 files to one record').default([]),
  })
  .refine((r) => r.status !== 'completed' || r.completedOn !== null, {
    path: ['completedOn'],
    message: 'Enter the date it was completed',
  })
  .refine((r) => r.expiresOn === null || r.completedOn === null || r.expiresOn > r.completedOn, {
    path: ['expiresOn'],
    message: 'The expiry date must be after the completion date',
  });
export type RecordInput = z.output<typeof recordInput>;
