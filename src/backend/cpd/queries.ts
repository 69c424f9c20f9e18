import type { Database } from 'better-sqlite3';
import type { CpdEntry } from '../../shared/domain/cpd.ts';
import type { CpdFacts } from '../../shared/rules/cpd.ts';
import { rowsOfWorkers, sql } from '../db/statements.ts';

/** What an insert or update writes; hours are kept as whole minutes. */
export interface CpdRow {
  workerId: number;
  date: string;
  kind: string;
  title: string;
  minutes: number;
  learned: string;
  practiceChange: string;
  competencies: string;
  evidenceFileId: number | null;
  evidenceName: string | null;
  eventKey: string | null;
}

interface StoredEntry extends Omit<CpdEntry, 'hours' | 'competencyIds' | 'evidence'> {
  minutes: number;
  competencies: string;
  fileId: number | null;
  originalName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
}

const select = `SELECT e.id, e.worker_id AS workerId, e.date, e.kind, e.title, e.minutes, e.learned,
  e.practice_change AS practiceChange, e.competencies, e.event_key AS eventKey, e.created_at AS createdAt,
  e.created_by AS createdBy, f.id AS fileId, e.evidence_name AS originalName, f.media_type AS mediaType,
  f.size_bytes AS sizeBytes
  FROM cpd_entry e LEFT JOIN evidence_file f ON f.id = e.evidence_file_id`;

const toEntry = ({
  minutes,
  competencies,
  fileId,
  originalName,
  mediaType,
  sizeBytes,
  ...e
}: StoredEntry): CpdEntry => ({
  ...e,
  hours: minutes / 60,
  competencyIds: JSON.parse(competencies) as string[],
  evidence:
    fileId === null
      ? null
      : { fileId, originalName: originalName ?? '', mediaType: mediaType ?? '', sizeBytes: sizeBytes ?? 0 },
});

/** A person's log, newest first. */
export function entriesOfWorker(db: Database, workerId: number): CpdEntry[] {
  return (
    sql(db, `${select} WHERE e.worker_id = ? ORDER BY e.date DESC, e.id DESC`).all(workerId) as StoredEntry[]
  ).map(toEntry);
}

export function findEntry(db: Database, id: number): CpdEntry | undefined {
  const row = sql(db, `${select} WHERE e.id = ?`).get(id) as StoredEntry | undefined;
  return row && toEntry(row);
}

export function insertEntry(db: Database, row: CpdRow, createdAt: string, createdBy: string): number {
  return Number(
    sql(
      db,
      `INSERT INTO cpd_entry (worker_id, date, kind, title, minutes, learned, practice_change, competencies,
                              evidence_file_id, evidence_name, event_key, created_at, created_by)
       VALUES (@workerId, @date, @kind, @title, @minutes, @learned, @practiceChange, @competencies,
               @evidenceFileId, @evidenceName, @eventKey, @createdAt, @createdBy)`,
    ).run({ ...row, createdAt, createdBy }).lastInsertRowid,
  );
}

export function updateEntry(db: Database, id: number, row: Omit<CpdRow, 'workerId'>): void {
  sql(
    db,
    `UPDATE cpd_entry SET date = @date, kind = @kind, title = @title, minutes = @minutes, learned = @learned,
       practice_change = @practiceChange, competencies = @competencies, evidence_file_id = @evidenceFileId,
       evidence_name = @evidenceName, event_key = @eventKey
     WHERE id = @id`,
  ).run({ ...row, id });
}

export function deleteEntry(db: Database, id: number): void {
  sql(db, 'DELETE FROM cpd_entry WHERE id = ?').run(id);
}

/** The events a person has logged from suggestions, by key. */
export function loggedEventKeys(db: Database, workerId: number): Set<string> {
  return new Set(
    sql(db, 'SELECT event_key FROM cpd_entry WHERE worker_id = ? AND event_key IS NOT NULL')
      .pluck()
      .all(workerId) as string[],
  );
}

/** Everyone's (or the named workers') entries as the facts a `cpd` requirement reads. */
export function cpdFactsByWorker(db: Database, workers?: readonly number[]): Map<number, CpdFacts[]> {
  const rows = rowsOfWorkers(db, 'SELECT worker_id, date, kind, minutes FROM cpd_entry', workers) as [
    number,
    string,
    string,
    number,
  ][];
  const byWorker = new Map<number, CpdFacts[]>();
  for (const [workerId, date, kind, minutes] of rows) {
    const facts = { date, kind, hours: minutes / 60 };
    const list = byWorker.get(workerId);
    if (list) list.push(facts);
    else byWorker.set(workerId, [facts]);
  }
  return byWorker;
}
