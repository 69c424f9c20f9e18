import type { Database } from 'better-sqlite3';
import type { EvidenceLink, Exemption, RecordInput, TrainingRecord } from '../../shared/domain/requirements.ts';
import type { RecordFacts } from '../../shared/rules/compliance.ts';
import { rowsOfWorkers, sql } from '../db/statements.ts';

const recordColumns = `id, worker_id AS workerId, requirement_id AS requirementId, status, start_date AS startDate,
  completed_on AS completedOn, expires_on AS expiresOn, provider, notes, signed_off_by AS signedOffBy, created_at AS createdAt,
  self_reported AS selfReported, verified_at AS verifiedAt, verified_by AS verifiedBy`;

export type RecordRow = Omit<TrainingRecord, 'evidence' | 'selfReported'> & { selfReported: 0 | 1 };

export function insertRecord(
  db: Database,
  r: Omit<RecordInput, 'evidence'>,
  createdAt: string,
  selfReported: boolean,
): number {
  return Number(
    sql(
      db,
      `INSERT INTO training_record (worker_id, requirement_id, status, start_date, completed_on, expires_on, provider,
                                    notes, signed_off_by, created_at, self_reported)
       VALUES (@workerId, @requirementId, @status, @startDate, @completedOn, @expiresOn, @provider, @notes,
               @signedOffBy, @createdAt, @selfReported)`,
    ).run({ ...r, createdAt, selfReported: selfReported ? 1 : 0 }).lastInsertRowid,
  );
}

export const verifyRecord = (db: Database, id: number, at: string, by: string) =>
  sql(db, 'UPDATE training_record SET verified_at = ?, verified_by = ? WHERE id = ? AND self_reported = 1').run(
    at,
    by,
    id,
  );

export function recordsOfWorker(db: Database, workerId: number): TrainingRecord[] {
  const rows = sql(db, `SELECT ${recordColumns} FROM training_record WHERE worker_id = ? ORDER BY id`).all(
    workerId,
  ) as RecordRow[];
  const links = sql(
    db,
    `SELECT re.record_id AS recordId, f.id AS fileId, re.original_name AS originalName, f.media_type AS mediaType,
            f.size_bytes AS sizeBytes
     FROM record_evidence re JOIN evidence_file f ON f.id = re.file_id
     JOIN training_record r ON r.id = re.record_id WHERE r.worker_id = ? ORDER BY re.added_at, f.id`,
  ).all(workerId) as (EvidenceLink & { recordId: number })[];
  return rows.map((row) => ({
    ...row,
    selfReported: row.selfReported === 1,
    evidence: links.filter((l) => l.recordId === row.id).map(({ recordId: _r, ...link }) => link),
  }));
}

export function findRecord(db: Database, id: number): TrainingRecord | undefined {
  const row = sql(db, `SELECT ${recordColumns} FROM training_record WHERE id = ?`).get(id) as RecordRow | undefined;
  return row && recordsOfWorker(db, row.workerId).find((r) => r.id === id);
}

/** Records' status facts (everyone's, or only `workers'`), grouped by worker then requirement, oldest first. */
export function recordFactsByWorker(
  db: Database,
  workers?: readonly number[],
): Map<number, Map<string, RecordFacts[]>> {
  const rows = rowsOfWorkers(
    db,
    'SELECT worker_id, requirement_id, status, completed_on, expires_on FROM training_record',
    workers,
  ) as [number, string, RecordFacts['status'], string | null, string | null][];
  const byWorker = new Map<number, Map<string, RecordFacts[]>>();
  for (const [workerId, requirementId, status, completedOn, expiresOn] of rows) {
    let byRequirement = byWorker.get(workerId);
    if (!byRequirement) byWorker.set(workerId, (byRequirement = new Map()));
    const facts = { status, completedOn, expiresOn };
    const list = byRequirement.get(requirementId);
    if (list) list.push(facts);
    else byRequirement.set(requirementId, [facts]);
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
    `SELECT f.stored_name AS storedName, f.media_type AS mediaType, re.original_name AS originalName
     FROM evidence_file f JOIN record_evidence re ON re.file_id = f.id WHERE f.id = ? LIMIT 1`,
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
