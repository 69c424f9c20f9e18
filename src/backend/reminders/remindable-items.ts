import type { Database } from 'better-sqlite3';
import type { Matrix, MatrixCell, MatrixColumn } from '../../shared/domain/compliance.ts';
import { INDUCTION_COLUMN } from '../../shared/domain/compliance.ts';
import type { ReminderKind } from '../../shared/domain/reminders.ts';
import type { Requirement } from '../../shared/domain/requirements.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import { decodeMatrix } from '../../shared/rules/matrix-wire.ts';
import { computeMatrix } from '../compliance/compute.ts';
import { currentMatrix } from '../compliance/matrix-cache.ts';
import { listRequirements } from '../requirements/queries.ts';
import { findWorkerFacts, listWorkerFacts } from '../staff/queries.ts';

/** One dated thing a worker must do, as the reminder ladder sees it. */
export interface RemindableItem {
  workerId: number;
  supervisorId: number | null;
  personHasLeft: boolean;
  kind: ReminderKind;
  /** The requirement id, or 'induction' for the whole checklist. */
  itemKey: string;
  dueDate: string;
  /** Staff data only: what, whose, and when. */
  title: string;
  /** The in-app address of the fix. */
  link: string;
}

/** The kind of a matrix column, or null for what nobody is reminded of (the lead's own ARRS paperwork). */
function kindOf(column: MatrixColumn, requirement: Requirement | undefined): ReminderKind | null {
  if (column.id === INDUCTION_COLUMN) return 'induction';
  if (requirement?.check === 'supervision') return 'supervision';
  if (requirement?.check === 'competency_assessment') return 'assessment';
  return column.kind === 'training' ? 'training' : null;
}

/**
 * A cell asks something of the person when it is required, not exempt, and has a date still to act on: anything
 * outstanding, or a completed item whose date is ahead (a certificate's expiry, the next supervision session).
 */
function dateToActOn(cell: MatrixCell, today: string): string | null {
  if (cell.s === 'not_required' || cell.s === 'exempt' || cell.d === null) return null;
  return cell.s !== 'complete' || cell.d > today ? cell.d : null;
}

function whenWords(kind: ReminderKind, cell: MatrixCell, date: string): string {
  const expires = kind === 'training' && (cell.s === 'complete' || cell.s === 'expiring_soon' || cell.s === 'expired');
  if (expires) return cell.s === 'expired' ? `expired on ${date}` : `expires on ${date}`;
  return cell.s === 'overdue' ? `was due on ${date}` : `is due on ${date}`;
}

function titleOf(kind: ReminderKind, column: MatrixColumn, workerName: string, cell: MatrixCell, due: string): string {
  const what =
    kind === 'supervision'
      ? `${column.shortTitle} session`
      : kind === 'induction'
        ? 'Induction checklist'
        : column.shortTitle;
  return `${what} for ${workerName} ${whenWords(kind, cell, formatUkDate(due))}`;
}

function linkOf(kind: ReminderKind, workerId: number, requirementId: string): string {
  switch (kind) {
    case 'training':
      return `/staff/${workerId}/training?requirement=${encodeURIComponent(requirementId)}`;
    case 'assessment':
      return `/staff/${workerId}/competencies`;
    case 'supervision':
      return `/staff/${workerId}/supervision`;
    case 'induction':
      return `/staff/${workerId}/induction`;
  }
}

/** Every worker's dated items from the matrix (worked out once per data change and day), leavers included. */
export function itemsFromMatrix(
  matrix: Matrix,
  requirements: ReadonlyMap<string, Requirement>,
  supervisors: ReadonlyMap<number, number | null>,
): RemindableItem[] {
  const { today } = matrix;
  const kinds = matrix.columns.map((column) => kindOf(column, requirements.get(column.id)));
  const items: RemindableItem[] = [];
  for (const row of matrix.rows) {
    row.cells.forEach((cell, index) => {
      const kind = kinds[index];
      const column = matrix.columns[index];
      const dueDate = dateToActOn(cell, today);
      if (!kind || !column || dueDate === null) return;
      items.push({
        workerId: row.workerId,
        supervisorId: supervisors.get(row.workerId) ?? null,
        personHasLeft: row.leavingDate !== null && row.leavingDate < today,
        kind,
        itemKey: column.id,
        dueDate,
        title: titleOf(kind, column, row.name, cell, dueDate),
        link: linkOf(kind, row.workerId, column.id),
      });
    });
  }
  return items;
}

/** Everyone's dated items from the shared matrix, or only those of the workers named (worked out for them alone). */
export function remindableItems(db: Database, today: string, only?: readonly number[]): RemindableItem[] {
  const requirements = new Map(listRequirements(db).map((r) => [r.id, r]));
  const workers = only ? only.flatMap((id) => findWorkerFacts(db, id) ?? []) : listWorkerFacts(db);
  const supervisors = new Map(workers.map((w) => [w.id, w.supervisorId]));
  const matrix = only ? computeMatrix(db, today, workers) : decodeMatrix(currentMatrix(db, today));
  return itemsFromMatrix(matrix, requirements, supervisors);
}
