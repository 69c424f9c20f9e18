import type { CaseloadFigures, CaseloadThresholds } from '../../../../shared/domain/caseload.ts';
import { formatMonth } from '../../../../shared/rules/dates.ts';
import { countOf } from '../../../../shared/rules/words.ts';

/** "November 2025 to October 2026". */
export const windowWords = (f: CaseloadFigures): string => `${formatMonth(f.fromMonth)} to ${formatMonth(f.toMonth)}`;

/** The pro-rated norm for people: "norm 200–250". */
export const expectedWords = (f: CaseloadFigures): string => `norm ${f.expectedPeople.min}–${f.expectedPeople.max}`;

export const contactsNormWords = (t: CaseloadThresholds): string =>
  `norm ${t.contactsPerPersonMin}–${t.contactsPerPersonMax}`;

/** "10 of 12 months recorded". */
export const recordedWords = (f: CaseloadFigures): string =>
  `${f.monthsRecorded} of ${countOf(f.monthsInPost, 'month')} recorded`;

export const contactsPerPersonText = (f: CaseloadFigures): string =>
  f.contactsPerPerson === null ? '—' : f.contactsPerPerson.toLocaleString('en-GB', { maximumFractionDigits: 1 });
