import type { Database } from 'better-sqlite3';
import type { WorkerCaseload } from '../../shared/domain/caseload.ts';
import type { WorkerRow } from '../../shared/domain/staff.ts';
import { formatMonth } from '../../shared/rules/dates.ts';
import { monthProblem } from '../../shared/rules/caseload.ts';
import type { CaseloadSaveInput } from '../../shared/schemas/caseload.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { inTransaction, today } from '../context.ts';
import { invalidField, notFound } from '../errors.ts';
import { findWorkerRow } from '../staff/queries.ts';
import { workerCaseload } from './figures.ts';
import { findMonth, writeMonth } from './queries.ts';

/** A link worker, or why their caseload cannot be kept. */
export function linkWorker(db: Database, workerId: number): WorkerRow {
  const worker = findWorkerRow(db, workerId);
  if (!worker) throw notFound('worker', workerId);
  if (worker.role !== 'splw')
    throw invalidField('workerId', 'Caseload figures are kept for social prescribing link workers only');
  return worker;
}

export function caseloadOfWorker(ctx: Ctx, workerId: number): WorkerCaseload {
  return workerCaseload(ctx.db, linkWorker(ctx.db, workerId), today(ctx));
}

/** Saves one month's figures for a link worker, over any held for it. */
export function saveCaseloadMonth(ctx: Ctx, { workerId, month, counts }: CaseloadSaveInput): WorkerCaseload {
  return inTransaction(ctx, () => {
    const worker = linkWorker(ctx.db, workerId);
    const problem = monthProblem(month, worker.startDate, today(ctx));
    if (problem) throw invalidField('month', problem);
    const before = findMonth(ctx.db, workerId, month);
    writeMonth(ctx.db, workerId, { month, ...counts });
    recordAudit(ctx, {
      action: 'caseload.save',
      entity: 'caseload_month',
      entityId: null,
      workerId,
      summary: `${before ? 'Changed' : 'Recorded'} the caseload figures for ${formatMonth(month)}`,
      before,
      after: { month, ...counts },
    });
    return workerCaseload(ctx.db, worker, today(ctx));
  });
}
