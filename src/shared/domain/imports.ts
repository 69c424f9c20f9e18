/** The columns a training-records spreadsheet can hold, in the order the import wizard lists them. */
export const IMPORT_FIELDS = ['person', 'course', 'completedOn', 'expiresOn', 'provider', 'notes'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  person: 'Person',
  course: 'Course or requirement',
  completedOn: 'Completed on',
  expiresOn: 'Expires on',
  provider: 'Provider',
  notes: 'Notes',
};

/** Which column (0-based) holds each field; null when the file has none. */
export type ColumnMapping = Record<ImportField, number | null>;

/** Something about one cell (or one row) of the file: its row as the spreadsheet numbers it, its column's heading. */
export interface ImportProblem {
  row: number;
  column: string | null;
  field: ImportField | null;
  value: string;
  problem: string;
  /** A duplicate is skipped, not refused: importing the same file twice adds nothing. */
  kind: 'invalid' | 'duplicate';
}

/** What an import would do (a dry run) or did (a commit). */
export interface ImportReport {
  fileName: string;
  headers: string[];
  columns: ColumnMapping;
  /** Course names in the file with no requirement yet, for the wizard to ask about. */
  unknownCourses: string[];
  rows: number;
  ready: number;
  duplicates: number;
  invalid: number;
  problems: ImportProblem[];
  /** The batch a commit wrote (null on a dry run, or when nothing was added). */
  batchId: number | null;
  added: number;
}

/** An import as the list of recent imports shows it. */
export interface ImportBatchSummary {
  id: number;
  fileName: string;
  importedAt: string;
  importedBy: string;
  added: number;
  undoneAt: string | null;
  undoneBy: string | null;
}

export interface ImportUndone {
  batchId: number;
  withdrawn: number;
}
