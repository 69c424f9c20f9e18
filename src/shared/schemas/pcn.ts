import { z } from 'zod';
import { EMPLOYER_KINDS } from '../domain/pcn.ts';
import { id, pcnOdsCode, practiceOdsCode } from './fields.ts';
import { nameText, staffText } from './staff-text.ts';

export const pcnFields = z.object({
  name: nameText('PCN name'),
  odsCode: pcnOdsCode,
  fullTimeHours: z
    .number({ error: 'Enter the full-time hours a week' })
    .gt(0, 'Full-time hours must be above 0')
    .max(60, 'Full-time hours cannot be above 60'),
});

export const practiceFields = z.object({ name: nameText('practice name'), odsCode: practiceOdsCode });

export const employerFields = z.object({
  name: nameText('employer name'),
  kind: z.enum(EMPLOYER_KINDS, { error: 'Choose the kind of employer' }),
});

export const colleagueFields = z.object({
  name: nameText('name'),
  jobTitle: staffText(80, { required: 'Enter the job title, such as GP partner' }),
  practiceId: id.nullable(),
});

export const pcnSetUpInput = z.object({
  pcn: pcnFields,
  practices: z
    .array(practiceFields)
    .min(1, 'Add at least one member practice')
    .max(100, 'A PCN has at most 100 member practices'),
  leadPracticeIndex: z.number().int().min(0).max(99),
});
