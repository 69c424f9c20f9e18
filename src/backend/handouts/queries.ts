import type { Database } from 'better-sqlite3';
import type { HandoutDetails } from '../../shared/domain/handouts.ts';
import { sql } from '../db/statements.ts';

/** The worker's contact details, empty until someone saves them. */
export function readHandoutDetails(db: Database, workerId: number): HandoutDetails {
  const row = sql(db, 'SELECT phone, email, working_times AS workingTimes FROM worker_handout WHERE worker_id = ?').get(
    workerId,
  ) as Omit<HandoutDetails, 'workerId'> | undefined;
  return { workerId, phone: '', email: '', workingTimes: '', ...row };
}

export function writeHandoutDetails(db: Database, d: HandoutDetails): void {
  sql(
    db,
    `INSERT INTO worker_handout (worker_id, phone, email, working_times) VALUES (@workerId, @phone, @email, @workingTimes)
     ON CONFLICT (worker_id) DO UPDATE SET phone = excluded.phone, email = excluded.email,
                                           working_times = excluded.working_times`,
  ).run(d);
}
