import { formatMonth } from '../../shared/rules/dates.ts';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../context.ts';
import { recordAudit } from '../audit/record.ts';
import { invalidField } from '../errors.ts';
import { findWorker } from '../staff/queries.ts';
import * as q from './queries.ts';
import { requireClaimMonth } from './service.ts';

export interface PayrollActual {
  workerId: number;
  month: string;
  salaryPence: number;
  niPence: number;
  pensionPence: number;
}

/** A month's actual payroll for one worker, used over the pay on record; the worker must be in the register. */
export function savePayroll(ctx: Ctx, actual: PayrollActual): void {
  requireClaimMonth(ctx, actual.month);
  inTransaction(ctx, () => {
    const worker = findWorker(ctx.db, actual.workerId);
    if (!worker) throw invalidField('workerId', 'That worker is not in the register');
    q.upsertPayrollActual(ctx.db, actual);
    recordAudit(ctx, {
      action: 'payroll.save',
      entity: 'payroll_actual',
      entityId: null,
      workerId: actual.workerId,
      summary: `Recorded ${worker.name}'s actual payroll for ${formatMonth(actual.month)}`,
      after: actual,
    });
  });
}
