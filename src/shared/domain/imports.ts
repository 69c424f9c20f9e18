/** What a spreadsheet holds: past training records, or the staff register itself. */
export const IMPORT_KINDS = ['training', 'register'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  training: 'Training records',
  register: 'Staff register',
};

/**
 * The columns a training-records spreadsheet can hold, in the order the import wizard lists them. The person's
 * start date is only needed to tell apart two people with the same name.
 */
export const TRAINING_FIELDS = [
  'person',
  'personStartDate',
  'course',
  'completedOn',
  'expiresOn',
  'provider',
  'notes',
] as const;

/** The columns a staff register can hold, as the worker form asks for them. */
export const REGISTER_FIELDS = [
  'name',
  'role',
  'employer',
  'basePractice',
  'arrsFunded',
  'startDate',
  'leavingDate',
  'hoursPerWeek',
  'supervisor',
  'firstContact',
] as const;

export type TrainingField = (typeof TRAINING_FIELDS)[number];
export type RegisterField = (typeof REGISTER_FIELDS)[number];
export type ImportField = TrainingField | RegisterField;

export const IMPORT_FIELDS_OF: { training: readonly TrainingField[]; register: readonly RegisterField[] } = {
  training: TRAINING_FIELDS,
  register: REGISTER_FIELDS,
};

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  person: 'Person',
  personStartDate: 'Person’s start date',
  course: 'Course or requirement',
  completedOn: 'Completed on',
  expiresOn: 'Expires on',
  provider: 'Provider',
  notes: 'Notes',
  name: 'Name',
  role: 'Role',
  employer: 'Employer',
  basePractice: 'Base practice',
  arrsFunded: 'ARRS funded',
  startDate: 'Start date',
  leavingDate: 'Leaving date',
  hoursPerWeek: 'Hours a week',
  supervisor: 'Supervisor',
  firstContact: 'First contact',
};

/** The fields a row cannot do without, by kind. */
export const REQUIRED_IMPORT_FIELDS: { training: readonly TrainingField[]; register: readonly RegisterField[] } = {
  training: ['person', 'course', 'completedOn'],
  register: ['name', 'role', 'employer', 'startDate', 'hoursPerWeek'],
};

/** Which column (0-based) holds each field of the kind being imported; null (or left out) when the file has none. */
export type ColumnMapping = Partial<Record<ImportField, number | null>>;

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
  kind: ImportKind;
  fileName: string;
  headers: string[];
  columns: ColumnMapping;
  /** Course names in the file with no requirement yet, for the wizard to ask about (training records only). */
  unknownCourses: string[];
  rows: number;
  ready: number;
  duplicates: number;
  invalid: number;
  problems: ImportProblem[];
  /** The first rows as the file holds them (at most 10), for the wizard's preview. */
  sample: string[][];
  /** The batch a commit wrote (null on a dry run, or when nothing was added). */
  batchId: number | null;
  added: number;
}

/** An import as the list of recent imports shows it. */
export interface ImportBatchSummary {
  id: number;
  kind: ImportKind;
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
