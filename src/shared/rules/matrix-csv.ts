import type { Matrix, MatrixRow } from '../domain/compliance.ts';
import { ROLE_LABELS } from '../domain/staff.ts';
import { formatUkDate } from './dates.ts';
import { filtersSentence, shownOf } from './filter-words.ts';
import { cellStatusText, columnTitle } from './matrix-view.ts';

export interface CsvNames {
  employer(id: number): string;
  practice(id: number | null): string;
}

/**
 * The matrix in a spreadsheet's layout: one row a person and, for each requirement, its status and its date in
 * separate columns (the due date while outstanding, the expiry date once done, else the completion date), so
 * either can be sorted. A partial export starts with a line naming its filters and how many of how many.
 */
export function matrixCsvRows(
  matrix: Matrix,
  rows: readonly MatrixRow[],
  names: CsvNames,
  filters: readonly string[] = [],
): string[][] {
  const header = [
    'Name',
    'Role',
    'Employer',
    'Base practice',
    'Start date',
    ...matrix.columns.flatMap((c) => [`${columnTitle(c)}: status`, `${columnTitle(c)}: date`]),
  ];
  const partial = rows.length !== matrix.rows.length;
  const note = partial
    ? [
        [
          `${filtersSentence(filters)}. ${shownOf(rows.length, matrix.rows.length, 'person', 'people')}, as at ${formatUkDate(matrix.today)}.`,
        ],
      ]
    : [];
  return [
    ...note,
    header,
    ...rows.map((row) => [
      row.name,
      ROLE_LABELS[row.role],
      names.employer(row.employerId),
      names.practice(row.basePracticeId),
      formatUkDate(row.startDate),
      ...row.cells.flatMap((cell) => [cellStatusText(cell), formatUkDate(cell.d)]),
    ]),
  ];
}
