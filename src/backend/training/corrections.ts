import { MAX_EVIDENCE_FILES_PER_RECORD } from '../../shared/domain/evidence-limits.ts';
import type { TrainingRecord } from '../../shared/domain/requirements.ts';
import {
  changeInWords,
  recordChanges,
  recordStateInWords,
  withdrawalInWords,
} from '../../shared/rules/record-history.ts';
import type { RecordCorrectionInput } from '../../shared/schemas/training.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { actor, inTransaction } from '../context.ts';
import { conflict, invalidField, notFound } from '../errors.ts';
import { findRequirement } from '../requirements/queries.ts';
import { findWorker } from '../staff/queries.ts';
import * as q from './queries.ts';
import { assertDatesPossible, assertHoursPossible, isSelfReport, REPLACED } from './record-rules.ts';
import { linkUploads, storeUploads } from './uploads.ts';
import { contentOf } from './versions.ts';

/** The record whose current version is `recordId`; refused when there is none, or it was replaced or withdrawn. */
function recordInForce(ctx: Ctx, recordId: number, doing: 'correct' | 'withdraw'): TrainingRecord {
  const version = q.findVersion(ctx.db, recordId);
  if (!version) throw notFound('training record', recordId);
  if (version.replaced) throw conflict(REPLACED);
  const record = q.findRecord(ctx.db, recordId) as TrainingRecord;
  if (record.withdrawal) {
    const instead = doing === 'correct' ? 'corrected: record the training again instead' : 'withdrawn again';
    throw conflict(`${withdrawalInWords(record.withdrawal, 'This record was withdrawn')}. It cannot be ${instead}`);
  }
  return record;
}

/** "Fire safety (completed 03/02/2026) for Amira Khan", for the audit log. */
function recordInWords(ctx: Ctx, r: TrainingRecord): string {
  const title = findRequirement(ctx.db, r.requirementId)?.title ?? r.requirementId;
  return `${title} (${recordStateInWords(r).toLowerCase()}) for ${findWorker(ctx.db, r.workerId)?.name ?? `worker ${r.workerId}`}`;
}

/**
 * Corrects a record: the corrected content becomes a new version that keeps the certificates (and adds any
 * given), while the version it replaces stays exactly as it was, shown in the record's history.
 */
export function correctRecord(ctx: Ctx, input: RecordCorrectionInput): TrainingRecord {
  const { recordId, reason, evidence: uploads, ...fields } = input;
  assertDatesPossible(ctx, fields);
  assertHoursPossible(fields);
  const before = recordInForce(ctx, recordId, 'correct');
  const held = before.evidence.length + uploads.length;
  if (held > MAX_EVIDENCE_FILES_PER_RECORD) {
    throw invalidField(
      'evidence',
      `A record holds at most ${MAX_EVIDENCE_FILES_PER_RECORD} certificates: it has ${before.evidence.length} already`,
    );
  }
  const changes = recordChanges(contentOf(before, before.evidence), {
    ...contentOf(fields, []),
    evidence: [...before.evidence.map((e) => e.originalName), ...uploads.map((u) => u.fileName)],
  });
  if (changes.length === 0) throw conflict('Nothing was changed: change what was wrong, or cancel');
  const stored = storeUploads(ctx, uploads);

  return inTransaction(ctx, () => {
    const current = recordInForce(ctx, recordId, 'correct');
    const at = ctx.now().toISOString();
    const versionId = q.insertRecord(
      ctx.db,
      { workerId: current.workerId, requirementId: current.requirementId, ...fields },
      at,
      isSelfReport(ctx, current.workerId),
      { replacesId: recordId, reason, by: actor(ctx) },
    );
    q.carryEvidence(ctx.db, recordId, versionId);
    linkUploads(ctx, versionId, stored, at);
    const after = q.findRecord(ctx.db, versionId) as TrainingRecord;
    recordAudit(ctx, {
      action: 'training.correct',
      entity: 'training_record',
      entityId: versionId,
      workerId: current.workerId,
      summary: `Corrected ${recordInWords(ctx, current)}: ${changes.map(changeInWords).join('; ')}. Reason: ${reason}`,
      before: current,
      after,
    });
    return after;
  });
}

/** Withdraws a record entered in error: it stops counting, and stays in the history with who, when and why. */
export function withdrawRecord(ctx: Ctx, input: { recordId: number; reason: string }): TrainingRecord {
  return inTransaction(ctx, () => {
    const before = recordInForce(ctx, input.recordId, 'withdraw');
    q.withdrawVersion(ctx.db, before.id, { at: ctx.now().toISOString(), by: actor(ctx), reason: input.reason });
    const after = q.findRecord(ctx.db, before.id) as TrainingRecord;
    recordAudit(ctx, {
      action: 'training.withdraw',
      entity: 'training_record',
      entityId: before.id,
      workerId: before.workerId,
      summary: `Withdrew ${recordInWords(ctx, before)}: ${input.reason}`,
      before,
      after,
    });
    return after;
  });
}
