import type { Database } from 'better-sqlite3';
import { sql } from '../db/statements.ts';

/** How the refusal names what each table holds about a worker; a table not named here is named by its own name. */
const HELD_IN: Record<string, string> = {
  training_record: 'training',
  exemption: 'exemptions',
  assessment: 'assessments',
  development_action: 'development actions',
  supervision_session: 'supervision',
  worker_pay: 'pay',
  payroll_actual: 'payroll',
  nwrs_confirmation: 'NWRS confirmations',
  account: 'a sign-in account',
};

/** Rows about a worker that go with a record made in error rather than keep it: the reminders sent about them. */
const GOES_WITH_THE_WORKER: ReadonlySet<string> = new Set(['reminder']);

interface Reference {
  tableName: string;
  columnName: string;
  onDelete: string;
}

/**
 * What stops a worker's record being removed as made in error: rows in any table that refers to the worker
 * (read from the schema, so a table added later is covered too), and line decisions on a claim past draft, which
 * are locked with it. A draft claim's decisions go with the worker (ON DELETE CASCADE).
 */
export function recordsHeldBy(db: Database, workerId: number): string[] {
  const references = sql(
    db,
    `SELECT m.name AS tableName, f."from" AS columnName, f.on_delete AS onDelete
     FROM sqlite_master m, pragma_foreign_key_list(m.name) f
     WHERE m.type = 'table' AND f."table" = 'worker' ORDER BY m.name`,
  ).all() as Reference[];
  const held = references
    .filter((r) => r.onDelete !== 'CASCADE' && !GOES_WITH_THE_WORKER.has(r.tableName) && holds(db, r, workerId))
    .map((r) => HELD_IN[r.tableName] ?? r.tableName.replaceAll('_', ' '));
  if (hasLockedClaimDecision(db, workerId)) held.push('decisions on a checked or submitted claim');
  return held;
}

const holds = (db: Database, { tableName, columnName }: Reference, workerId: number): boolean =>
  sql(db, `SELECT EXISTS (SELECT 1 FROM "${tableName}" WHERE "${columnName}" = ?)`).pluck().get(workerId) === 1;

const hasLockedClaimDecision = (db: Database, workerId: number): boolean =>
  sql(
    db,
    `SELECT EXISTS (SELECT 1 FROM claim_line_decision d JOIN claim c ON c.id = d.claim_id
     WHERE d.worker_id = ? AND c.status <> 'draft')`,
  )
    .pluck()
    .get(workerId) === 1;
