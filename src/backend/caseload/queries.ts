import type { Database } from 'better-sqlite3';
import type { CaseloadCount, CaseloadMonth } from '../../shared/domain/caseload.ts';
import { CASELOAD_COUNTS } from '../../shared/domain/caseload.ts';
import { sql } from '../db/statements.ts';

const monthSelect = `
  SELECT month, referrals_accepted AS referralsAccepted, referrals_declined AS referralsDeclined, contacts,
         supported_at_end AS supportedAtEnd, support_ended AS supportEnded
  FROM caseload_month`;

/** A worker's months, newest first. */
export function monthsOf(db: Database, workerId: number): CaseloadMonth[] {
  return sql(db, `${monthSelect} WHERE worker_id = ? ORDER BY month DESC`).all(workerId) as CaseloadMonth[];
}

/** Every worker's months, by worker. */
export function monthsByWorker(db: Database): Map<number, CaseloadMonth[]> {
  const rows = sql(
    db,
    `${monthSelect.replace('SELECT', 'SELECT worker_id AS workerId,')} ORDER BY month DESC`,
  ).all() as (CaseloadMonth & { workerId: number })[];
  const byWorker = new Map<number, CaseloadMonth[]>();
  for (const { workerId, ...month } of rows) byWorker.set(workerId, [...(byWorker.get(workerId) ?? []), month]);
  return byWorker;
}

export function findMonth(db: Database, workerId: number, month: string): CaseloadMonth | undefined {
  return sql(db, `${monthSelect} WHERE worker_id = ? AND month = ?`).get(workerId, month) as CaseloadMonth | undefined;
}

const COLUMN_OF: Record<CaseloadCount, string> = {
  referralsAccepted: 'referrals_accepted',
  referralsDeclined: 'referrals_declined',
  contacts: 'contacts',
  supportedAtEnd: 'supported_at_end',
  supportEnded: 'support_ended',
};

/** Writes a month's figures, over any already held for it. */
export function writeMonth(db: Database, workerId: number, month: CaseloadMonth): void {
  const columns = CASELOAD_COUNTS.map((c) => COLUMN_OF[c]);
  sql(
    db,
    `INSERT INTO caseload_month (worker_id, month, ${columns.join(', ')})
     VALUES (@workerId, @month, ${CASELOAD_COUNTS.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (worker_id, month) DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}`,
  ).run({ workerId, ...month });
}
