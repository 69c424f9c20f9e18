import type { Database } from 'better-sqlite3';
import type { ClaimRecord } from '../../shared/domain/claims.ts';
import type { Role } from '../../shared/domain/staff.ts';
import { sql } from '../db/statements.ts';

export interface ClaimWorkerRow {
  id: number;
  name: string;
  role: Role;
  startDate: string;
  leavingDate: string | null;
  hoursPerWeek: number;
  supervisorId: number | null;
  firstContactId: number | null;
  subcontracted: 0 | 1;
}

/** ARRS-funded workers in post at any time in the month. */
export function claimWorkers(db: Database, first: string, last: string): ClaimWorkerRow[] {
  return sql(
    db,
    `SELECT w.id, w.name, w.role, w.start_date AS startDate, w.leaving_date AS leavingDate, w.hours_per_week AS hoursPerWeek,
            w.supervisor_id AS supervisorId, w.first_contact_id AS firstContactId, e.kind = 'subcontracted' AS subcontracted
     FROM worker w JOIN employer e ON e.id = w.employer_id
     WHERE w.arrs_funded = 1 AND w.start_date <= @last AND (w.leaving_date IS NULL OR w.leaving_date >= @first)
     ORDER BY w.name COLLATE NOCASE, w.id`,
  ).all({ first, last }) as ClaimWorkerRow[];
}

export function payrollActuals(
  db: Database,
  month: string,
): Map<number, { salaryPence: number; niPence: number; pensionPence: number }> {
  const rows = sql(
    db,
    'SELECT worker_id AS workerId, salary_pence AS salaryPence, ni_pence AS niPence, pension_pence AS pensionPence FROM payroll_actual WHERE month = ?',
  ).all(month) as {
    workerId: number;
    salaryPence: number;
    niPence: number;
    pensionPence: number;
  }[];
  return new Map(rows.map((r) => [r.workerId, r]));
}

export function upsertPayrollActual(
  db: Database,
  a: { workerId: number; month: string; salaryPence: number; niPence: number; pensionPence: number },
): void {
  sql(
    db,
    `INSERT INTO payroll_actual (worker_id, month, salary_pence, ni_pence, pension_pence) VALUES (@workerId, @month, @salaryPence, @niPence, @pensionPence)
     ON CONFLICT (worker_id, month) DO UPDATE SET salary_pence = excluded.salary_pence, ni_pence = excluded.ni_pence, pension_pence = excluded.pension_pence`,
  ).run(a);
}

export function nwrsConfirmed(db: Database, month: string): Set<number> {
  return new Set(
    (sql(db, 'SELECT worker_id AS w FROM nwrs_confirmation WHERE month = ?').all(month) as { w: number }[]).map(
      (r) => r.w,
    ),
  );
}

export function confirmNwrs(db: Database, workerId: number, month: string, at: string, by: string): void {
  sql(
    db,
    'INSERT OR IGNORE INTO nwrs_confirmation (worker_id, month, confirmed_at, confirmed_by) VALUES (?, ?, ?, ?)',
  ).run(workerId, month, at, by);
}

const claimColumns = `id, month, version, status, created_at AS createdAt, submitted_on AS submittedOn, portal_reference AS portalReference, paid_on AS paidOn`;

export function claimVersions(db: Database, month: string): ClaimRecord[] {
  return sql(db, `SELECT ${claimColumns} FROM claim WHERE month = ? ORDER BY version DESC`).all(month) as ClaimRecord[];
}

export function findClaim(db: Database, id: number): ClaimRecord | undefined {
  return sql(db, `SELECT ${claimColumns} FROM claim WHERE id = ?`).get(id) as ClaimRecord | undefined;
}

export function claimSnapshot(db: Database, id: number): string | null {
  return (
    (sql(db, 'SELECT snapshot FROM claim WHERE id = ?').get(id) as { snapshot: string | null } | undefined)?.snapshot ??
    null
  );
}

export function insertClaim(db: Database, month: string, version: number, createdAt: string): number {
  return Number(
    sql(db, "INSERT INTO claim (month, version, status, created_at) VALUES (?, ?, 'draft', ?)").run(
      month,
      version,
      createdAt,
    ).lastInsertRowid,
  );
}

export function setClaimState(
  db: Database,
  id: number,
  change: {
    status: ClaimRecord['status'];
    submittedOn?: string;
    portalReference?: string;
    paidOn?: string;
    snapshot?: string;
  },
): void {
  sql(
    db,
    `UPDATE claim SET status = @status, submitted_on = coalesce(@submittedOn, submitted_on), portal_reference = coalesce(@portalReference, portal_reference),
       paid_on = coalesce(@paidOn, paid_on), snapshot = coalesce(@snapshot, snapshot) WHERE id = @id`,
  ).run({ submittedOn: null, portalReference: null, paidOn: null, snapshot: null, ...change, id });
}
