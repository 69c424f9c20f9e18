import type { CaseloadCount } from '../../shared/domain/caseload.ts';

/**
 * Headings that look like they name, number, locate, reach or date a patient. A caseload report is counts by worker:
 * a file with any such column is refused whole, whatever the column holds. Counts of people ("Patients supported",
 * "Phone contacts") are not identifiers: a person word refuses only alone or with a name, number or the like.
 */
const PATIENT_IDENTIFIERS: readonly RegExp[] = [
  /\bnhs ?(number|no\b|num\b|#)|^nhs$/,
  /^(the )?(patient|service ?user|client|person)s?'?( (name|id|identifier|number|no\.?|ref|reference|details))?$/,
  /(patient|service ?user|client)'?s?'? (name|id\b|identifier|number|no\b|ref\b|reference)/,
  /name of (the )?(patient|service ?user|client|person)/,
  /\bdob\b|d\.o\.b|birth/,
  /\baddress\b|post ?code|zip code/,
  /\bmrn\b|hospital (number|no\b)|\b(forename|surname|first ?name|last ?name|family name|given name)s?\b/,
  /\b(phone|telephone|tel|mobile|contact) ?(number|no\b|#)|^(phone|telephone|tel|mobile)$/,
  /^e-?mail$/,
];

export const looksLikePatientHeading = (heading: string): boolean => {
  const words = heading.trim().toLowerCase().replace(/\s+/g, ' ');
  return PATIENT_IDENTIFIERS.some((pattern) => pattern.test(words));
};

export type ImportColumn = 'worker' | 'month' | CaseloadCount;

/**
 * Each column and the headings it is guessed from, tried in this order so that the narrower guess wins
 * ("Referrals declined" is the declined count, not the referrals). The SNOMED codes are those a clinical system's
 * monthly report is run on: 871731000000106 referral to a social prescribing service, 871711000000103 social
 * prescribing declined.
 */
const GUESSES: readonly [ImportColumn, RegExp][] = [
  ['worker', /clinician|worker|staff|practitioner|user|^name$|^who$/i],
  ['month', /month|period|^date$/i],
  ['referralsDeclined', /declin|871711000000103/i],
  ['supportEnded', /ended|discharg|closed|finish/i],
  ['supportedAtEnd', /supported|caseload|active|open/i],
  ['referralsAccepted', /referr|accepted|871731000000106/i],
  ['contacts', /contact|appointment|session/i],
];

/** Which column each field is in, guessed from the headings; a field with no heading is left out. */
export function guessColumns(headers: readonly string[]): Partial<Record<ImportColumn, number>> {
  const taken = new Set<number>();
  const columns: Partial<Record<ImportColumn, number>> = {};
  for (const [field, pattern] of GUESSES) {
    const index = headers.findIndex((h, i) => !taken.has(i) && pattern.test(h));
    if (index >= 0) {
      columns[field] = index;
      taken.add(index);
    }
  }
  return columns;
}
