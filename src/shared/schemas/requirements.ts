import { z } from 'zod';
import { MAX_EVIDENCE_FILES_PER_RECORD } from '../domain/evidence-limits.ts';
import { CHECKS, MET_BY, RECORD_STATUSES, REQUIREMENT_KINDS } from '../domain/requirements.ts';
import { CPD_KIND_IDS } from '../rules/cpd-kinds.ts';
import { roleList } from './competencies.ts';
import { id, isoDate, itemId } from './fields.ts';
import { staffText } from './staff-text.ts';

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

export const cpdCheckRule = z
  .object({
    kinds: z.array(itemId('Name a kind of CPD')).max(20).optional(),
    atLeastEveryMonths: z.number().int().min(1).max(120).optional(),
    hoursPerYear: z.number().min(0.25).max(1000).optional(),
    /** Days before the next entry is due that it shows as due soon (else the setting for every requirement). */
    dueSoonDays: z.number().int().min(0).max(365).optional(),
  })
  .strict();
export type CpdCheckRule = z.output<typeof cpdCheckRule>;

/**
 * A CPD rule belongs to a `cpd` check and says one thing: how often, or how many hours a year (a check with no
 * rule would count any entry). The kinds it names must be kinds a person can log, or it could never be met.
 */
function checkCpdRule(r: { check: string; cpd: CpdCheckRule | null }, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (r.check !== 'cpd') {
    if (r.cpd !== null) issue(['cpd'], 'Only a requirement met from the CPD log (check "cpd") has a CPD rule');
    return;
  }
  const rules = [r.cpd?.atLeastEveryMonths, r.cpd?.hoursPerYear].filter((rule) => rule !== undefined);
  if (rules.length !== 1)
    issue(['cpd'], 'A CPD check needs one rule: at least every so many months, or so many hours a year (not both)');
  r.cpd?.kinds?.forEach((kind, index) => {
    if (!CPD_KIND_IDS.has(kind))
      issue(['cpd', 'kinds', index], `"${kind}" is not a kind of CPD: use ${[...CPD_KIND_IDS].join(', ')}`);
  });
}

export const requirementFields = z
  .object({
    id: z
      .string({ error: 'Each requirement needs an id' })
      .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'An id is 2 to 63 lower-case letters, digits and hyphens'),
    title: staffText(200, { min: [3, 'Give the requirement a title'] }),
    /** For matrix column headings; the title is used when empty. */
    shortTitle: staffText(40).default(''),
    kind: z.enum(REQUIREMENT_KINDS, { error: 'kind must be training, induction or arrs_condition' }),
    roles: roleList.min(1, 'Name at least one role'),
    due: dueRule,
    renewalMonths: z.number().int().min(1).max(240).nullable(),
    evidence: staffText(300).default(''),
    check: z.enum(CHECKS).default('record'),
    /** For `record` checks: whether an enrolment or training under way meets it, or only a completion. */
    metBy: z.enum(MET_BY, { error: 'metBy must be completion or enrolment' }).default('completion'),
    /** For `supervision` checks: the kind of session that counts (any kind when empty). */
    sessionKind: staffText(60).default(''),
    /** For `cpd` checks: the kinds of CPD that count, and how often or how many hours a year. */
    cpd: cpdCheckRule.nullable().default(null),
    blocksClaim: z.boolean({ error: 'blocksClaim must be true or false' }),
    source: staffText(500, { multiline: true }).default(''),
  })
  .strict()
  .superRefine(checkCpdRule);
export type RequirementFields = z.output<typeof requirementFields>;

export const catalogueFile = z
  .object({
    catalogue: z.literal('requirements', { error: 'This is not a requirements catalogue file' }),
    version: z.number().int().min(1),
    source: staffText(1000, { multiline: true }).default(''),
    requirements: z
      .array(requirementFields)
      .min(1, 'The catalogue lists no requirements')
      .max(1000, 'A catalogue lists at most 1,000 requirements'),
  })
  .strict();
export type CatalogueFile = z.output<typeof catalogueFile>;

/** A requirement named by its id in the catalogue (the backend checks it is there). */
export const requirementId = itemId('Choose the requirement');

export const evidenceUpload = z.object({
  fileName: staffText(255, { required: 'The file has no name', tooLong: 'The file name is too long' }),
  dataBase64: z.string().min(1, 'The file is empty'),
});

/** More hours than a year of full-time work in one record is a slip of the finger. */
export const MAX_TRAINING_HOURS = 2000;

/** Hours spent training, to the quarter hour. */
const trainingHours = z
  .number({ error: 'Enter the hours as a number, such as 7.5' })
  .positive('Enter the hours the training took, more than 0')
  .max(MAX_TRAINING_HOURS, `A record holds at most ${MAX_TRAINING_HOURS.toLocaleString('en-GB')} hours`)
  .refine((h) => Number.isInteger(h * 4), 'Give the hours to the nearest quarter hour, such as 3.25');

/** What a record says, whoever it is about: the fields a correction may change. */
export const recordFields = z.object({
  status: z.enum(RECORD_STATUSES, { error: 'Choose a status: booked, enrolled, in progress or completed' }),
  startDate: isoDate('start date').nullable().default(null),
  completedOn: isoDate('completion date').nullable().default(null),
  expiresOn: isoDate('expiry date').nullable().default(null),
  provider: staffText(200).default(''),
  notes: staffText(2000, { multiline: true }).default(''),
  signedOffBy: staffText(120).nullable().default(null),
  trainingHours: trainingHours.nullable().default(null),
  reimbursable: z.boolean({ error: 'Say whether the training is towards a level 3 standard' }).default(false),
});

/** Certificates to store with a record. */
export const evidenceUploads = z
  .array(evidenceUpload)
  .max(MAX_EVIDENCE_FILES_PER_RECORD, `Attach at most ${MAX_EVIDENCE_FILES_PER_RECORD} files to one record`)
  .default([]);

/** Only a completion has a completion date, and an expiry comes after it. */
export const withRecordRules = <
  T extends z.ZodType<
    Pick<
      z.output<typeof recordFields>,
      'status' | 'startDate' | 'completedOn' | 'expiresOn' | 'trainingHours' | 'reimbursable'
    >
  >,
>(
  schema: T,
) =>
  schema
    .refine((r) => r.status !== 'completed' || r.completedOn !== null, {
      path: ['completedOn'],
      message: 'Enter the date it was completed',
    })
    .refine((r) => r.status === 'completed' || r.completedOn === null, {
      path: ['completedOn'],
      message: 'Only a completed record has a completion date: leave it empty, or choose completed',
    })
    .refine((r) => r.expiresOn === null || r.completedOn === null || r.expiresOn > r.completedOn, {
      path: ['expiresOn'],
      message: 'The expiry date must be after the completion date',
    })
    .refine((r) => !r.reimbursable || r.trainingHours !== null, {
      path: ['trainingHours'],
      message: 'Enter the hours spent: only time can be reimbursed',
    })
    .refine((r) => r.trainingHours === null || r.status !== 'booked', {
      path: ['trainingHours'],
      message: 'Record the hours once the training has begun, not while it is booked',
    })
    .refine((r) => r.trainingHours === null || r.startDate !== null || r.completedOn !== null, {
      path: ['startDate'],
      message: 'Enter when the training was done, so its hours count in the right month',
    });

export const recordInput = withRecordRules(
  z.object({ workerId: id, requirementId, ...recordFields.shape, evidence: evidenceUploads }),
);
export type RecordInput = z.output<typeof recordInput>;
