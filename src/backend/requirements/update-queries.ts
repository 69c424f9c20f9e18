import type { Database } from 'better-sqlite3';
import type { CatalogueChange, CatalogueUpdateNotice } from '../../shared/domain/catalogue-update.ts';
import { sql } from '../db/statements.ts';

/** The newest built-in catalogue version this database has taken; null before any was recorded (version 1). */
export function takenVersion(db: Database): number | null {
  return (sql(db, 'SELECT max(version) AS v FROM catalogue_update').get() as { v: number | null }).v;
}

export function recordUpdate(db: Database, version: number, appliedAt: string, changes: CatalogueChange[]): void {
  sql(db, 'INSERT INTO catalogue_update (version, applied_at, changes) VALUES (?, ?, ?)').run(
    version,
    appliedAt,
    JSON.stringify(changes),
  );
}

/** The newest update that changed something and is not yet dismissed. */
export function undismissedUpdate(db: Database): CatalogueUpdateNotice | null {
  const row = sql(
    db,
    `SELECT version, applied_at AS appliedAt, changes FROM catalogue_update
     WHERE dismissed_at IS NULL AND changes <> '[]' ORDER BY version DESC LIMIT 1`,
  ).get() as { version: number; appliedAt: string; changes: string } | undefined;
  return row ? { ...row, changes: JSON.parse(row.changes) as CatalogueChange[] } : null;
}

/** Marks every update up to `version` as seen; false when there was none left to dismiss. */
export function dismissUpdates(db: Database, version: number, at: string, by: string): boolean {
  return (
    sql(
      db,
      'UPDATE catalogue_update SET dismissed_at = ?, dismissed_by = ? WHERE version <= ? AND dismissed_at IS NULL',
    ).run(at, by, version).changes > 0
  );
}
