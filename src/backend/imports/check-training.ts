import type { ColumnMapping, ImportField } from '../../shared/domain/imports.ts';
import { IMPORT_FIELD_LABELS } from '../../shared/domain/imports.ts';
import type { RecordInput, Requirement } from '../../shared/domain/requirements.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import { recordInput } from '../../shared/schemas/requirements.ts';
import type { Ctx } from '../context.ts';
import { listRequirements } from '../requirements/queries.ts';
import { listWorkerRows } from '../staff/queries.ts';
import { assertDatesPossible, requirementFor } from '../training/record-rules.ts';
import { dateOfCell } from './dates.ts';
import { matchKey, rememberedCourses } from './mapping.ts';
import type { Sheet } from './parse.ts';
import { recordKey, recordKeysInForce } from './queries.ts';
import type { CheckedSheet } from './row-reader.ts';
import { emptyCheck, refuseRow, rowReader, skipRow } from './row-reader.ts';
import { EXAMPLE_SKIPPED, isTemplateExample } from './template-example.ts';

/** A record's fields named as the file's columns, for problems the training rules report by field. */
const FIELD_OF_RECORD: Record<string, ImportField> = {
  workerId: 'person',
  requirementId: 'course',
  completedOn: 'completedOn',
  expiresOn: 'expiresOn',
  provider: 'provider',
  notes: 'notes',
};

const START_DATE_LABEL = IMPORT_FIELD_LABELS.personStartDate;

function lookups(ctx: Ctx, courses: Record<string, string>) {
  const workersByName = new Map<string, { id: number; startDate: string }[]>();
  for (const w of listWorkerRows(ctx.db)) {
    const key = matchKey(w.name);
    workersByName.set(key, [...(workersByName.get(key) ?? []), { id: w.id, startDate: w.startDate }]);
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
    workers: (name: string) => workersByName.get(matchKey(name)) ?? [],
    requirementId: (course: string): string | undefined =>
      chosen.get(matchKey(course)) ?? requirements.get(matchKey(course))?.id,
  };
}

/** The worker a row is about, or why none could be chosen (and in which column). */
type PersonFound = { workerId: number } | { field: 'person' | 'personStartDate'; why: string };

const ukDates = (isoDates: readonly string[]) => {
  const dates = [...isoDates].sort().map((d) => formatUkDate(d));
  return dates.length > 1 ? `${dates.slice(0, -1).join(', ')} and ${dates.at(-1) ?? ''}` : (dates[0] ?? '');
};

/**
 * The worker a row names; when several share the name, the one who started on the row's "Person’s start date"
 * (`started`: undefined when blank, null when not a real date).
 */
function personOf(
  name: string,
  started: string | null | undefined,
  workers: readonly { id: number; startDate: string }[],
  hasStartDateColumn: boolean,
): PersonFound {
  if (!name) return { field: 'person', why: 'No name: enter who did the training' };
  if (workers.length === 0) return { field: 'person', why: `${name} is not in the staff register` };
  if (started === null) return { field: 'personStartDate', why: 'Not a real date: write it as dd/mm/yyyy' };
  if (started !== undefined) {
    const match = workers.find((w) => w.startDate === started);
    if (match) return { workerId: match.id };
    const dates = ukDates(workers.map((w) => w.startDate));
    const why = `No one called ${name} started on ${formatUkDate(started)}: the register has them starting on ${dates}`;
    return { field: 'personStartDate', why };
  }
  const [only] = workers;
  if (only && workers.length === 1) return { workerId: only.id };
  const fix = hasStartDateColumn ? 'fill in' : 'add a column';
  return {
    field: 'person',
    why: `${workers.length} people in the register are called ${name}: ${fix} ‘${START_DATE_LABEL}’ to tell them apart`,
  };
}

/**
 * Checks every row of a training-records file against the register, the catalogue and the training-record rules,
 * collecting every problem by row and column rather than stopping at the first; rows already recorded, or
 * repeated in the file, are duplicates to skip, as is the template's example row.
 */
export function checkTraining(
  ctx: Ctx,
  sheet: Sheet,
  columns: ColumnMapping,
  courses: Record<string, string>,
): CheckedSheet<RecordInput> {
  const find = lookups(ctx, courses);
  const existing = recordKeysInForce(ctx.db);
  const seen = new Map<string, number>();
  const checked = emptyCheck<RecordInput>();
  const unknownCourses = new Set<string>();

  for (const sheetRow of sheet.rows) {
    const read = rowReader(sheet, columns, sheetRow);
    const { row } = sheetRow;
    const name = read.text('person');
    const dates = { completedOn: dateOfCell(read.cell('completedOn')), expiresOn: dateOfCell(read.cell('expiresOn')) };
    if (isTemplateExample(name, dates.completedOn)) {
      skipRow(checked, row, name, EXAMPLE_SKIPPED);
      continue;
    }

    const person = personOf(
      name,
      dateOfCell(read.cell('personStartDate')),
      find.workers(name),
      read.columnOf('personStartDate') !== null,
    );
    if ('why' in person) read.problem(person.field, person.why);
    const workerId = 'workerId' in person ? person.workerId : undefined;

    const course = read.text('course');
    const requirementId = course ? find.requirementId(course) : undefined;
    if (!course) read.problem('course', 'No course: enter which training it was');
    else if (!requirementId) {
      unknownCourses.add(course);
      read.problem('course', `${course} is not a requirement in the catalogue: choose which requirement it is`);
    }

    if (dates.completedOn === undefined) read.problem('completedOn', 'No completion date');
    for (const field of ['completedOn', 'expiresOn'] as const) {
      if (dates[field] === null) read.problem(field, 'Not a real date: write it as dd/mm/yyyy');
    }

    const record = {
      workerId: workerId ?? 0,
      requirementId: requirementId ?? '',
      status: 'completed',
      completedOn: dates.completedOn ?? null,
      expiresOn: dates.expiresOn ?? null,
      provider: read.text('provider'),
      notes: read.text('notes'),
    };
    const parsed = recordInput.safeParse(record);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => [FIELD_OF_RECORD[String(issue.path[0])], issue.message]);
      // No worker means a problem naming the person (or their start date) is reported already.
      const reported = (field: ImportField) => read.named(field) || (field === 'person' && workerId === undefined);
      const unnamed = fields.filter(([field]) => field && !reported(field as ImportField));
      for (const [field, message] of unnamed) read.problem(field as ImportField, message as string);
    } else if (read.problems.length === 0) {
      read.tryRule(
        () => {
          const { requirement } = requirementFor(ctx, record.workerId, record.requirementId);
          if (requirement.check !== 'record')
            read.problem('course', `${requirement.title} is not met by a training record`);
        },
        FIELD_OF_RECORD,
        'course',
      );
      read.tryRule(() => assertDatesPossible(ctx, parsed.data), FIELD_OF_RECORD, 'course');
    }

    if (read.problems.length > 0) {
      refuseRow(checked, read.problems);
      continue;
    }
    const valid = parsed.data as RecordInput;
    const key = recordKey(valid.workerId, valid.requirementId, valid.completedOn);
    const earlier = seen.get(key);
    if (existing.has(key) || earlier !== undefined) {
      const why = earlier === undefined ? 'Already recorded: skipped' : `The same as row ${earlier}: skipped`;
      skipRow(checked, row, `${name}, ${course}`, why);
      continue;
    }
    seen.set(key, row);
    checked.ready.push({ row, value: valid });
  }
  return { ...checked, unknownCourses: [...unknownCourses] };
}
