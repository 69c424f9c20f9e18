import type { Worker, WorkerFields } from '../../shared/domain/staff.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import { createAudited, updateAudited } from '../audit/audited.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../context.ts';
import { conflict, invalidField, notFound } from '../errors.ts';
import type { DateToCheck } from '../plausible.ts';
import { requirePlausibleDates } from '../plausible.ts';
import { findColleague, findEmployer, findPractice } from '../pcn/queries.ts';
import { forgetRemindersOf } from '../reminders/queries.ts';
import * as q from './queries.ts';
import { recordsHeldBy } from './records-held.ts';

const leavingDate = (date: string | null): DateToCheck => ({
  field: 'leavingDate',
  date,
  kind: 'working',
  what: 'leaving date',
});

/**
 * The references a worker holds must point at real records, and the dates be plausible; each failure names its
 * field. A staff-register import checks each row by it too.
 */
export function assertValid(ctx: Ctx, w: WorkerFields): void {
  requirePlausibleDates(ctx, [
    { field: 'startDate', date: w.startDate, kind: 'working', what: 'start date' },
    leavingDate(w.leavingDate),
  ]);
  if (!findEmployer(ctx.db, w.employerId)) throw invalidField('employerId', 'That employer does not exist');
  if (w.basePracticeId !== null && !findPractice(ctx.db, w.basePracticeId)) {
    throw invalidField('basePracticeId', 'That practice does not exist');
  }
  if (w.supervisorId !== null && !findColleague(ctx.db, w.supervisorId)) {
    throw invalidField('supervisorId', 'That supervisor is not in the register');
  }
  if (w.firstContactId !== null && !findColleague(ctx.db, w.firstContactId)) {
    throw invalidField('firstContactId', 'That first point of contact is not in the register');
  }
}

const workers = (ctx: Ctx) => ({
  entity: 'worker',
  find: (id: number) => q.findWorker(ctx.db, id),
  workerIdOf: (w: Worker) => w.id,
});

export function createWorker(ctx: Ctx, fields: WorkerFields): Worker {
  return createAudited(ctx, workers(ctx), () => {
    assertValid(ctx, fields);
    return q.insertWorker(ctx.db, fields);
  });
}

export function updateWorker(ctx: Ctx, id: number, fields: WorkerFields): Worker {
  return updateAudited(ctx, workers(ctx), id, () => {
    assertValid(ctx, fields);
    q.updateWorker(ctx.db, id, fields);
  });
}

export function markLeaver(ctx: Ctx, id: number, leavesOn: string): Worker {
  requirePlausibleDates(ctx, [leavingDate(leavesOn)]);
  return updateAudited(ctx, workers(ctx), id, (before) => {
    if (leavesOn < before.startDate) {
      throw invalidField(
        'leavingDate',
        `The leaving date cannot be before the start date (${formatUkDate(before.startDate)})`,
      );
    }
    q.setLeavingDate(ctx.db, id, leavesOn);
  });
}

/** Only for a record made in error: the reason and the whole record stay in the audit log. */
export function removeMadeInError(ctx: Ctx, id: number, reason: string): { removed: number } {
  return inTransaction(ctx, () => {
    const before = q.findWorker(ctx.db, id);
    if (!before) throw notFound('worker', id);
    const held = recordsHeldBy(ctx.db, id);
    if (held.length > 0) {
      throw conflict(`${before.name} has records that are kept (${held.join(', ')}): mark them as a leaver instead`);
    }
    forgetRemindersOf(ctx.db, id);
    q.deleteWorker(ctx.db, id);
    recordAudit(ctx, {
      action: 'worker.remove',
      entity: 'worker',
      entityId: id,
      workerId: id,
      summary: `Removed ${before.name} as made in error: ${reason}`,
      before,
    });
    return { removed: id };
  });
}
