import { PRINTABLE_PEOPLE } from '../../shared/rules/printable.ts';
import { DomainError } from '../errors.ts';

/** Refuses a printout of more people than it holds (shared/rules/printable.ts), saying how to narrow it. */
export function refuseTooMany(count: number, report: keyof typeof PRINTABLE_PEOPLE, narrowBy: string): void {
  const most = PRINTABLE_PEOPLE[report];
  if (count <= most) return;
  throw new DomainError(
    'VALIDATION',
    `The printable ${report} holds up to ${most.toLocaleString('en-GB')} people and ${count.toLocaleString('en-GB')} match these filters: narrow them by ${narrowBy}, or export the CSV for everyone.`,
  );
}
