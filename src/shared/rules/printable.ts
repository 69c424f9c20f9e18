import type { MatrixColumn, MatrixRow } from '../domain/compliance.ts';

/**
 * The most people one printout holds: about 70 pages of the matrix (three pages across for each 25 people) and
 * 70 of the register, each drawn in under 2 s on an integrated care system's data. Beyond that a printout is
 * no longer something anyone reads: narrow the filters, or use the CSV.
 */
export const PRINTABLE_PEOPLE = { matrix: 600, register: 2_000 } as const;

/** A wide table's columns in page-width groups, each remembering where it starts. */
export function inGroupsOf<T>(items: readonly T[], size: number): { first: number; items: T[] }[] {
  const groups = [];
  for (let first = 0; first < items.length; first += size)
    groups.push({ first, items: items.slice(first, first + size) });
  return groups;
}

/** A matrix column as printed, with where its cells are in each row. */
export interface PrintedColumn {
  column: MatrixColumn;
  index: number;
}

/**
 * The columns worth paper: those that apply to someone shown (a role's filter leaves the other roles'
 * requirements out, and with them whole pages of "Not required").
 */
export function printedColumns(columns: readonly MatrixColumn[], rows: readonly MatrixRow[]): PrintedColumn[] {
  return columns
    .map((column, index) => ({ column, index }))
    .filter(({ index }) => rows.some((row) => row.cells[index]?.s !== 'not_required'));
}
