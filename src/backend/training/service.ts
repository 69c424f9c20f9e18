import type { Check, RecordInput, TrainingRecord } from '../../shared/domain/requirements.ts';
import { RECORD_STATUS_LABELS } from '../../shared/domain/requirements.ts';
import { formatUkDayOf } from '../../shared/rules/dates.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { actor, inTransaction } from '../context.ts';
import { conflict, invalidField, notFound } from '../errors.ts';
import { findRequirement } from '../requirements/queries.ts';
import { findWorker } from '../staff/queries.ts';
import * as q from './queries.ts';
import { assertDatesPossible, assertHoursPossible, isSelfReport, REPLACED, requirementFor } from './record-rules.ts';
import { linkUploads, storeUploads } from './uploads.ts';

/** What meets a requirement that no training record can. */
const MET_BY: Record<Exclude<Check, 'record'>, string> = {
  competency_assessment: 'a signed competency assessment',
  named_supervisor: 'the staff register',
  named_first_contact: 'the staff register',
  supervision: 'supervision sessions',
  cpd: 'entries in the CPD log',
};

/** The lead confirms a self-reported record against its evidence. */
export function verifyRecord(ctx: Ctx, recordId: number): TrainingRecord {
  return inTransaction(ctx, () => {
    const version = q.findVersion(ctx.db, recordId);
    if (!version) throw notFound('training record', recordId);
    if (version.replaced) throw conflict(REPLACED);
    const record = q.findRecord(ctx.db, recordId) as TrainingRecord;
    if (record.withdrawal) throw conflict('This record was withdrawn, so there is nothing to verify');
    if (!record.selfReported) throw conflict('Only a record the worker made themself needs verifying');
    if (record.verifiedAt)
      throw conflict(`Already verified by ${record.verifiedBy} on ${formatUkDayOf(record.verifiedAt)}`);
    q.verifyRecord(ctx.db, recordId, ctx.now().toISOString(), actor(ctx));
    const verified = q.findRecord(ctx.db, recordId) as TrainingRecord;
    recordAudit(ctx, {
      action: 'training.verify',
      entity: 'training_record',
      entityId: recordId,
      workerId: record.workerId,
      summary: `Verified ${findRequirement(ctx.db, record.requirementId)?.title ?? record.requirementId}, recorded by the worker themself`,
      before: record,
      after: verified,
    });
    return verified;
  });
}

/**
 * Adds a record (a renewal is a new record; earlier ones stay). Files are checked before anything is written,
 * stored under their content hash, then linked in the same transaction as the record and its audit entry.
 */
export function addRecord(ctx: Ctx, input: RecordInput): TrainingRecord {
  const { worker, requirement } = requirementFor(ctx, input.workerId, input.requirementId);
  if (requirement.check !== 'record') {
    throw invalidField('requirementId', `${requirement.title} is met by ${MET_BY[requirement.check]}, not by a record`);
  }
  assertDatesPossible(ctx, input);
  assertHoursPossible(input);
  const stored = storeUploads(ctx, input.evidence);

  return inTransaction(ctx, () => {
    const { evidence: _uploads, ...fields } = input;
    const createdAt = ctx.now().toISOString();
    const recordId = q.insertRecord(ctx.db, fields, createdAt, isSelfReport(ctx, worker.id));
    linkUploads(ctx, recordId, stored, createdAt);
    const record = q.findRecord(ctx.db, recordId) as TrainingRecord;
    recordAudit(ctx, {
      action: 'training.record',
      entity: 'training_record',
      entityId: recordId,
      workerId: worker.id,
      summary: `Recorded ${requirement.title} as ${RECORD_STATUS_LABELS[record.status].toLowerCase()} for ${worker.name}`,
      after: record,
    });
    return record;
  });
}

export function exempt(ctx: Ctx, input: { workerId: number; requirementId: string; reason: string }): void {
  const { worker, requirement } = requirementFor(ctx, input.workerId, input.requirementId);
  inTransaction(ctx, () => {
    if (q.activeExemptionsOfWorker(ctx.db, worker.id).some((e) => e.requirementId === requirement.id)) {
      throw conflict(`${worker.name} is already exempt from ${requirement.title}`);
    }
    const createdAt = ctx.now().toISOString();
    const id = q.insertExemption(ctx.db, {
      workerId: worker.id,
      requirementId: requirement.id,
      reason: input.reason,
      createdAt,
    });
    recordAudit(ctx, {
      action: 'training.exempt',
      entity: 'exemption',
      entityId: id,
      workerId: worker.id,
      summary: `Marked ${requirement.title} as not required for ${worker.name}: ${input.reason}`,
      after: { requirementId: requirement.id, reason: input.reason },
    });
  });
}

export function endExemption(ctx: Ctx, input: { workerId: number; requirementId: string }): void {
  inTransaction(ctx, () => {
    const exemption = q
      .activeExemptionsOfWorker(ctx.db, input.workerId)
      .find((e) => e.requirementId === input.requirementId);
    if (!exemption) throw notFound('exemption for requirement', input.requirementId);
    q.endExemption(ctx.db, exemption.id, ctx.now().toISOString());
    const title = findRequirement(ctx.db, input.requirementId)?.title ?? input.requirementId;
    const name = findWorker(ctx.db, input.workerId)?.name ?? 'the worker';
    recordAudit(ctx, {
      action: 'training.endExemption',
      entity: 'exemption',
      entityId: exemption.id,
      workerId: input.workerId,
      summary: `Made ${title} required again for ${name} (the exemption "${exemption.reason}" ended)`,
      before: exemption,
    });
  });
}
