import type { Database } from 'better-sqlite3';
import type { Matrix } from '../../shared/domain/compliance.ts';
import { sql } from '../db/statements.ts';
import { computeMatrix } from './compute.ts';

const cache = new WeakMap<Database, { key: string; matrix: Matrix }>();

/**
 * The matrix, recomputed only when the data has changed: `total_changes()` moves with every write on this
 * connection and `data_version` with every commit by another, so an unchanged database answers from memory.
 */
export function currentMatrix(db: Database, today: string): Matrix {
  const { changes, version } = sql(
    db,
    'SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version',
  ).get() as {
    changes: number;
    version: number;
  };
  const key = `${today} ${changes} ${version}`;
  const cached = cache.get(db);
  if (cached?.key === key) return cached.matrix;
  const matrix = computeMatrix(db, today);
  cache.set(db, { key, matrix });
  return matrix;
}
