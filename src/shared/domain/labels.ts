/** Plain-English names of stored fields, for audit summaries and change details. */
export const FIELD_LABELS: Record<string, string> = {
  name: 'name',
  role: 'role',
  employerId: 'employer',
  basePracticeId: 'base practice',
  arrsFunded: 'ARRS funding',
  startDate: 'start date',
  leavingDate: 'leaving date',
  hoursPerWeek: 'hours a week',
  supervisorId: 'named supervisor',
  firstContactId: 'first point of contact',
  odsCode: 'ODS code',
  kind: 'kind',
  jobTitle: 'job title',
  practiceId: 'practice',
  fullTimeHours: 'full-time hours',
};

export const fieldLabel = (key: string): string => FIELD_LABELS[key] ?? key;

/** `['a', 'b', 'c']` → `a, b and c`. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
