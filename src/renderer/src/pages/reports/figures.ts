import type { ComplianceGroup, ReportGrouping } from '../../../../shared/domain/reports.ts';

/** A percentage as the matrix shows it, to one decimal place; a dash where nothing is asked of anyone. */
export const percentText = (percent: number | null): string =>
  percent === null
    ? '—'
    : `${percent.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

export const count = (n: number): string => n.toLocaleString('en-GB');

const peopleText = (n: number): string => `${count(n)} ${n === 1 ? 'person' : 'people'}`;

/** A group's headline in words: "3 people · 70.8% compliant · 14 items overdue or expired · 2 due or expiring soon". */
export function groupHeadline(group: ComplianceGroup): string {
  if (group.headcount === 0) return 'No one here';
  const people = peopleText(group.headcount);
  if (group.percent === null) return `${people} · nothing is required of them yet`;
  return `${people} · ${percentText(group.percent)} compliant · ${count(group.overdue)} items overdue or expired · ${count(group.dueSoon)} due or expiring soon`;
}

export const emptyGroupText = (by: ReportGrouping): string =>
  by === 'practice'
    ? 'No one in the staff register is based at this practice.'
    : 'No one in the staff register works for this employer.';
