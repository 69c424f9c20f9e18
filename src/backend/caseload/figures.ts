import type { Database } from 'better-sqlite3';
import type { CaseloadOverview, WorkerCaseload } from '../../shared/domain/caseload.ts';
import type { WorkerRow } from '../../shared/domain/staff.ts';
import { caseloadFigures, monthOf, monthsBetween, shiftMonth } from '../../shared/rules/caseload.ts';
import { isInPost, wholeTimeEquivalent } from '../../shared/rules/workforce.ts';
import { readPcn } from '../pcn/queries.ts';
import { listWorkerRows } from '../staff/queries.ts';
import { monthsByWorker, monthsOf } from './queries.ts';
import { readThresholds } from './thresholds.ts';

const wteOf = (db: Database, worker: Pick<WorkerRow, 'hoursPerWeek'>): number =>
  wholeTimeEquivalent(worker.hoursPerWeek, readPcn(db)?.fullTimeHours ?? 37.5);

/** The months a worker's grid offers: this month and the 12 before, from the month they started; newest first. */
export function editableMonths(startDate: string, today: string): string[] {
  const from = shiftMonth(monthOf(today), -12);
  const start = monthOf(startDate);
  return monthsBetween(start > from ? start : from, monthOf(today)).reverse();
}

export function workerCaseload(db: Database, worker: WorkerRow, today: string): WorkerCaseload {
  const months = monthsOf(db, worker.id);
  const thresholds = readThresholds(db);
  return {
    months,
    thresholds,
    figures: caseloadFigures(months, { ...worker, wte: wteOf(db, worker) }, thresholds, today),
    editableMonths: editableMonths(worker.startDate, today),
  };
}

/** Every link worker in post (and any other with figures in the window), side by side. */
export function caseloadOverview(db: Database, today: string): CaseloadOverview {
  const thresholds = readThresholds(db);
  const byWorker = monthsByWorker(db);
  const rows = listWorkerRows(db)
    .filter((w) => w.role === 'splw' && (isInPost(w, today) || byWorker.has(w.id)))
    .map((w) => {
      const wte = wteOf(db, w);
      return {
        workerId: w.id,
        name: w.name,
        wte,
        figures: caseloadFigures(byWorker.get(w.id) ?? [], { ...w, wte }, thresholds, today),
      };
    });
  return { thresholds, rows };
}
