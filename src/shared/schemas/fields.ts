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

export const odsCode = z
  .string({ error: 'Enter the ODS code' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{3,10}$/, 'An ODS code is 3 to 10 letters and digits, such as A81001');
