import type { ColumnMapping, ImportField, ImportProblem } from '../../shared/domain/imports.ts';
import { IMPORT_FIELD_LABELS } from '../../shared/domain/imports.ts';
import type { RecordInput, Requirement } from '../../shared/domain/requirements.ts';
import { recordInput } from '../../shared/schemas/requirements.ts';
import type { Ctx } from '../context.ts';
import { DomainError } from '../errors.ts';
import { listRequirements } from '../requirements/queries.ts';
import { listWorkerRows } from '../staff/queries.ts';
import { assertDatesPossible, requirementFor } from '../training/record-rules.ts';
import { dateOfCell } from './dates.ts';
import { matchKey, rememberedCourses } from './mapping.ts';
import type { Cell, Sheet } from './parse.ts';
import { cellText } from './parse.ts';
import { recordKey, recordKeysInForce } from './queries.ts';

/** A row that can be imported: the record it becomes, and its row in the file. */
export interface ReadyRow {
  row: number;
  record: RecordInput;
}

export interface CheckedSheet {
  ready: ReadyRow[];
  problems: ImportProblem[];
  duplicates: number;
  invalid: number;
  unknownCourses: string[];
}

/** A record's fields named as the file's columns, for problems the training rules report by field. */
const FIELD_OF_RECORD: Record<string, ImportField> = {
  workerId: 'person',
  requirementId: 'course',
  completedOn: 'completedOn',
  expiresOn: 'expiresOn',
  provider: 'provider',
  notes: 'notes',
};

function lookups(ctx: Ctx, courses: Record<string, string>) {
  const workersByName = new Map<string, number[]>();
  for (const w of listWorkerRows(ctx.db)) {
    const key = matchKey(w.name);
    workersByName.set(key, [...(workersByName.get(key) ?? []), w.id]);
  }
  const requirements = new Map<string, Requirement>();
  for (const r of listRequirements(ctx.db).filter((r) => r.retiredOn === null)) {
    for (const name of [r.id, r.title, r.shortTitle]) if (name) requirements.set(matchKey(name), r);
  }
  // A Map, so a course called "constructor" is only a course name.
  const chosen = new Map([
    ...Object.entries(rememberedCourses(ctx.db)),
    ...Object.entries(courses).map(([name, id]): [string, string] => [matchKey(name), id]),
  ]);
  return {
    workerIds: (name: string) => workersByName.get(matchKey(name)) ?? [],
    requirementId: (course: string): string | undefined =>
      chosen.get(matchKey(course)) ?? requirements.get(matchKey(course))?.id,
  };
}

/**
 * Checks every row against the register, the catalogue and the training-record rules, collecting every problem
 * by row and column rather than stopping at the first; rows already recorded, or repeated in the file, are
 * duplicates to skip.
 */
export function checkSheet(
  ctx: Ctx,
  sheet: Sheet,
  columns: ColumnMapping,
  courses: Record<string, string>,
): CheckedSheet {
  const find = lookups(ctx, courses);
  const existing = recordKeysInForce(ctx.db);
  const seen = new Map<string, number>();
  const ready: ReadyRow[] = [];
  const problems: ImportProblem[] = [];
  const unknownCourses = new Set<string>();
  let duplicates = 0;
  let invalid = 0;

  for (const { row, cells } of sheet.rows) {
    const columnOf = (field: ImportField) => columns[field] ?? null;
    const cellOf = (field: ImportField): Cell => {
      const column = columnOf(field);
      return column === null ? null : (cells[column] ?? null);
    };
    const rowProblems: ImportProblem[] = [];
    const problem = (field: ImportField, why: string) =>
      rowProblems.push({
        row,
        column: columnOf(field) === null ? IMPORT_FIELD_LABELS[field] : (sheet.headers[columnOf(field) ?? 0] ?? null),
        field,
        value: cellText(cellOf(field)),
        problem: why,
        kind: 'invalid',
      });

    const name = cellText(cellOf('person'));
    const workerIds = name ? find.workerIds(name) : [];
    if (!name) problem('person', 'No name: enter who did the training');
    else if (workerIds.length === 0) problem('person', `${name} is not in the staff register`);
    else if (workerIds.length > 1) problem('person', `${workerIds.length} people in the register are called ${name}`);

    const course = cellText(cellOf('course'));
    const requirementId = course ? find.requirementId(course) : undefined;
    if (!course) problem('course', 'No course: enter which training it was');
    else if (!requirementId) {
      unknownCourses.add(course);
      problem('course', `${course} is not a requirement in the catalogue: choose which requirement it is`);
    }

    const dates = { completedOn: dateOfCell(cellOf('completedOn')), expiresOn: dateOfCell(cellOf('expiresOn')) };
    if (dates.completedOn === undefined) problem('completedOn', 'No completion date');
    for (const field of ['completedOn', 'expiresOn'] as const) {
      if (dates[field] === null) problem(field, 'Not a real date: write it as dd/mm/yyyy');
    }

    const record = {
      workerId: workerIds[0] ?? 0,
      requirementId: requirementId ?? '',
      status: 'completed',
      completedOn: dates.completedOn ?? null,
      expiresOn: dates.expiresOn ?? null,
      provider: cellText(cellOf('provider')),
      notes: cellText(cellOf('notes')),
    };
    const named = new Set(rowProblems.map((p) => p.field));
    const parsed = recordInput.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = FIELD_OF_RECORD[String(issue.path[0])];
        if (field && !named.has(field)) problem(field, issue.message);
      }
    } else if (rowProblems.length === 0) {
      const checks = [
        () => {
          const { requirement } = requirementFor(ctx, record.workerId, record.requirementId);
          if (requirement.check !== 'record') problem('course', `${requirement.title} is not met by a training record`);
        },
        () => assertDatesPossible(ctx, parsed.data),
      ];
      for (const check of checks) {
        try {
          check();
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          const fields = (error.details as { fields?: Record<string, string> } | undefined)?.fields ?? {};
          for (const [key, message] of Object.entries(fields)) problem(FIELD_OF_RECORD[key] ?? 'course', message);
        }
      }
    }

    if (rowProblems.length > 0) {
      invalid += 1;
      problems.push(...rowProblems);
      continue;
    }
    const valid = parsed.data as RecordInput;
    const key = recordKey(valid.workerId, valid.requirementId, valid.completedOn);
    const earlier = seen.get(key);
    if (existing.has(key) || earlier !== undefined) {
      duplicates += 1;
      problems.push({
        row,
        column: null,
        field: null,
        value: `${name}, ${course}`,
        problem: earlier === undefined ? 'Already recorded: skipped' : `The same as row ${earlier}: skipped`,
        kind: 'duplicate',
      });
      continue;
    }
    seen.set(key, row);
    ready.push({ row, record: valid });
  }
  return { ready, problems, duplicates, invalid, unknownCourses: [...unknownCourses] };
}
