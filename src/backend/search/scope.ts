import type { Database } from 'better-sqlite3';
import { sql } from '../db/statements.ts';
import { containing } from './search-text.ts';

/**
 * The workers a search may name: 'all' or the ids the caller may see (access/visible-workers.ts). Every query
 * cuts to it in SQL, so nothing outside is read into the answer.
 */
export type Visible = 'all' | ReadonlySet<number>;

/** The ids of the visible workers whose name holds the word. The register is at most some thousands of rows. */
export function workersNamed(db: Database, word: string, visible: Visible): number[] {
  const ids = sql(db, "SELECT id FROM worker WHERE name LIKE ? ESCAPE '\\'").pluck().all(containing(word)) as number[];
  return visible === 'all' ? ids : ids.filter((id) => visible.has(id));
}

/** The ids of requirements whose title, short title or code holds the word. */
export function requirementsNamed(db: Database, word: string): string[] {
  const pattern = containing(word);
  return sql(
    db,
    "SELECT id FROM requirement WHERE title LIKE @p ESCAPE '\\' OR short_title LIKE @p ESCAPE '\\' OR id LIKE @p ESCAPE '\\'",
  )
    .pluck()
    .all({ p: pattern }) as string[];
}

/** Ids as one bound parameter, for `IN (SELECT value FROM json_each(?))`. */
export const asJson = (ids: Iterable<number | string>): string => JSON.stringify([...ids]);

/** A worker-id condition on `column` for the visible set: nothing for 'all', else the ids bound as JSON. */
export function visibleCondition(column: string, visible: Visible): { where: string; params: string[] } {
  if (visible === 'all') return { where: '', params: [] };
  return { where: ` AND ${column} IN (SELECT value FROM json_each(?))`, params: [asJson(visible)] };
}
