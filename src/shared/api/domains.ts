/** The backend's domain folders; a method's prefix names the one that answers it. */
export const DOMAINS = [
  'accounts',
  'app',
  'audit',
  'backups',
  'caseload',
  'claims',
  'competencies',
  'compliance',
  'cpd',
  'evidence',
  'handouts',
  'home',
  'imports',
  'induction',
  'mail',
  'packs',
  'pcn',
  'reminders',
  'reports',
  'requirements',
  'search',
  'settings',
  'staff',
  'supervision',
  'training',
] as const;
export type Domain = (typeof DOMAINS)[number];

/** Each method prefix and its folder: the prefix itself, its plural, or the larger record it lives inside. */
export const DOMAIN_OF_PREFIX: Readonly<Record<string, Domain>> = {
  account: 'accounts',
  app: 'app',
  audit: 'audit',
  claim: 'claims',
  rate: 'claims',
  pay: 'claims',
  payroll: 'claims',
  arrsSum: 'claims',
  competency: 'competencies',
  framework: 'competencies',
  assessment: 'competencies',
  action: 'competencies',
  compliance: 'compliance',
  cpd: 'cpd',
  evidence: 'evidence',
  induction: 'induction',
  pcn: 'pcn',
  practice: 'pcn',
  employer: 'pcn',
  colleague: 'pcn',
  requirement: 'requirements',
  settings: 'settings',
  worker: 'staff',
  supervision: 'supervision',
  training: 'training',
  home: 'home',
  notification: 'reminders',
  reminder: 'reminders',
  mail: 'mail',
  search: 'search',
  report: 'reports',
  import: 'imports',
  backup: 'backups',
  pack: 'packs',
  handout: 'handouts',
  caseload: 'caseload',
};

export function domainOfMethod(method: string): Domain | undefined {
  return DOMAIN_OF_PREFIX[method.split('.')[0] ?? ''];
}

/**
 * What a committed write announces: which domains it wrote and which workers' data it touched
 * (null when it may have touched anyone's). `id` is unique per backend launch, so a page that hears
 * the same change twice (from its own call and from the event stream) acts on it once.
 */
export interface DataChange {
  id: string;
  domains: Domain[];
  workerIds: number[] | null;
}
