import type { Database } from 'better-sqlite3';
import type { ColumnMapping, TrainingField } from '../../shared/domain/imports.ts';
import { TRAINING_FIELDS as IMPORT_FIELDS } from '../../shared/domain/imports.ts';
import { readSetting, writeSetting } from '../settings/queries.ts';

/** The headings chosen last time for each field, and the course names mapped to requirements. */
const COLUMNS_KEY = 'import.training.columns';
const COURSES_KEY = 'import.training.courses';

/** Words a heading for each field commonly holds, most telling first. */
const HEADING_WORDS: Record<TrainingField, readonly string[]> = {
  personStartDate: ['start date', 'started'],
  person: ['staff name', 'employee', 'person', 'worker', 'name', 'staff'],
  course: ['course', 'requirement', 'training', 'module', 'subject', 'title'],
  completedOn: ['completed', 'completion', 'date passed', 'passed', 'achieved', 'date'],
  expiresOn: ['expires', 'expiry', 'renewal', 'due', 'valid until'],
  provider: ['provider', 'supplier', 'delivered by', 'trainer'],
  notes: ['notes', 'comment', 'remarks'],
};

const normal = (heading: string) => heading.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Which column holds each field: a heading chosen for it last time, else the first heading holding one of its
 * words. Each column serves one field, taken in `IMPORT_FIELDS` order (so "Completed date" is not the expiry).
 */
export function guessColumns(db: Database, headers: readonly string[]): ColumnMapping {
  const remembered = readSetting<Partial<Record<TrainingField, string>>>(db, COLUMNS_KEY) ?? {};
  const headings = headers.map(normal);
  const taken = new Set<number>();
  const pick = (index: number): number | null => {
    if (index < 0 || taken.has(index)) return null;
    taken.add(index);
    return index;
  };
  const mapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping;
  for (const field of IMPORT_FIELDS) {
    const last = remembered[field];
    if (last !== undefined) mapping[field] = pick(headings.indexOf(normal(last)));
  }
  for (const field of IMPORT_FIELDS) {
    if (mapping[field] != null) continue;
    for (const word of HEADING_WORDS[field]) {
      const index = headings.findIndex((h, i) => !taken.has(i) && h.includes(word));
      if (index >= 0) {
        mapping[field] = pick(index);
        break;
      }
    }
  }
  return mapping;
}

export const rememberedCourses = (db: Database): Record<string, string> =>
  readSetting<Record<string, string>>(db, COURSES_KEY) ?? {};

/** A name or heading as it is matched: case and spacing do not count. */
export const matchKey = (name: string) => normal(name);

/** Keeps the columns and course names of an import that was committed, for the next file. */
export function rememberChoices(
  db: Database,
  headers: readonly string[],
  columns: ColumnMapping,
  courses: Record<string, string>,
): void {
  const headings = Object.fromEntries(
    IMPORT_FIELDS.flatMap((f) => (columns[f] == null ? [] : [[f, headers[columns[f]] ?? '']])),
  );
  writeSetting(db, COLUMNS_KEY, headings);
  const chosen = Object.fromEntries(Object.entries(courses).map(([name, id]) => [matchKey(name), id]));
  writeSetting(db, COURSES_KEY, { ...rememberedCourses(db), ...chosen });
}
