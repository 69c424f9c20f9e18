import type { Database } from 'better-sqlite3';
import type { ClaimRecord, PayFields, Rate } from '../../shared/domain/claims.ts';
import { sql } from '../db/statements.ts';

export function listRates(db: Database): Rate[] {
  return sql(
    db,
    'SELECT id, financial_year AS financialYear, role, annual_max_pence AS annualMaxPence, effective_from AS effectiveFrom, source FROM arrs_rate ORDER BY effective_from, role',
  ).all() as Rate[];
}

export function insertRate(db: Database, r: Omit<Rate, 'id'>): void {
  sql(
    db,
    `INSERT INTO arrs_rate (financial_year, role, annual_max_pence, effective_from, source) VALUES (@financialYear, @role, @annualMaxPence, @effectiveFrom, @source)
     ON CONFLICT (role, effective_from) DO UPDATE SET financial_year = excluded.financial_year, annual_max_pence = excluded.annual_max_pence, source = excluded.source`,
  ).run(r);
}

export function countRates(db: Database): number {
  return (sql(db, 'SELECT count(*) AS n FROM arrs_rate').get() as { n: number }).n;
}

export interface ClaimWorkerRow {
  id: number;
  name: string;
  role: Rate['role'];
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

/** Each worker's pay in force at the date. */
export function payInForce(db: Database, date: string): Map<number, PayFields> {
  const rows = sql(
    db,
    `SELECT worker_id AS workerId, effective_from AS effectiveFrom, annual_salary_pence AS annualSalaryPence, ni_kind AS niKind,
            ni_value AS niValue, pension_kind AS pensionKind, pension_value AS pensionValue
     FROM worker_pay p WHERE effective_from = (SELECT max(effective_from) FROM worker_pay WHERE worker_id = p.worker_id AND effective_from <= ?)`,
  ).all(date) as PayFields[];
  return new Map(rows.map((r) => [r.workerId, r]));
}

export function insertPay(db: Database, p: PayFields): void {
  sql(
    db,
    `INSERT INTO worker_pay (worker_id, effective_from, annual_salary_pence, ni_kind, ni_value, pension_kind, pension_value)
     VALUES (@workerId, @effectiveFrom, @annualSalaryPence, @niKind, @niValue, @pensionKind, @pensionValue)
     ON CONFLICT (worker_id, effective_from) DO UPDATE SET annual_salary_pence = excluded.annual_salary_pence, ni_kind = excluded.ni_kind,
       ni_value = excluded.ni_value, pension_kind = excluded.pension_kind, pension_value = excluded.pension_value`,
  ).run(p);
}

export function payHistory(db: Database, workerId: number): PayFields[] {
  return sql(
    db,
    `SELECT worker_id AS workerId, effective_from AS effectiveFrom, annual_salary_pence AS annualSalaryPence, ni_kind AS niKind,
            ni_value AS niValue, pension_kind AS pensionKind, pension_value AS pensionValue
     FROM worker_pay WHERE worker_id = ? ORDER BY effective_from DESC`,
  ).all(workerId) as PayFields[];
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
