import type { WorkerFields } from '../../shared/domain/staff.ts';
import { namesList } from '../../shared/rules/claim-decisions.ts';
import type { Ctx } from '../context.ts';
import { conflict } from '../errors.ts';
import { forgetRemindersOf } from '../reminders/queries.ts';
import { deleteWorker, insertWorker } from '../staff/queries.ts';
import { recordsHeldBy } from '../staff/records-held.ts';
import type { BatchRow } from './queries.ts';
import * as q from './queries.ts';

/** Adds each ready row as a worker linked to the batch. */
export function addWorkers(ctx: Ctx, batchId: number, ready: readonly { row: number; value: WorkerFields }[]): void {
  for (const { row, value } of ready) q.linkBatchWorker(ctx.db, batchId, insertWorker(ctx.db, value), row);
}

/**
 * Removes each worker the batch added, by the rule behind removing a worker as made in error: refused, naming them,
 * when any has gained records since (training, supervision, an account…), as those are kept. Refused too when any
 * has had their details changed since, as the change is someone's later word on them (as a corrected training
 * record stops a training import's undo). Someone already removed since is not counted. Answers how many were removed.
 */
export function removeWorkers(ctx: Ctx, batch: BatchRow): number {
  const workers = q.workersOfBatch(ctx.db, batch.id);
  const holding = workers.flatMap((w) => {
    const held = recordsHeldBy(ctx.db, w.id);
    return held.length > 0 ? [`${w.name} (${held.join(', ')})`] : [];
  });
  if (holding.length > 0) {
    const have = holding.length === 1 ? 'has records' : 'have records';
    throw conflict(
      `The import of ${batch.fileName} cannot be undone: ${holding.join('; ')} ${have} kept since. Mark them as leavers instead, or remove the others one by one`,
    );
  }
  const changed = q.workersChangedSinceBatch(ctx.db, batch.id);
  if (changed.length > 0) {
    throw conflict(
      `The import of ${batch.fileName} cannot be undone: the details of ${namesList(changed)} have been changed since. Remove people one by one instead`,
    );
  }
  for (const w of workers) {
    forgetRemindersOf(ctx.db, w.id);
    deleteWorker(ctx.db, w.id);
  }
  return workers.length;
}
