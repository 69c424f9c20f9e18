import { z } from 'zod';
import { CPD_HOURS } from '../domain/cpd.ts';
import { id, isoDate, itemId } from './fields.ts';
import { evidenceUpload } from './requirements.ts';
import { staffText } from './staff-text.ts';

const hours = z
  .number({ error: 'Enter the hours, such as 1.5' })
  .min(CPD_HOURS.min, `Enter at least ${CPD_HOURS.min} hours (a quarter of an hour)`)
  .max(CPD_HOURS.max, `One entry is at most ${CPD_HOURS.max} hours: log a long course in parts`)
  .refine((h) => Number.isInteger(h * 4), 'Give the hours in quarters of an hour, such as 1.25 or 1.5');

/** What a CPD entry says; every text goes through the NHS-number guard (staffText). */
export const cpdFields = z.object({
  date: isoDate('date'),
  kind: itemId('Choose the kind of CPD'),
  title: staffText(200, { min: [3, 'Give it a title (at least 3 characters)'] }),
  hours,
  learned: staffText(2000, { multiline: true }).default(''),
  practiceChange: staffText(2000, { multiline: true }).default(''),
  competencyIds: z.array(itemId('Choose a competency')).max(50, 'Link at most 50 competencies').default([]),
});

/** The entry's evidence file: a new upload, or (on an update) `keep` the one it has, or none. */
export const cpdEvidence = z.union([evidenceUpload, z.literal('keep'), z.null()]).default(null);

export const cpdAddInput = z.object({ workerId: id, fields: cpdFields, evidence: cpdEvidence });
export const cpdUpdateInput = z.object({ id, fields: cpdFields, evidence: cpdEvidence });
export const cpdSuggestionInput = z.object({ workerId: id, eventKey: z.string().min(1).max(120) });
