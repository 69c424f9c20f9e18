import type { Database } from 'better-sqlite3';
import type { EvidenceLink, Exemption, RecordInput, TrainingRecord } from '../../shared/domain/requirements.ts';
import type { RecordFacts } from '../../shared/rules/compliance.ts';
import type { TimeRecord } from '../../shared/rules/training-time.ts';
import { rowsOfWorkers, sql } from '../db/statements.ts';
import type { VersionRow } from './versions.ts';
import { assembleRecords } from './versions.ts';

const versionColumns = `id, worker_id AS workerId, requirement_id AS requirementId, status, start_date AS startDate,
  completed_on AS completedOn, expires_on AS expiresOn, provider, notes, signed_off_by AS signedOffBy, created_at AS createdAt,
  self_reported AS selfReported, verified_at AS verifiedAt, verified_by AS verifiedBy, replaces_id AS replacesId,
  correction_reason AS correctionReason, corrected_by AS correctedBy, withdrawn_at AS withdrawnAt,
  withdrawn_by AS withdrawnBy, withdrawn_reason AS withdrawnReason, training_minutes / 60.0 AS trainingHours,
  reimbursable`;

/** A record's current version: none has replaced it (it may have been withdrawn). */
const CURRENT = `NOT EXISTS (SELECT 1 FROM training_record n WHERE n.replaces_id = r.id)`;

/** A version in force: not withdrawn, and not replaced by a correction. */
const IN_FORCE = `r.withdrawn_at IS NULL AND ${CURRENT}`;

/** What makes a version a correction of another. */
export interface Correction {
  replacesId: number;
  reason: string;
  by: string;
}

/** What a new version says; time spent is optional, as records made before it was asked for have none. */
type NewVersion = Omit<RecordInput, 'evidence' | 'trainingHours' | 'reimbursable'> &
  Partial<Pick<RecordInput, 'trainingHours' | 'reimbursable'>>;

export function insertRecord(
  db: Database,
  r: NewVersion,
  createdAt: string,
  selfReported: boolean,
  correction: Correction | null = null,
): number {
  return Number(
    sql(
      db,
      `INSERT INTO training_record (worker_id, requirement_id, status, start_date, completed_on, expires_on, provider,
                                    notes, signed_off_by, created_at, self_reported, replaces_id, correction_reason,
                                    corrected_by, training_minutes, reimbursable)
       VALUES (@workerId, @requirementId, @status, @startDate, @completedOn, @expiresOn, @provider, @notes,
               @signedOffBy, @createdAt, @selfReported, @replacesId, @reason, @by, @trainingMinutes, @reimbursable)`,
    ).run({
      ...r,
      trainingHours: undefined,
      trainingMinutes: r.trainingHours == null ? null : Math.round(r.trainingHours * 60),
      reimbursable: r.reimbursable ? 1 : 0,
      createdAt,
      selfReported: selfReported ? 1 : 0,
      replacesId: correction?.replacesId ?? null,
      reason: correction?.reason ?? null,
      by: correction?.by ?? null,
    }).lastInsertRowid,
  );
}

export const verifyRecord = (db: Database, id: number, at: string, by: string) =>
  sql(db, 'UPDATE training_record SET verified_at = ?, verified_by = ? WHERE id = ? AND self_reported = 1').run(
    at,
    by,
    id,
  );

export const withdrawVersion = (db: Database, id: number, w: { at: string; by: string; reason: string }) =>
  sql(
    db,
    'UPDATE training_record SET withdrawn_at = @at, withdrawn_by = @by, withdrawn_reason = @reason WHERE id = @id',
  ).run({ ...w, id });

/** A version as stored, whether or not it is still current; `replaced` when a correction has replaced it. */
export function findVersion(db: Database, id: number): (VersionRow & { replaced: boolean }) | undefined {
  const row = sql(
    db,
    `SELECT ${versionColumns}, EXISTS (SELECT 1 FROM training_record n WHERE n.replaces_id = r.id) AS replaced
     FROM training_record r WHERE r.id = ?`,
  ).get(id) as (VersionRow & { replaced: 0 | 1 }) | undefined;
  return row && { ...row, replaced: row.replaced === 1 };
}

/** A worker's records as they now stand (one per line of versions), each with its corrections, oldest first. */
export function recordsOfWorker(db: Database, workerId: number): TrainingRecord[] {
  const rows = sql(db, `SELECT ${versionColumns} FROM training_record WHERE worker_id = ? ORDER BY id`).all(
    workerId,
  ) as VersionRow[];
  const links = sql(
    db,
    `SELECT re.record_id AS recordId, f.id AS fileId, re.original_name AS originalName, f.media_type AS mediaType,
            f.size_bytes AS sizeBytes
     FROM record_evidence re JOIN evidence_file f ON f.id = re.file_id
     JOIN training_record r ON r.id = re.record_id WHERE r.worker_id = ? ORDER BY re.added_at, f.id`,
  ).all(workerId) as (EvidenceLink & { recordId: number })[];
  const evidence = new Map<number, EvidenceLink[]>();
  for (const { recordId, ...link } of links) evidence.set(recordId, [...(evidence.get(recordId) ?? []), link]);
  return assembleRecords(rows, evidence);
}

/** The ids of every version of a worker's records: evidence linked to a version a correction replaced stays theirs. */
export const versionIdsOfWorker = (db: Database, workerId: number): Set<number> =>
  new Set(sql(db, 'SELECT id FROM training_record WHERE worker_id = ?').pluck().all(workerId) as number[]);

/** The record whose current version is `id`; undefined when there is none, or a correction has replaced it. */
export function findRecord(db: Database, id: number): TrainingRecord | undefined {
  const row = sql(db, 'SELECT worker_id AS workerId FROM training_record WHERE id = ?').get(id) as
    { workerId: number } | undefined;
  return row && recordsOfWorker(db, row.workerId).find((r) => r.id === id);
}

/** Certificates stay with a record when it is corrected: the new version links the files the old one had. */
export const carryEvidence = (db: Database, fromId: number, toId: number) =>
  sql(
    db,
    `INSERT INTO record_evidence (record_id, file_id, original_name, added_at)
     SELECT ?, file_id, original_name, added_at FROM record_evidence WHERE record_id = ?`,
  ).run(toId, fromId);

/**
 * The status facts of the records in force (everyone's, or only `workers'`), grouped by worker then requirement,
 * oldest first: a withdrawn record, or a version a correction replaced, counts for nothing.
 */
export function recordFactsByWorker(
  db: Database,
  workers?: readonly number[],
): Map<number, Map<string, RecordFacts[]>> {
  const rows = rowsOfWorkers(
    db,
    `SELECT worker_id, requirement_id, status, start_date, completed_on, expires_on
     FROM (SELECT * FROM training_record r WHERE ${IN_FORCE})`,
    workers,
  ) as [number, string, RecordFacts['status'], string | null, string | null, string | null][];
  const byWorker = new Map<number, Map<string, RecordFacts[]>>();
  for (const [workerId, requirementId, status, startDate, completedOn, expiresOn] of rows) {
    let byRequirement = byWorker.get(workerId);
    if (!byRequirement) byWorker.set(workerId, (byRequirement = new Map()));
    const facts = { status, startDate, completedOn, expiresOn };
    const list = byRequirement.get(requirementId);
    if (list) list.push(facts);
    else byRequirement.set(requirementId, [facts]);
  }
  return byWorker;
}

/** Each worker's current records with hours, completed on a day from `from` to `to` (withdrawn ones marked). */
export function timeRecordsByWorker(db: Database, from: string, to: string): Map<number, TimeRecord[]> {
  const rows = sql(
    db,
    `SELECT worker_id AS workerId, training_minutes / 60.0 AS trainingHours, reimbursable, start_date AS startDate,
            completed_on AS completedOn, withdrawn_at AS withdrawnAt, withdrawn_by AS withdrawnBy,
            withdrawn_reason AS withdrawnReason
     FROM training_record r
     WHERE training_minutes IS NOT NULL AND completed_on BETWEEN ? AND ? AND ${CURRENT}`,
  ).all(from, to) as (Omit<TimeRecord, 'reimbursable' | 'withdrawal'> & {
    workerId: number;
    reimbursable: 0 | 1;
    withdrawnAt: string | null;
    withdrawnBy: string | null;
    withdrawnReason: string | null;
  })[];
  const byWorker = new Map<number, TimeRecord[]>();
  for (const { workerId, reimbursable, withdrawnAt, withdrawnBy, withdrawnReason, ...r } of rows) {
    const withdrawal =
      withdrawnAt === null ? null : { at: withdrawnAt, by: withdrawnBy ?? '', reason: withdrawnReason ?? '' };
    byWorker.set(workerId, [...(byWorker.get(workerId) ?? []), { ...r, reimbursable: reimbursable === 1, withdrawal }]);
  }
  return byWorker;
}

export function findEvidenceFileId(db: Database, sha256: string): number | undefined {
  return (sql(db, 'SELECT id FROM evidence_file WHERE sha256 = ?').get(sha256) as { id: number } | undefined)?.id;
}

export function insertEvidenceFile(
  db: Database,
  f: { sha256: string; mediaType: string; sizeBytes: number; storedName: string },
): number {
  return Number(
    sql(
      db,
      'INSERT INTO evidence_file (sha256, media_type, size_bytes, stored_name) VALUES (@sha256, @mediaType, @sizeBytes, @storedName)',
    ).run(f).lastInsertRowid,
  );
}

export function linkEvidence(
  db: Database,
  recordId: number,
  fileId: number,
  originalName: string,
  addedAt: string,
): void {
  sql(
    db,
    'INSERT OR IGNORE INTO record_evidence (record_id, file_id, original_name, added_at) VALUES (?, ?, ?, ?)',
  ).run(recordId, fileId, originalName, addedAt);
}

export function findEvidence(
  db: Database,
  fileId: number,
): { storedName: string; mediaType: string; originalName: string } | undefined {
  return sql(
    db,
    `SELECT f.stored_name AS storedName, f.media_type AS mediaType, n.original_name AS originalName
     FROM evidence_file f JOIN (SELECT file_id, original_name FROM record_evidence
                                UNION ALL SELECT evidence_file_id, evidence_name FROM cpd_entry) n ON n.file_id = f.id
     WHERE f.id = ? LIMIT 1`,
  ).get(fileId) as never;
}

const exemptionColumns = 'id, worker_id AS workerId, requirement_id AS requirementId, reason, created_at AS createdAt';

export function activeExemptions(db: Database): Exemption[] {
  return sql(db, `SELECT ${exemptionColumns} FROM exemption WHERE ended_at IS NULL`).all() as Exemption[];
}

/** Each worker's exempted requirement ids. */
export function exemptionsByWorker(db: Database): Map<number, Set<string>> {
  const byWorker = new Map<number, Set<string>>();
  for (const e of activeExemptions(db)) {
    const set = byWorker.get(e.workerId) ?? new Set<string>();
    set.add(e.requirementId);
    byWorker.set(e.workerId, set);
  }
  return byWorker;
}

export function activeExemptionsOfWorker(db: Database, workerId: number): Exemption[] {
  return sql(db, `SELECT ${exemptionColumns} FROM exemption WHERE ended_at IS NULL AND worker_id = ?`).all(
    workerId,
  ) as Exemption[];
}

export function insertExemption(db: Database, e: Omit<Exemption, 'id'>): number {
  return Number(
    sql(
      db,
      'INSERT INTO exemption (worker_id, requirement_id, reason, created_at) VALUES (@workerId, @requirementId, @reason, @createdAt)',
    ).run(e).lastInsertRowid,
  );
}

export function endExemption(db: Database, id: number, endedAt: string): void {
  sql(db, 'UPDATE exemption SET ended_at = ? WHERE id = ?').run(endedAt, id);
}
