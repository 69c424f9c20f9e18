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
