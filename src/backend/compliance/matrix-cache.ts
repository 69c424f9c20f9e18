import type { Database } from 'better-sqlite3';
import type { MatrixWire } from '../../shared/rules/matrix-wire.ts';
import { encodeMatrix } from '../../shared/rules/matrix-wire.ts';
import { untilWrite } from '../db/until-write.ts';
import { computeMatrix } from './compute.ts';

/** The matrix as sent to the page, recomputed only when the data (or the day) has changed since it was last worked out. */
export function currentMatrix(db: Database, today: string): MatrixWire {
  return untilWrite(db, today, 'matrix', () => encodeMatrix(computeMatrix(db, today)));
}
