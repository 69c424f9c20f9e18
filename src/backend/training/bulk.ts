import type { TrainingRecord } from '../../shared/domain/requirements.ts';
import type { RecordManyInput } from '../../shared/schemas/bulk-record.ts';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../context.ts';
import { DomainError, invalidField } from '../errors.ts';
import { findWorker } from '../staff/queries.ts';
import { requirementFor } from './record-rules.ts';
import { addRecord } from './service.ts';

/**
 * Records one course for several people: each gets the record (and audit entry) one `training.record` would
 * make, all in one transaction, so one refusal writes nothing for anyone. Everyone is checked first, so the
 * refusal names every person the requirement does not apply to, not only the first.
 */
export function recordMany(ctx: Ctx, input: RecordManyInput): TrainingRecord[] {
  const refusals = input.workerIds.flatMap((workerId) => {
    try {
      requirementFor(ctx, workerId, input.requirementId);
      return [];
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return [`${findWorker(ctx.db, workerId)?.name ?? `Worker ${workerId}`}: ${error.message}`];
    }
  });
  if (refusals.length > 0) {
    throw invalidField('workerIds', `Nothing was recorded. ${refusals.join('; ')}`);
  }
  const { workerIds, certificates, ...fields } = input;
  return inTransaction(ctx, () =>
    workerIds.map((workerId) => {
      const certificate = certificates.find((c) => c.workerId === workerId);
      return addRecord(ctx, { ...fields, workerId, evidence: certificate ? [certificate.file] : [] });
    }),
  );
}
