import type { Database } from 'better-sqlite3';
import type { MatrixWire } from '../../shared/rules/matrix-wire.ts';
import { encodeMatrix } from '../../shared/rules/matrix-wire.ts';
import { changeKey } from '../db/change-key.ts';
import { computeMatrix } from './compute.ts';

const cache = new WeakMap<Database, { key: string; matrix: MatrixWire }>();

/** The matrix as sent to the page, recomputed only when the data (or the day) has changed since it was last worked out. */
export function currentMatrix(db: Database, today: string): MatrixWire {
  const key = `${today} ${changeKey(db)}`;
  const cached = cache.get(db);
  if (cached?.key === key) return cached.matrix;
  const matrix = encodeMatrix(computeMatrix(db, today));
  cache.set(db, { key, matrix });
  return matrix;
}
