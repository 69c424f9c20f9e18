import type { Database } from 'better-sqlite3';
import type { ClaimRecord, LineDecision } from '../../shared/domain/claims.ts';
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

const claimColumns = `id, month, version, status, created_at AS createdAt, submitted_on AS submittedOn, portal_reference AS portalReference, paid_on AS paidOn,
  reverted_at AS revertedAt, reverted_reason AS revertedReason`;

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

/** Confirms each worker's NWRS record for the month; returns how many were not confirmed before. */
export function confirmNwrsMany(db: Database, workerIds: number[], month: string, at: string, by: string): number {
  const insert = sql(
    db,
    'INSERT OR IGNORE INTO nwrs_confirmation (worker_id, month, confirmed_at, confirmed_by) VALUES (?, ?, ?, ?)',
  );
  return workerIds.reduce((n, id) => n + insert.run(id, month, at, by).changes, 0);
}

/** Takes back each worker's NWRS confirmation for the month; returns how many there were. */
export function unconfirmNwrsMany(db: Database, workerIds: number[], month: string): number {
  const remove = sql(db, 'DELETE FROM nwrs_confirmation WHERE worker_id = ? AND month = ?');
  return workerIds.reduce((n, id) => n + remove.run(id, month).changes, 0);
}

export function lineDecisions(db: Database, claimId: number): Map<number, LineDecision> {
  const rows = sql(
    db,
    `SELECT worker_id AS workerId, decision, reason, decided_by AS decidedBy, decided_at AS decidedAt
     FROM claim_line_decision WHERE claim_id = ?`,
  ).all(claimId) as (LineDecision & { workerId: number })[];
  return new Map(rows.map(({ workerId, ...decision }) => [workerId, decision]));
}

export function saveLineDecision(db: Database, claimId: number, workerId: number, d: LineDecision): void {
  sql(
    db,
    `INSERT INTO claim_line_decision (claim_id, worker_id, decision, reason, decided_by, decided_at)
     VALUES (@claimId, @workerId, @decision, @reason, @decidedBy, @decidedAt)
     ON CONFLICT (claim_id, worker_id) DO UPDATE SET decision = excluded.decision, reason = excluded.reason,
       decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
  ).run({ claimId, workerId, ...d });
}

export function deleteLineDecision(db: Database, claimId: number, workerId: number): void {
  sql(db, 'DELETE FROM claim_line_decision WHERE claim_id = ? AND worker_id = ?').run(claimId, workerId);
}

/** Marks a claim checked, keeping the figures it was checked with. */
export function setClaimChecked(db: Database, id: number, checkedLines: string): void {
  sql(
    db,
    "UPDATE claim SET status = 'checked', checked_lines = ?, reverted_at = NULL, reverted_reason = NULL WHERE id = ?",
  ).run(checkedLines, id);
}

/** Back to draft; `reason` says why when the claim's figures changed, and is null when someone reopened it. */
export function setClaimReverted(db: Database, id: number, at: string | null, reason: string | null): void {
  sql(
    db,
    "UPDATE claim SET status = 'draft', checked_lines = NULL, reverted_at = ?, reverted_reason = ? WHERE id = ?",
  ).run(at, reason, id);
}

/** Every claim now marked checked, with the figures it was checked with. */
export function checkedClaims(db: Database): { id: number; month: string; checkedLines: string | null }[] {
  return sql(db, "SELECT id, month, checked_lines AS checkedLines FROM claim WHERE status = 'checked'").all() as {
    id: number;
    month: string;
    checkedLines: string | null;
  }[];
}

export function claimCheckedLines(db: Database, id: number): string | null {
  const row = sql(db, 'SELECT checked_lines AS checkedLines FROM claim WHERE id = ?').get(id) as
    { checkedLines: string | null } | undefined;
  return row?.checkedLines ?? null;
}

/** When a claim was last marked checked: the time of its latest `claim.check` entry in the audit log. */
export function lastCheckedAt(db: Database, id: number): string | null {
  const row = sql(
    db,
    "SELECT at FROM audit_log WHERE action = 'claim.check' AND entity = 'claim' AND entity_id = ? ORDER BY id DESC LIMIT 1",
  ).get(id) as { at: string } | undefined;
  return row?.at ?? null;
}
