import type { Database } from 'better-sqlite3';
import { sql } from './statements.ts';

/**
 * A key that changes whenever the data might have: `total_changes()` moves with every write on this
 * connection and `data_version` with every commit by another. Equal keys mean nothing was written.
 */
export function changeKey(db: Database): string {
  const { changes, version } = sql(
    db,
    'SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version',
  ).get() as {
    changes: number;
    version: number;
  };
  return `${changes} ${version}`;
}
