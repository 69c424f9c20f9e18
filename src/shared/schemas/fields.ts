import { z } from 'zod';
import { isIsoDate } from '../rules/dates.ts';
import { CALENDAR_YEARS, isCalendarYear } from '../rules/plausible.ts';

export const id = z.number({ error: 'Missing id' }).int().positive();

export const isoDate = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .min(1, `Enter the ${what}`)
    .refine(isIsoDate, { message: `The ${what} is not a real date (use dd/mm/yyyy)`, abort: true })
    .refine(
      isCalendarYear,
      `Check the year of the ${what}: use a year from ${CALENDAR_YEARS.first} to ${CALENDAR_YEARS.last}`,
    );

/** The id of a catalogue item (a requirement, a framework, an area, a competency): what the backend looks up. */
export const itemId = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(100, 'An id is at most 100 characters: choose one from the list')
    // Every catalogue id is made as a slug, so anything else names nothing and is not echoed back.
    .regex(/^[a-z0-9][a-z0-9.-]*$/, 'An id is lower-case letters, digits, dots and hyphens: choose one from the list');

/**
 * ODS codes by their published shape (NHS Digital, Organisation Data Service): a PCN's is U and 5 digits
 * (U12345); a GP practice's, a prescribing cost centre code, is a letter and 5 digits (A81001). Typed in
 * lower case, they are kept in capitals.
 */
const odsCodeShaped = (missing: string, shape: RegExp, problem: string) =>
  z.string({ error: missing }).trim().min(1, missing).toUpperCase().regex(shape, problem);

export const pcnOdsCode = odsCodeShaped(
  'Enter the PCN ODS code',
  /^U\d{5}$/,
  'A PCN ODS code is U and 5 digits, such as U12345',
);

export const practiceOdsCode = odsCodeShaped(
  'Enter the practice ODS code',
  /^[A-Z]\d{5}$/,
  'A practice ODS code is a letter and 5 digits, such as A81001',
);
