import type { Database } from 'better-sqlite3';
import type { AssessmentWaiting } from '../../shared/domain/home.ts';
import { sql } from '../db/statements.ts';

/** Assessments a worker has submitted and no supervisor has signed yet, oldest first. */
export function assessmentsWaiting(db: Database, workerIds?: readonly number[]): AssessmentWaiting[] {
  const rows = sql(
    db,
    `SELECT a.id, a.worker_id AS workerId, w.name AS workerName, a.submitted_at AS submittedAt
       FROM assessment a JOIN worker w ON w.id = a.worker_id
      WHERE a.status = 'submitted' ORDER BY a.submitted_at, a.id`,
  ).all() as AssessmentWaiting[];
  if (!workerIds) return rows;
  const wanted = new Set(workerIds);
  return rows.filter((r) => wanted.has(r.workerId));
}

/** Sessions with these workers still waiting for the supervisor's signature, oldest first. */
export function sessionsToSign(
  db: Database,
  workerIds: readonly number[],
): { id: number; workerId: number; date: string }[] {
  const rows = sql(
    db,
    `SELECT id, worker_id AS workerId, date FROM supervision_session
      WHERE supervisor_signed_at IS NULL ORDER BY date, id`,
  ).all() as { id: number; workerId: number; date: string }[];
  const wanted = new Set(workerIds);
  return rows.filter((r) => wanted.has(r.workerId));
}
