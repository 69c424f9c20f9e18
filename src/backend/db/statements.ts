import type { Database, Statement } from 'better-sqlite3';

const cache = new WeakMap<Database, Map<string, Statement>>();

/** A prepared statement, compiled once per connection. */
export function sql(db: Database, text: string): Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(text);
  if (!statement) {
    statement = db.prepare(text);
    statements.set(text, statement);
  }
  return statement;
}

/**
 * The raw rows of `select` (which names a table with a `worker_id` column), in id order: of every worker,
 * or only of `workers`.
 */
export function rowsOfWorkers(db: Database, select: string, workers?: readonly number[]): unknown[][] {
  if (!workers) return sql(db, `${select} ORDER BY id`).raw(true).all() as unknown[][];
  return sql(db, `${select} WHERE worker_id IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .raw(true)
    .all(JSON.stringify(workers)) as unknown[][];
}
