import type { Database } from 'better-sqlite3';
import type { ColumnMapping, ImportField, RegisterField } from '../../shared/domain/imports.ts';
import type { WorkerFields } from '../../shared/domain/staff.ts';
import { workerFields } from '../../shared/schemas/staff.ts';
import type { Ctx } from '../context.ts';
import { listColleagues, listEmployers, listPractices } from '../pcn/queries.ts';
import { listWorkerRows } from '../staff/queries.ts';
import { assertValid as assertWorkerValid } from '../staff/service.ts';
import { dateOfCell } from './dates.ts';
import { matchKey } from './mapping.ts';
import type { Sheet } from './parse.ts';
import { hoursOf, ROLE_CHOICES, roleOf, yesNoOf } from './register-values.ts';
import type { CheckedSheet } from './row-reader.ts';
import { emptyCheck, refuseRow, rowReader, skipRow } from './row-reader.ts';
import { EXAMPLE_SKIPPED, isTemplateExample } from './template-example.ts';

/** A worker's fields named as the file's columns, for problems the worker rules report by field. */
const FIELD_OF_WORKER: Record<keyof WorkerFields, RegisterField> = {
  name: 'name',
  role: 'role',
  employerId: 'employer',
  basePracticeId: 'basePractice',
  arrsFunded: 'arrsFunded',
  startDate: 'startDate',
  leavingDate: 'leavingDate',
  hoursPerWeek: 'hoursPerWeek',
  supervisorId: 'supervisor',
  firstContactId: 'firstContact',
};

/** Ids by name (case and spacing aside); a practice by its ODS code too. */
function byName<T extends { id: number; name: string }>(items: readonly T[], also: (item: T) => string[] = () => []) {
  const ids = new Map<string, number[]>();
  for (const item of items) {
    for (const key of new Set([item.name, ...also(item)].map(matchKey)))
      ids.set(key, [...(ids.get(key) ?? []), item.id]);
  }
  return (name: string) => ids.get(matchKey(name)) ?? [];
}

function organisation(db: Database) {
  return {
    employer: byName(listEmployers(db)),
    basePractice: byName(listPractices(db), (p) => [p.odsCode]),
    colleague: byName(listColleagues(db)),
  };
}

/** Where each named thing is added, and what it is called, for a problem naming a value that is not there yet. */
const WHERE_ADDED = {
  employer: { what: 'an employer', add: 'add it under Organisation → Employers' },
  basePractice: { what: 'a member practice', add: 'add it under Organisation → Member practices' },
  supervisor: { what: 'a supervisor or contact', add: 'add them under Organisation → Supervisors and contacts' },
  firstContact: { what: 'a supervisor or contact', add: 'add them under Organisation → Supervisors and contacts' },
} as const;

const workerKey = (name: string, startDate: string) => `${matchKey(name)}|${startDate}`;

/**
 * Checks every row of a staff register against the organisation and the same rules as adding a worker by hand
 * (the worker schema, then the worker service's checks), collecting every problem by row and column; a row whose
 * name and start date match someone in the register, or an earlier row, is a duplicate to skip, as is the
 * template's example row.
 */
export function checkRegister(ctx: Ctx, sheet: Sheet, columns: ColumnMapping): CheckedSheet<WorkerFields> {
  const find = organisation(ctx.db);
  const existing = new Set(listWorkerRows(ctx.db).map((w) => workerKey(w.name, w.startDate)));
  const seen = new Map<string, number>();
  const checked = emptyCheck<WorkerFields>();

  for (const sheetRow of sheet.rows) {
    const read = rowReader(sheet, columns, sheetRow);
    const { row } = sheetRow;
    const name = read.text('name');
    const dates = { startDate: dateOfCell(read.cell('startDate')), leavingDate: dateOfCell(read.cell('leavingDate')) };
    if (isTemplateExample(name, dates.startDate)) {
      skipRow(checked, row, name, EXAMPLE_SKIPPED);
      continue;
    }

    if (!name) read.problem('name', 'No name: enter the person’s full name');

    const roleText = read.text('role');
    const role = roleOf(roleText);
    if (!roleText) read.problem('role', `No role: write ${ROLE_CHOICES}`);
    else if (!role) read.problem('role', `${roleText} is not a role Linkwork knows: write ${ROLE_CHOICES}`);

    /** The id of the organisation's entry the field names; null when the cell is blank. */
    const idOf = (field: keyof typeof WHERE_ADDED, ids: (name: string) => number[]): number | null => {
      const value = read.text(field);
      if (!value) return null;
      const found = ids(value);
      const { what, add } = WHERE_ADDED[field];
      if (found.length === 0) read.problem(field, `${value} is not ${what} in Linkwork: ${add} first`);
      else if (found.length > 1) read.problem(field, `${found.length} in Linkwork are called ${value}: rename one`);
      return found.length === 1 ? (found[0] ?? null) : null;
    };
    const employerId = idOf('employer', find.employer);
    if (!read.text('employer')) read.problem('employer', 'No employer: enter who employs them');
    const basePracticeId = idOf('basePractice', find.basePractice);

    const arrsFunded = yesNoOf(read.cell('arrsFunded'));
    if (arrsFunded === null) read.problem('arrsFunded', 'Write yes or no (left blank, it means yes)');

    if (dates.startDate === undefined) read.problem('startDate', 'No start date');
    for (const field of ['startDate', 'leavingDate'] as const) {
      if (dates[field] === null) read.problem(field, 'Not a real date: write it as dd/mm/yyyy');
    }

    const hours = hoursOf(read.cell('hoursPerWeek'));
    if (hours === undefined) read.problem('hoursPerWeek', 'No hours a week: enter their contracted hours');
    else if (Number.isNaN(hours)) read.problem('hoursPerWeek', 'Not a number of hours: write it like 37.5');

    const candidate = {
      name,
      role: role ?? '',
      employerId: employerId ?? 0,
      basePracticeId,
      arrsFunded: arrsFunded ?? true,
      startDate: dates.startDate ?? '',
      leavingDate: dates.leavingDate ?? null,
      hoursPerWeek: hours ?? 0,
      supervisorId: idOf('supervisor', find.colleague),
      firstContactId: idOf('firstContact', find.colleague),
    };
    const parsed = workerFields.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field: ImportField = FIELD_OF_WORKER[String(issue.path[0]) as keyof WorkerFields] ?? 'name';
        if (!read.named(field)) read.problem(field, issue.message);
      }
    } else if (read.problems.length === 0) {
      read.tryRule(() => assertWorkerValid(ctx, parsed.data), FIELD_OF_WORKER, 'name');
    }

    if (read.problems.length > 0) {
      refuseRow(checked, read.problems);
      continue;
    }
    const worker = parsed.data as WorkerFields;
    const key = workerKey(worker.name, worker.startDate);
    const earlier = seen.get(key);
    if (existing.has(key) || earlier !== undefined) {
      const why =
        earlier === undefined ? 'Already in the register: skipped' : `The same person as row ${earlier}: skipped`;
      skipRow(checked, row, name, why);
      continue;
    }
    seen.set(key, row);
    checked.ready.push({ row, value: worker });
  }
  return checked;
}
