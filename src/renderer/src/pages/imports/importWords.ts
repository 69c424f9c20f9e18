import type { ColumnMapping, ImportField, ImportKind, ImportProblem } from '../../../../shared/domain/imports.ts';
import { IMPORT_FIELD_LABELS, REQUIRED_IMPORT_FIELDS } from '../../../../shared/domain/imports.ts';
import { countOf } from '../../../../shared/rules/words.ts';

/** What one row of the kind adds: "3 training records", "1 person". */
export function rowsAdded(kind: ImportKind, count: number): string {
  return kind === 'training' ? countOf(count, 'training record') : countOf(count, 'person', 'people');
}

/** What a duplicate row is, by kind, for the check's counts. */
export const ALREADY_THERE: Record<ImportKind, string> = {
  training: 'Already recorded (skipped)',
  register: 'Already in the register (skipped)',
};

/** The required fields the chosen columns leave out, by their labels. */
export function missingRequired(kind: ImportKind, columns: ColumnMapping): string[] {
  return REQUIRED_IMPORT_FIELDS[kind]
    .filter((field: ImportField) => (columns[field] ?? null) === null)
    .map((field) => IMPORT_FIELD_LABELS[field]);
}

/** "Person", "Person and Course", "Person, Course and Completed on". */
export function listed(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** A column's name in the selects and the preview: its heading, or its spreadsheet letter when it has none. */
export function columnName(headers: readonly string[], index: number): string {
  return headers[index]?.trim() || `Column ${columnLetter(index)}`;
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The problems the page draws: the rows that cannot be imported first, then the ones skipped, at most `limit` of
 * them, so a file of 100,000 rows does not freeze the page. `hidden` is how many are left out.
 */
export function problemsToShow(
  problems: readonly ImportProblem[],
  limit: number,
): { shown: ImportProblem[]; hidden: number } {
  const shown: ImportProblem[] = [];
  for (const kind of ['invalid', 'duplicate'] as const) {
    for (const p of problems) {
      if (shown.length === limit) break;
      if (p.kind === kind) shown.push(p);
    }
  }
  return { shown, hidden: problems.length - shown.length };
}
