import type { Database } from 'better-sqlite3';
import type {
  ColumnMapping,
  ImportField,
  ImportKind,
  RegisterField,
  TrainingField,
} from '../../shared/domain/imports.ts';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS_OF, IMPORT_KIND_LABELS } from '../../shared/domain/imports.ts';
import { normaliseText, staffTextProblem } from '../../shared/rules/staff-text.ts';
import { invalidField } from '../errors.ts';
import { readSetting, writeSetting } from '../settings/queries.ts';

/** The headings chosen last time for each field, per kind, and the course names mapped to requirements. */
const columnsKey = (kind: ImportKind) => `import.${kind}.columns`;
const COURSES_KEY = 'import.training.courses';

/** Words a heading for each field commonly holds, most telling first. */
const HEADING_WORDS: {
  training: Record<TrainingField, readonly string[]>;
  register: Record<RegisterField, readonly string[]>;
} = {
  training: {
    personStartDate: ['start date', 'started'],
    person: ['staff name', 'employee', 'person', 'worker', 'name', 'staff'],
    course: ['course', 'requirement', 'training', 'module', 'subject', 'title'],
    completedOn: ['completed', 'completion', 'date passed', 'passed', 'achieved', 'date'],
    expiresOn: ['expires', 'expiry', 'renewal', 'due', 'valid until'],
    provider: ['provider', 'supplier', 'delivered by', 'trainer'],
    notes: ['notes', 'comment', 'remarks'],
  },
  register: {
    name: ['full name', 'staff name', 'employee name', 'name', 'employee', 'worker', 'person'],
    role: ['role', 'job title', 'post', 'position'],
    employer: ['employer', 'employed by', 'employing'],
    basePractice: ['base practice', 'practice', 'surgery', 'base'],
    arrsFunded: ['arrs', 'funded', 'funding'],
    startDate: ['start date', 'started', 'start', 'date joined', 'joined'],
    leavingDate: ['leaving date', 'leaving', 'left', 'leaver', 'end date'],
    hoursPerWeek: ['hours a week', 'hours per week', 'weekly hours', 'hours'],
    supervisor: ['supervisor', 'supervised by'],
    firstContact: ['first contact', 'first point of contact', 'contact'],
  },
};

/** A name or heading as it is matched: case, spacing and the kind of apostrophe do not count. */
export const matchKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ').replaceAll('’', "'");

/**
 * Which column holds each field of the kind: a heading chosen for it last time, else the heading that is its
 * label (so the template's headings map back exactly), else the first heading that is, or holds, one of its
 * words. Each column serves one field, taken in the kind's field order (so "Completed date" is not the expiry).
 * Every field of the kind is named: null when no column was found for it.
 */
export function guessColumns(db: Database, kind: ImportKind, headers: readonly string[]): ColumnMapping {
  const fields: readonly ImportField[] = IMPORT_FIELDS_OF[kind];
  const words = HEADING_WORDS[kind] as Partial<Record<ImportField, readonly string[]>>;
  const remembered = readSetting<Partial<Record<ImportField, string>>>(db, columnsKey(kind)) ?? {};
  const headings = headers.map(matchKey);
  const taken = new Set<number>();
  const free = (find: (heading: string) => boolean) => headings.findIndex((h, i) => !taken.has(i) && find(h));
  const mapping: ColumnMapping = Object.fromEntries(fields.map((f) => [f, null]));
  const pass = (choose: (field: ImportField) => number) => {
    for (const field of fields) {
      if (mapping[field] != null) continue;
      const index = choose(field);
      if (index >= 0) {
        taken.add(index);
        mapping[field] = index;
      }
    }
  };
  pass((field) => {
    const last = remembered[field];
    return last === undefined ? -1 : free((h) => h === matchKey(last));
  });
  pass((field) => free((h) => h === matchKey(IMPORT_FIELD_LABELS[field])));
  pass((field) => {
    for (const word of words[field] ?? []) {
      const index = free((h) => h === word);
      if (index >= 0) return index;
    }
    for (const word of words[field] ?? []) {
      const index = free((h) => h.includes(word));
      if (index >= 0) return index;
    }
    return -1;
  });
  return mapping;
}

/**
 * The columns the user chose, refused when a field of the other kind is given a column, or a field a column the
 * file does not have; left out, they are guessed.
 */
export function columnsFor(
  db: Database,
  kind: ImportKind,
  headers: readonly string[],
  chosen: ColumnMapping | null,
): ColumnMapping {
  if (chosen === null) return guessColumns(db, kind, headers);
  const fields: readonly ImportField[] = IMPORT_FIELDS_OF[kind];
  const mapping: ColumnMapping = Object.fromEntries(fields.map((f) => [f, null]));
  for (const [field, column] of Object.entries(chosen) as [ImportField, number | null | undefined][]) {
    if (column == null) continue;
    if (!fields.includes(field))
      throw invalidField(
        'columns',
        `${IMPORT_FIELD_LABELS[field]} is not a column of ${IMPORT_KIND_LABELS[kind].toLowerCase()}`,
      );
    if (column >= headers.length)
      throw invalidField('columns', `The file has no column ${column + 1} for ${IMPORT_FIELD_LABELS[field]}`);
    mapping[field] = column;
  }
  return mapping;
}

export const rememberedCourses = (db: Database): Record<string, string> =>
  readSetting<Record<string, string>>(db, COURSES_KEY) ?? {};

/**
 * Whether a heading may be kept in the settings: it can be anything (a file with no heading row has a data row
 * there), so only one that passes the staff-text rules is, never an NHS number. (Course names are checked so by
 * the input's schema.)
 */
const isKeepableHeading = (text: string) =>
  staffTextProblem(normaliseText(text), { max: 255, required: 'blank' }) === null;

/**
 * Keeps the columns (and for training, the course names) of an import that was committed, for the next file. A
 * heading that fails it (or is blank) is not remembered: that field is guessed next time.
 */
export function rememberChoices(
  db: Database,
  kind: ImportKind,
  headers: readonly string[],
  columns: ColumnMapping,
  courses: Record<string, string>,
): void {
  const fields: readonly ImportField[] = IMPORT_FIELDS_OF[kind];
  const headings = Object.fromEntries(
    fields.flatMap((f) => {
      const column = columns[f];
      const heading = column == null ? undefined : headers[column];
      return heading !== undefined && isKeepableHeading(heading) ? [[f, heading]] : [];
    }),
  );
  writeSetting(db, columnsKey(kind), headings);
  if (kind !== 'training') return;
  const chosen = Object.fromEntries(Object.entries(courses).map(([name, id]) => [matchKey(name), id]));
  writeSetting(db, COURSES_KEY, { ...rememberedCourses(db), ...chosen });
}
