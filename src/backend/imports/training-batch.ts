import type { RecordInput } from '../../shared/domain/requirements.ts';
import { countOf } from '../../shared/rules/words.ts';
import type { Ctx } from '../context.ts';
import { conflict } from '../errors.ts';
import * as training from '../training/queries.ts';
import { isSelfReport } from '../training/record-rules.ts';
import type { BatchRow } from './queries.ts';
import * as q from './queries.ts';

/** Adds each ready row as a training record linked to the batch. */
export function addRecords(ctx: Ctx, batchId: number, ready: readonly { row: number; value: RecordInput }[]): void {
  const at = ctx.now().toISOString();
  for (const { row, value } of ready) {
    const { evidence: _none, ...fields } = value;
    const recordId = training.insertRecord(ctx.db, fields, at, isSelfReport(ctx, value.workerId));
    q.linkBatchRecord(ctx.db, batchId, recordId, row);
  }
}

/**
 * Withdraws each record the batch added (training records are evidence and never deleted). Refused when one has
 * been corrected since, as the correction is someone's later word on it; a record withdrawn since is left as it is.
 * Answers how many were withdrawn.
 */
export function withdrawRecords(ctx: Ctx, batch: BatchRow, by: { at: string; by: string }): number {
  const records = q.recordsOfBatch(ctx.db, batch.id);
  const corrected = records.filter((r) => r.corrected).length;
  if (corrected > 0) {
    throw conflict(
      `${countOf(corrected, 'record')} from ${batch.fileName} ${corrected === 1 ? 'has' : 'have'} been corrected since: withdraw ${corrected === 1 ? 'it' : 'them'} one by one instead`,
    );
  }
  const reason = `The import of ${batch.fileName} was undone`;
  const inForce = records.filter((r) => !r.withdrawn);
  for (const r of inForce) training.withdrawVersion(ctx.db, r.id, { ...by, reason });
  return inForce.length;
}
