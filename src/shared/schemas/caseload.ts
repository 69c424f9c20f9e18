import { z } from 'zod';
import type { CaseloadCount } from '../domain/caseload.ts';
import { CASELOAD_COUNT_INFO } from '../domain/caseload.ts';
import { monthField } from './claims.ts';
import { id } from './fields.ts';
import { staffText } from './staff-text.ts';

const count = (field: CaseloadCount) => {
  const { label, max } = CASELOAD_COUNT_INFO[field];
  return z
    .number({ error: `Enter ${label.toLowerCase()}` })
    .int('Use a whole number')
    .min(0, 'A count cannot be negative')
    .max(max, `${label}: more than ${max.toLocaleString('en-GB')} in a month is not plausible, check the figure`);
};

export const caseloadCounts = z
  .object({
    referralsAccepted: count('referralsAccepted'),
    referralsDeclined: count('referralsDeclined'),
    contacts: count('contacts'),
    supportedAtEnd: count('supportedAtEnd'),
    supportEnded: count('supportEnded'),
  })
  .strict();

export const caseloadSaveInput = z.object({ workerId: id, month: monthField, counts: caseloadCounts }).strict();
export type CaseloadSaveInput = z.output<typeof caseloadSaveInput>;

/** A CSV of counts by worker and month. */
export const caseloadImportInput = z
  .object({
    fileName: staffText(255, { required: 'The file has no name', tooLong: 'The file name is too long' }),
    dataBase64: z.string().min(1, 'The file is empty'),
  })
  .strict();
export type CaseloadImportInput = z.output<typeof caseloadImportInput>;

const perYear = z
  .number({ error: 'Enter a number of people' })
  .int('Use a whole number of people')
  .min(1, 'Use at least 1 person a year')
  .max(2000, 'Use 2,000 people a year or fewer');
const perPerson = z
  .number({ error: 'Enter a number of contacts' })
  .min(0.5, 'Use at least half a contact per person')
  .max(100, 'Use 100 contacts per person or fewer');

export const caseloadThresholdsInput = z
  .object({
    peoplePerYearMin: perYear,
    peoplePerYearMax: perYear,
    contactsPerPersonMin: perPerson,
    contactsPerPersonMax: perPerson,
  })
  .strict();
