import { DomainError } from '../errors.ts';

/**
 * The most people one printable report holds: about 70 pages of the matrix (three pages across for each 25
 * people) and 70 of the register, each drawn in under 2 s on an integrated care system's data. Beyond that a
 * PDF is no longer something anyone prints: the caller is asked to narrow the filters, or to use the CSV.
 */
export const PRINTABLE_PEOPLE = { matrix: 600, register: 2_000 } as const;

export function refuseTooMany(count: number, report: keyof typeof PRINTABLE_PEOPLE, narrowBy: string): void {
  const most = PRINTABLE_PEOPLE[report];
  if (count <= most) return;
  throw new DomainError(
    'VALIDATION',
    `The printable ${report} holds up to ${most.toLocaleString('en-GB')} people and ${count.toLocaleString('en-GB')} match these filters: narrow them by ${narrowBy}, or export the CSV for everyone.`,
  );
}
