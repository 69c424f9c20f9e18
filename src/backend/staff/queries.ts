import type { Database } from 'better-sqlite3';
import type { Worker, WorkerFields, WorkerRow } from '../../shared/domain/staff.ts';
import { sql } from '../db/statements.ts';

type StoredRow = Omit<WorkerRow, 'arrsFunded'> & { arrsFunded: 0 | 1 };

const rowSelect = `
  SELECT w.id, w.name, w.role, w.employer_id AS employerId, w.base_practice_id AS basePracticeId,
         w.arrs_funded AS arrsFunded, w.start_date AS startDate, w.leaving_date AS leavingDate,
         w.hours_per_week AS hoursPerWeek, w.supervisor_id AS supervisorId, w.first_contact_id AS firstContactId,
         e.name AS employerName, p.name AS basePracticeName, s.name AS supervisorName, f.name AS firstContactName
  FROM worker w
  JOIN employer e ON e.id = w.employer_id
  LEFT JOIN practice p ON p.id = w.base_practice_id
  LEFT JOIN colleague s ON s.id = w.supervisor_id
  LEFT JOIN colleague f ON f.id = w.first_contact_id`;

const toRow = (r: StoredRow): WorkerRow => ({ ...r, arrsFunded: r.arrsFunded === 1 });

export function listWorkerRows(db: Database): WorkerRow[] {
  return (sql(db, `${rowSelect} ORDER BY w.name COLLATE NOCASE, w.id`).all() as StoredRow[]).map(toRow);
}

export function findWorkerRow(db: Database, id: number): WorkerRow | undefined {
  const row = sql(db, `${rowSelect} WHERE w.id = ?`).get(id) as StoredRow | undefined;
  return row && toRow(row);
}

/** The worker's own fields, without the joined names: what the audit log records. */
export function findWorker(db: Database, id: number): Worker | undefined {
  const row = findWorkerRow(db, id);
  if (!row) return undefined;
  const { employerName: _e, basePracticeName: _p, supervisorName: _s, firstContactName: _f, ...worker } = row;
  return worker;
}

const columns = (w: WorkerFields) => ({ ...w, arrsFunded: w.arrsFunded ? 1 : 0 });

export function insertWorker(db: Database, w: WorkerFields): number {
  return Number(
    sql(
      db,
      `INSERT INTO worker (name, role, employer_id, base_practice_id, arrs_funded, start_date, leaving_date,
                           hours_per_week, supervisor_id, first_contact_id)
       VALUES (@name, @role, @employerId, @basePracticeId, @arrsFunded, @startDate, @leavingDate,
               @hoursPerWeek, @supervisorId, @firstContactId)`,
    ).run(columns(w)).lastInsertRowid,
  );
}

export function updateWorker(db: Database, id: number, w: WorkerFields): void {
  sql(
    db,
    `UPDATE worker SET name = @name, role = @role, employer_id = @employerId, base_practice_id = @basePracticeId,
       arrs_funded = @arrsFunded, start_date = @startDate, leaving_date = @leavingDate, hours_per_week = @hoursPerWeek,
       supervisor_id = @supervisorId, first_contact_id = @firstContactId
     WHERE id = @id`,
  ).run({ ...columns(w), id });
}

export function setLeavingDate(db: Database, id: number, leavingDate: string): void {
  sql(db, 'UPDATE worker SET leaving_date = ? WHERE id = ?').run(leavingDate, id);
}

export function deleteWorker(db: Database, id: number): void {
  sql(db, 'DELETE FROM worker WHERE id = ?').run(id);
}

export interface WorkerFactsRow {
  id: number;
  name: string;
  role: WorkerRow['role'];
  employerId: number;
  basePracticeId: number | null;
  startDate: string;
  leavingDate: string | null;
  supervisorId: number | null;
  firstContactId: number | null;
}

const WORKER_FACTS = `SELECT id, name, role, employer_id AS employerId, base_practice_id AS basePracticeId,
  start_date AS startDate, leaving_date AS leavingDate, supervisor_id AS supervisorId, first_contact_id AS firstContactId
  FROM worker`;

/** Just what compliance needs, for every worker, in one query. */
export function listWorkerFacts(db: Database): WorkerFactsRow[] {
  return sql(db, `${WORKER_FACTS} ORDER BY name COLLATE NOCASE, id`).all() as WorkerFactsRow[];
}

/** The same for one worker, without reading everyone (one worker's page asks for it). */
export function findWorkerFacts(db: Database, id: number): WorkerFactsRow | undefined {
  return sql(db, `${WORKER_FACTS} WHERE id = ?`).get(id) as WorkerFactsRow | undefined;
}
