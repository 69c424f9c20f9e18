import { z } from 'zod';
import { id, odsCode, optionalText, personName } from './fields.ts';

export const EMPLOYER_KINDS = ['lead_practice', 'pcn_entity', 'subcontracted'] as const;
export type EmployerKind = (typeof EMPLOYER_KINDS)[number];

export const EMPLOYER_KIND_LABELS: Record<EmployerKind, string> = {
  lead_practice: 'Lead practice',
  pcn_entity: 'PCN entity',
  subcontracted: 'Sub-contracted provider',
};

export interface Pcn {
  name: string;
  odsCode: string;
  fullTimeHours: number;
}

export interface Practice {
  id: number;
  name: string;
  odsCode: string;
}

export interface Employer {
  id: number;
  name: string;
  kind: EmployerKind;
}

export interface Colleague {
  id: number;
  name: string;
  jobTitle: string;
  practiceId: number | null;
}

export const pcnFields = z.object({
  name: personName('PCN name'),
  odsCode,
  fullTimeHours: z
    .number({ error: 'Enter the full-time hours a week' })
    .gt(0, 'Full-time hours must be above 0')
    .max(60, 'Full-time hours cannot be above 60'),
});

export const practiceFields = z.object({ name: personName('practice name'), odsCode });

export const employerFields = z.object({
  name: personName('employer name'),
  kind: z.enum(EMPLOYER_KINDS, { error: 'Choose the kind of employer' }),
});

export const colleagueFields = z.object({
  name: personName('name'),
  jobTitle: optionalText(80).min(1, 'Enter the job title, such as GP partner'),
  practiceId: id.nullable(),
});

export const pcnSetUpInput = z.object({
  pcn: pcnFields,
  practices: z.array(practiceFields).min(1, 'Add at least one member practice'),
  leadPracticeIndex: z.number().int().min(0),
});
