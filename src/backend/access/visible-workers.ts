import type { Database } from 'better-sqlite3';
import { sql } from '../db/statements.ts';
import type { Caller } from './caller.ts';
import { readsEverything } from './caller.ts';

/** The workers a colleague is named supervisor of. */
export function superviseesOf(db: Database, colleagueId: number | null): number[] {
  if (colleagueId === null) return [];
  return (sql(db, 'SELECT id FROM worker WHERE supervisor_id = ?').all(colleagueId) as { id: number }[]).map(
    (r) => r.id,
  );
}

/**
 * Whose data a caller may see: everyone for the personal user, the lead and the viewer; a supervisor's
 * supervisees and (for a worker) themself otherwise. Lists and the matrix are cut to this in the backend.
 */
export function visibleWorkers(db: Database, caller: Caller): 'all' | Set<number> {
  if (readsEverything(caller)) return 'all';
  if (caller.kind !== 'account') return new Set();
  const ids = new Set(superviseesOf(db, caller.colleagueId));
  if (caller.workerId !== null) ids.add(caller.workerId);
  return ids;
}

export function maySeeWorker(db: Database, caller: Caller, workerId: number): boolean {
  const visible = visibleWorkers(db, caller);
  return visible === 'all' || visible.has(workerId);
}

/** The rows about workers the caller may see: all of them for those who read everything. */
export function onlyVisible<T>(db: Database, caller: Caller, rows: T[], workerOf: (row: T) => number): T[] {
  const visible = visibleWorkers(db, caller);
  return visible === 'all' ? rows : rows.filter((row) => visible.has(workerOf(row)));
}
