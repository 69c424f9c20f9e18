import type { Database } from 'better-sqlite3';
import type { AuditEntryFacts } from '../../shared/domain/audit.ts';
import { sql } from '../db/statements.ts';
import type { Condition } from './scope.ts';

/** An audit entry as read, its values still JSON text. */
export interface AuditRow extends AuditEntryFacts {
  beforeJson: string | null;
  afterJson: string | null;
}

const COLUMNS = `id, at, actor, action, entity, entity_id AS entityId, worker_id AS workerId, summary,
  before_json AS beforeJson, after_json AS afterJson`;

// Newest first: the reverse of the order written, which is the hash chain's (audit/filters.ts says why not `at`).
const NEWEST_FIRST = 'ORDER BY id DESC';

export function pageOfEntries(db: Database, where: Condition, limit: number, offset: number): AuditRow[] {
  return sql(db, `SELECT ${COLUMNS} FROM audit_log ${where.sql} ${NEWEST_FIRST} LIMIT @limit OFFSET @offset`).all({
    ...where.params,
    limit,
    offset,
  }) as AuditRow[];
}

export function countEntries(db: Database, where: Condition): number {
  return (sql(db, `SELECT count(*) AS total FROM audit_log ${where.sql}`).get(where.params) as { total: number }).total;
}

/** Every entry the condition matches, newest first, one at a time (an export can hold the whole log). */
export function eachEntry(db: Database, where: Condition): IterableIterator<AuditRow> {
  return sql(db, `SELECT ${COLUMNS} FROM audit_log ${where.sql} ${NEWEST_FIRST}`).iterate(
    where.params,
  ) as IterableIterator<AuditRow>;
}

/** The name of a worker, a practice, an employer, a colleague, a requirement or a framework, by its id. */
const NAMED: Record<string, string> = {
  workerId: 'SELECT name FROM worker WHERE id = ?',
  employerId: 'SELECT name FROM employer WHERE id = ?',
  basePracticeId: 'SELECT name FROM practice WHERE id = ?',
  practiceId: 'SELECT name FROM practice WHERE id = ?',
  supervisorId: 'SELECT name FROM colleague WHERE id = ?',
  firstContactId: 'SELECT name FROM colleague WHERE id = ?',
  colleagueId: 'SELECT name FROM colleague WHERE id = ?',
  requirementId: 'SELECT title AS name FROM requirement WHERE id = ?',
  frameworkId: 'SELECT title AS name FROM framework_version WHERE framework_id = ? ORDER BY version DESC LIMIT 1',
};

/** Looks up the names stored references are known by, each once per call however many entries name it. */
export function referenceNames(db: Database): (key: string, id: number | string) => string | null {
  const known = new Map<string, string | null>();
  return (key, id) => {
    const query = NAMED[key];
    if (!query) return null;
    const k = `${key}:${id}`;
    if (!known.has(k)) known.set(k, (sql(db, query).get(id) as { name: string } | undefined)?.name ?? null);
    return known.get(k) ?? null;
  };
}
