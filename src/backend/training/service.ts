import type { RecordInput, TrainingRecord } from '../../shared/domain/requirements.ts';
import { ROLE_PLURALS } from '../../shared/domain/staff.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { actor, callerOf, inTransaction } from '../context.ts';
import { conflict, invalidField, notFound } from '../errors.ts';
import { requirePlausibleDates } from '../plausible.ts';
import { findRequirement } from '../requirements/queries.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { findWorker } from '../staff/queries.ts';
import type { CheckedFile } from '../evidence/files.ts';
import { checkEvidenceFile, writeEvidenceFile } from '../evidence/files.ts';
import * as q from './queries.ts';

function requirementFor(ctx: Ctx, workerId: number, requirementId: string) {
  const worker = findWorker(ctx.db, workerId);
  if (!worker) throw invalidField('workerId', 'That worker is not in the register');
  const requirement = findRequirement(ctx.db, requirementId);
  if (!requirement) throw invalidField('requirementId', 'That requirement is not in the catalogue');
  if (!requirement.roles.includes(worker.role)) {
    throw invalidField('requirementId', `${requirement.title} does not apply to ${ROLE_PLURALS[worker.role]}`);
  }
  return { worker, requirement };
}

function assertDatesPossible(ctx: Ctx, input: RecordInput): void {
  requirePlausibleDates(ctx, [
    { field: 'startDate', date: input.startDate, kind: 'working', what: 'start date' },
    { field: 'completedOn', date: input.completedOn, kind: 'past', what: 'completion date' },
    { field: 'expiresOn', date: input.expiresOn, kind: 'working', what: 'expiry date' },
  ]);
  if (input.startDate !== null && input.completedOn !== null && input.startDate > input.completedOn) {
    throw invalidField('startDate', 'The start date cannot be after the completion date');
  }
}

/**
 * Adds a record (a renewal is a new record; earlier ones stay). Files are checked before anything is written,
 * stored under their content hash, then linked in the same transaction as the record and its audit entry.
 */
/** A worker recording their own training (team mode): the lead verifies it later. */
function isSelfReport(ctx: Ctx, workerId: number): boolean {
  const caller = callerOf(ctx);
  return caller.kind === 'account' && !caller.lead && caller.workerId === workerId;
}

/** The lead confirms a self-reported record against its evidence. */
export function verifyRecord(ctx: Ctx, recordId: number): TrainingRecord {
  return inTransaction(ctx, () => {
    const record = q.findRecord(ctx.db, recordId);
    if (!record) throw notFound('training record', recordId);
    if (!record.selfReported) throw conflict('Only a record the worker made themself needs verifying');
    if (record.verifiedAt)
      throw conflict(`Already verified by ${record.verifiedBy} on ${record.verifiedAt.slice(0, 10)}`);
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

export function addRecord(ctx: Ctx, input: RecordInput): TrainingRecord {
  const { worker, requirement } = requirementFor(ctx, input.workerId, input.requirementId);
  if (requirement.check !== 'record') {
    throw invalidField(
      'requirementId',
      `${requirement.title} is met by ${requirement.check === 'competency_assessment' ? 'a signed competency assessment' : 'the staff register'}, not by a record`,
    );
  }
  assertDatesPossible(ctx, input);
  const { evidenceMaxBytes } = readAppSettings(ctx.db);
  const files: (CheckedFile & { originalName: string })[] = input.evidence.map((upload, i) => ({
    ...checkEvidenceFile(`evidence.${i}`, upload.fileName, upload.dataBase64, evidenceMaxBytes),
    originalName: upload.fileName,
  }));
  const stored = files.map((file) => ({ file, storedName: writeEvidenceFile(ctx.dataDir, file) }));

  return inTransaction(ctx, () => {
    const { evidence: _uploads, ...fields } = input;
    const createdAt = ctx.now().toISOString();
    const recordId = q.insertRecord(ctx.db, fields, createdAt, isSelfReport(ctx, worker.id));
    for (const { file, storedName } of stored) {
      const fileId =
        q.findEvidenceFileId(ctx.db, file.sha256) ??
        q.insertEvidenceFile(ctx.db, {
          sha256: file.sha256,
          mediaType: file.mediaType,
          sizeBytes: file.bytes.length,
          storedName,
        });
      q.linkEvidence(ctx.db, recordId, fileId, file.originalName, createdAt);
    }
    const record = q.findRecord(ctx.db, recordId) as TrainingRecord;
    recordAudit(ctx, {
      action: 'training.record',
      entity: 'training_record',
      entityId: recordId,
      workerId: worker.id,
      summary: `Recorded ${requirement.title} as ${record.status.replace('_', ' ')} for ${worker.name}`,
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
    recordAudit(ctx, {
      action: 'training.endExemption',
      entity: 'exemption',
      entityId: exemption.id,
      workerId: input.workerId,
      summary: `Made ${input.requirementId} required again (the exemption "${exemption.reason}" ended)`,
      before: exemption,
    });
  });
}
