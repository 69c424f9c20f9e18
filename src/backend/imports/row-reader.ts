import type { ColumnMapping, ImportField, ImportProblem } from '../../shared/domain/imports.ts';
import { IMPORT_FIELD_LABELS } from '../../shared/domain/imports.ts';
import { DomainError } from '../errors.ts';
import type { Cell, Sheet, SheetRow } from './parse.ts';
import { cellText } from './parse.ts';

/** What the checks of either kind have found in a file so far. */
export interface CheckedSheet<T> {
  ready: { row: number; value: T }[];
  problems: ImportProblem[];
  duplicates: number;
  invalid: number;
  /** Course names with no requirement yet (training records only). */
  unknownCourses: string[];
}

/**
 * One row of the file read field by field, collecting its problems by row and column: each names the column's
 * heading (or the field's label when the file has no such column) and quotes the cell.
 */
export function rowReader(sheet: Sheet, columns: ColumnMapping, { row, cells }: SheetRow) {
  const problems: ImportProblem[] = [];
  const columnOf = (field: ImportField) => columns[field] ?? null;
  const cell = (field: ImportField): Cell => {
    const column = columnOf(field);
    return column === null ? null : (cells[column] ?? null);
  };
  const text = (field: ImportField) => cellText(cell(field));
  const problem = (field: ImportField, why: string) => {
    const column = columnOf(field);
    problems.push({
      row,
      column: column === null ? IMPORT_FIELD_LABELS[field] : (sheet.headers[column] ?? null),
      field,
      value: text(field),
      problem: why,
      kind: 'invalid',
    });
  };
  /** A field the row has problems with already: a later rule need not repeat it. */
  const named = (field: ImportField) => problems.some((p) => p.field === field);
  /**
   * Runs a rule that refuses with a DomainError naming fields (the rules behind the app's own forms), turning each
   * named field into a problem in the matching column.
   */
  const tryRule = (rule: () => void, fieldOf: Readonly<Record<string, ImportField>>, otherwise: ImportField) => {
    try {
      rule();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const fields = (error.details as { fields?: Record<string, string> } | undefined)?.fields ?? {};
      for (const [key, message] of Object.entries(fields)) problem(fieldOf[key] ?? otherwise, message);
    }
  };
  return { row, columnOf, cell, text, problem, named, tryRule, problems };
}

/** Tallies a row that failed into the sheet's report. */
export function refuseRow<T>(checked: CheckedSheet<T>, problems: readonly ImportProblem[]): void {
  checked.invalid += 1;
  checked.problems.push(...problems);
}

/** Tallies a row skipped as a duplicate (or the template's example row): reported, not refused. */
export function skipRow<T>(checked: CheckedSheet<T>, row: number, value: string, why: string): void {
  checked.duplicates += 1;
  checked.problems.push({ row, column: null, field: null, value, problem: why, kind: 'duplicate' });
}

export const emptyCheck = <T>(): CheckedSheet<T> => ({
  ready: [],
  problems: [],
  duplicates: 0,
  invalid: 0,
  unknownCourses: [],
});
