import type { Matrix, MatrixCell, MatrixRow } from '../domain/compliance.ts';
import { INDUCTION_COLUMN } from '../domain/compliance.ts';
import type { Role } from '../domain/staff.ts';
import type { ComplianceStatus } from './compliance.ts';
import { COMPLIANCE_LABELS, isLapsed, isRequired } from './compliance.ts';
import { addDays, formatUkDate } from './dates.ts';
import { roundToPlaces } from './money.ts';
import { employmentState } from './workforce.ts';

export interface MatrixFilter {
  search: string;
  role: Role | '';
  employerId: number | null;
  practiceId: number | null;
  /** Only people with at least one cell in this status. */
  status: ComplianceStatus | '';
  /** Only people with at least one requirement expiring (or falling due) within this many days. */
  within: number | null;
  showLeavers: boolean;
}

export const NO_FILTER: MatrixFilter = {
  search: '',
  role: '',
  employerId: null,
  practiceId: null,
  status: '',
  within: null,
  showLeavers: false,
};

/**
 * A requirement whose date (its expiry once done, its due date while not) falls from today to `days` days ahead:
 * "expiring within 30 days". Lapsed ones are overdue already, not expiring.
 */
export function expiresWithin(cell: MatrixCell, today: string, days: number): boolean {
  if (cell.d === null || !isRequired(cell.s) || isLapsed(cell.s)) return false;
  return cell.d >= today && cell.d <= addDays(today, days);
}

export function filterMatrixRows(matrix: Matrix, filter: MatrixFilter): MatrixRow[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean);
  return matrix.rows.filter(
    (row) =>
      (filter.showLeavers || employmentState(row, matrix.today) !== 'left') &&
      (filter.role === '' || row.role === filter.role) &&
      (filter.employerId === null || row.employerId === filter.employerId) &&
      (filter.practiceId === null || row.basePracticeId === filter.practiceId) &&
      (filter.status === '' || row.cells.some((c) => c.s === filter.status)) &&
      (filter.within === null || row.cells.some((c) => expiresWithin(c, matrix.today, filter.within as number))) &&
      words.every((w) => row.name.toLowerCase().includes(w)),
  );
}

export interface MatrixSummary {
  required: number;
  compliant: number;
  /** Overdue or expired. */
  overdue: number;
  dueSoon: number;
  /** Compliant cells over required cells, 0–100, one decimal place; null when nothing is required of anyone shown. */
  percent: number | null;
}

/** Done and still valid: what the compliance % counts. */
export const isCompliant = (status: ComplianceStatus): boolean => status === 'complete' || status === 'expiring_soon';

/** The headline: complete or not yet expired counts as compliant; not-required and exempt cells are left out. */
export function summariseMatrix(rows: readonly MatrixRow[]): MatrixSummary {
  let required = 0;
  let compliant = 0;
  let overdue = 0;
  let dueSoon = 0;
  for (const row of rows) {
    for (const cell of row.cells) {
      if (!isRequired(cell.s)) continue;
      required++;
      if (isCompliant(cell.s)) compliant++;
      if (isLapsed(cell.s)) overdue++;
      if (cell.s === 'expiring_soon' || cell.s === 'due') dueSoon++;
    }
  }
  const percent = required === 0 ? null : roundToPlaces((compliant / required) * 100, 1);
  return { required, compliant, overdue, dueSoon, percent };
}

/**
 * What a cell's date means, in words: "until 30/09/2027" (the last day it is valid, as the worker's page says),
 * "by 01/10/2025", "was due 01/10/2025".
 */
export function cellDateText(cell: MatrixCell, today: string): string {
  if (!cell.d) return '';
  const date = formatUkDate(cell.d);
  switch (cell.s) {
    case 'complete':
      return cell.d > today ? `until ${formatUkDate(addDays(cell.d, -1))}` : date;
    case 'expiring_soon':
      return `expires ${date}`;
    case 'expired':
      return `on ${date}`;
    case 'overdue':
      return `was due ${date}`;
    case 'due':
      return `by ${date}`;
    default:
      return `due ${date}`;
  }
}

/** The status word with the induction column's progress: "Due soon (3 of 14)". */
export function cellStatusText(cell: MatrixCell): string {
  const progress = cell.p ? ` (${cell.p[0]} of ${cell.p[1]})` : '';
  return `${COMPLIANCE_LABELS[cell.s]}${progress}`;
}

/** A cell in words: the status (with induction progress), then what its date means. */
export function cellParts(cell: MatrixCell, today: string): { status: string; detail: string } {
  return { status: cellStatusText(cell), detail: cellDateText(cell, today) };
}

/** A cell in words, never colour alone: "Overdue, was due 01/10/2025", "Due soon (5 of 14), by 01/05/2025". */
export function cellText(cell: MatrixCell, today: string): string {
  const { status, detail } = cellParts(cell, today);
  return detail ? `${status}, ${detail}` : status;
}

export const columnTitle = (column: Matrix['columns'][number]): string =>
  column.id === INDUCTION_COLUMN ? 'Induction' : column.title;
