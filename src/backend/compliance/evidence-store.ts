import type { Database } from 'better-sqlite3';
import { assessmentFactsByWorker } from '../competencies/queries.ts';
import { cpdFactsByWorker } from '../cpd/queries.ts';
import { sql } from '../db/statements.ts';
import { sessionFactsByWorker } from '../supervision/queries.ts';
import { recordFactsByWorker } from '../training/queries.ts';

/** Everyone's evidence as status facts: training records, competency assessments, supervision sessions, CPD. */
export interface Evidence {
  records: ReturnType<typeof recordFactsByWorker>;
  assessments: ReturnType<typeof assessmentFactsByWorker>;
  sessions: ReturnType<typeof sessionFactsByWorker>;
  cpd: ReturnType<typeof cpdFactsByWorker>;
}

/** Past this many logged changes, reading everything again is quicker than catching up worker by worker. */
export const CATCH_UP_LIMIT = 1000;

const stores = new WeakMap<Database, { seq: number; evidence: Evidence }>();

function readEvidence(db: Database, workers?: readonly number[]): Evidence {
  return {
    records: recordFactsByWorker(db, workers),
    assessments: assessmentFactsByWorker(db, workers),
    sessions: sessionFactsByWorker(db, workers),
    cpd: cpdFactsByWorker(db, workers),
  };
}

function latestChange(db: Database): number {
  return (sql(db, 'SELECT coalesce(max(seq), 0) AS seq FROM fact_change').get() as { seq: number }).seq;
}

function workersChangedSince(db: Database, seq: number): number[] {
  return sql(db, 'SELECT DISTINCT worker_id FROM fact_change WHERE seq > ?').pluck().all(seq) as number[];
}

/** A copy of `map` with the entries of `workers` replaced by those in `fresh` (or dropped if it has none). */
function replaceWorkers<V>(map: Map<number, V>, fresh: Map<number, V>, workers: readonly number[]): Map<number, V> {
  const next = new Map(map);
  for (const id of workers) {
    const value = fresh.get(id);
    if (value === undefined) next.delete(id);
    else next.set(id, value);
  }
  return next;
}

function catchUp(db: Database, evidence: Evidence, since: number): Evidence {
  const workers = workersChangedSince(db, since);
  const fresh = readEvidence(db, workers);
  return {
    records: replaceWorkers(evidence.records, fresh.records, workers),
    assessments: replaceWorkers(evidence.assessments, fresh.assessments, workers),
    sessions: replaceWorkers(evidence.sessions, fresh.sessions, workers),
    cpd: replaceWorkers(evidence.cpd, fresh.cpd, workers),
  };
}

/**
 * Everyone's evidence, as of now. Reading it all is the costly part of a whole-PCN computation, so it is
 * kept, and after a write only the workers the `fact_change` log names are read again. Nothing read inside
 * an open transaction is kept, because a rollback would take back the log entries it was based on.
 */
export function currentEvidence(db: Database): Evidence {
  const latest = latestChange(db); // read before the evidence, so a concurrent commit is caught up next time
  const stored = stores.get(db);
  if (stored?.seq === latest) return stored.evidence;
  const evidence =
    stored && latest > stored.seq && latest - stored.seq <= CATCH_UP_LIMIT
      ? catchUp(db, stored.evidence, stored.seq)
      : readEvidence(db);
  if (!db.inTransaction) stores.set(db, { seq: latest, evidence });
  return evidence;
}

/** Keeps the change log short; run when the database is opened. Readers further behind simply read everything. */
export function pruneChangeLog(db: Database): void {
  sql(db, 'DELETE FROM fact_change WHERE seq <= (SELECT max(seq) FROM fact_change) - ?').run(CATCH_UP_LIMIT);
}
