import Papa from 'papaparse';
import type { Matrix, MatrixRow } from '../../../../shared/domain/compliance.ts';
import { filterSlug } from '../../../../shared/rules/filter-words.ts';
import type { CsvNames } from '../../../../shared/rules/matrix-csv.ts';
import { matrixCsvRows } from '../../../../shared/rules/matrix-csv.ts';
import { saveFile } from '../../api/download.ts';

/**
 * Saves the matrix as CSV: everyone, or the rows shown, in which case the file's name and first line say which
 * filters made them.
 */
export function exportMatrixCsv(
  matrix: Matrix,
  rows: readonly MatrixRow[],
  names: CsvNames,
  filters: readonly string[],
): void {
  const partial = rows.length !== matrix.rows.length;
  const csv = Papa.unparse(matrixCsvRows(matrix, rows, names, partial ? filters : []));
  const suffix = partial ? `-${filterSlug(filters) || 'filtered'}` : '';
  saveFile(`training-matrix-${matrix.today}${suffix}.csv`, 'text/csv;charset=utf-8', { text: `\ufeff${csv}\r\n` });
}
