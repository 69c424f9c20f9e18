import type { Database } from 'better-sqlite3';
import type { ImportBatchSummary, ImportKind } from '../../shared/domain/imports.ts';
import { sql } from '../db/statements.ts';

/** "worker|requirement|completed on" of every record in force: what a re-imported row would duplicate. */
export function recordKeysInForce(db: Database): Set<string> {
  const rows = sql(
    db,
    `SELECT worker_id AS w, requirement_id AS r, completed_on AS c FROM training_record t
     WHERE t.withdrawn_at IS NULL AND NOT EXISTS (SELECT 1 FROM training_record n WHERE n.replaces_id = t.id)`,
  ).all() as { w: number; r: string; c: string | null }[];
  return new Set(rows.map((row) => recordKey(row.w, row.r, row.c)));
}

export const recordKey = (workerId: number, requirementId: string, completedOn: string | null) =>
  `${workerId}|${requirementId}|${completedOn ?? ''}`;

export function insertBatch(
  db: Database,
  b: { kind: ImportKind; fileName: string; at: string; by: string; added: number },
): number {
  return Number(
    sql(
      db,
      `INSERT INTO import_batch (kind, file_name, imported_at, imported_by, added)
       VALUES (@kind, @fileName, @at, @by, @added)`,
    ).run(b).lastInsertRowid,
  );
}

export const linkBatchRecord = (db: Database, batchId: number, recordId: number, row: number) =>
  sql(db, 'INSERT INTO import_batch_record (batch_id, record_id, row_number) VALUES (?, ?, ?)').run(
    batchId,
    recordId,
    row,
  );

export interface BatchRow {
  id: number;
  kind: ImportKind;
  fileName: string;
  undoneAt: string | null;
}

export const findBatch = (db: Database, id: number): BatchRow | undefined =>
  sql(db, 'SELECT id, kind, file_name AS fileName, undone_at AS undoneAt FROM import_batch WHERE id = ?').get(id) as
    BatchRow | undefined;

/** The records a batch added, each with whether it is still as imported, withdrawn since, or corrected since. */
export function recordsOfBatch(
  db: Database,
  batchId: number,
): { id: number; withdrawn: boolean; corrected: boolean }[] {
  const rows = sql(
    db,
    `SELECT t.id, t.withdrawn_at IS NOT NULL AS withdrawn,
            EXISTS (SELECT 1 FROM training_record n WHERE n.replaces_id = t.id) AS corrected
     FROM import_batch_record b JOIN training_record t ON t.id = b.record_id
     WHERE b.batch_id = ? ORDER BY b.row_number`,
  ).all(batchId) as { id: number; withdrawn: 0 | 1; corrected: 0 | 1 }[];
  return rows.map((r) => ({ id: r.id, withdrawn: r.withdrawn === 1, corrected: r.corrected === 1 }));
}

/** The newest imports first, each with how many records or people it added. */
export const recentBatches = (db: Database, limit: number): ImportBatchSummary[] =>
  sql(
    db,
    `SELECT b.id, b.kind, b.file_name AS fileName, b.imported_at AS importedAt, b.imported_by AS importedBy,
            b.added,
            b.undone_at AS undoneAt, b.undone_by AS undoneBy
     FROM import_batch b ORDER BY b.id DESC LIMIT ?`,
  ).all(limit) as ImportBatchSummary[];

export const markBatchUndone = (db: Database, id: number, at: string, by: string) =>
  sql(db, 'UPDATE import_batch SET undone_at = ?, undone_by = ? WHERE id = ?').run(at, by, id);

export const linkBatchWorker = (db: Database, batchId: number, workerId: number, row: number) =>
  sql(db, 'INSERT INTO import_batch_worker (batch_id, worker_id, row_number) VALUES (?, ?, ?)').run(
    batchId,
    workerId,
    row,
  );

/** The workers a register import added who are still in the register, in the file's order. */
export const workersOfBatch = (db: Database, batchId: number): { id: number; name: string }[] =>
  sql(
    db,
    `SELECT w.id, w.name FROM import_batch_worker b JOIN worker w ON w.id = b.worker_id
     WHERE b.batch_id = ? ORDER BY b.row_number`,
  ).all(batchId) as { id: number; name: string }[];

/**
 * The names of a register import's workers whose details were changed after it (a worker.update in the audit log
 * after the import's own entry; audit ids only grow, so a pinned clock or a reused worker id cannot mislead it).
 */
export const workersChangedSinceBatch = (db: Database, batchId: number): string[] =>
  sql(
    db,
    `SELECT w.name FROM import_batch_worker b JOIN worker w ON w.id = b.worker_id
     WHERE b.batch_id = @batchId AND EXISTS (
       SELECT 1 FROM audit_log a
       WHERE a.worker_id = w.id AND a.action = 'worker.update' AND a.entity = 'worker'
         AND a.id > coalesce((SELECT i.id FROM audit_log i
                              WHERE i.action = 'import.register' AND i.entity = 'import_batch' AND i.entity_id = @batchId), 0))
     ORDER BY b.row_number`,
  )
    .pluck()
    .all({ batchId }) as string[];
