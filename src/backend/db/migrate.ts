import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** SQL functions the migration's SQL calls, so a conversion uses the app's own rule (e.g. rounding in money.ts). */
  functions?: Readonly<Record<string, (...args: never[]) => string | number | null>>;
}

export interface MigrationResult {
  from: number;
  to: number;
  backupFile: string | null;
}

export class DatabaseTooNewError extends Error {
  constructor(found: number, known: number) {
    super(
      `This data file was written by a newer version of Linkwork (schema ${found}; this version knows up to ${known}). ` +
        'Update Linkwork to open it. The file has not been changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration "${m.name}" has version ${m.version}; expected ${i + 1}`);
  });
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every pending migration in one transaction, tracked in `PRAGMA user_version`.
 * An existing database is first copied by `backUp(from, to)`, which returns the copy's path; any failure rolls
 * the whole set back, leaving the file as it was.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[],
  backUp: (from: number, to: number) => string,
): MigrationResult {
  assertOrdered(migrations);
  const seen = schemaVersion(db);
  const to = latestVersion(migrations);
  if (seen > to) throw new DatabaseTooNewError(seen, to);
  if (seen === to) return { from: seen, to, backupFile: null };

  const backupFile = seen > 0 ? backUp(seen, to) : null;
  // IMMEDIATE takes the write lock before the version is read again: a second start racing this one waits for
  // it, then finds nothing left to do, instead of applying the same migrations twice.
  const from = db
    .transaction(() => {
      const current = schemaVersion(db);
      if (current > to) throw new DatabaseTooNewError(current, to);
      for (const m of migrations.filter((pending) => pending.version > current)) {
        try {
          for (const [name, fn] of Object.entries(m.functions ?? {}))
            db.function(name, { deterministic: true }, fn as (...args: unknown[]) => unknown);
          db.exec(m.sql);
        } catch (error) {
          throw new Error(`Migration ${m.version} (${m.name}) failed: ${(error as Error).message}`, { cause: error });
        }
        db.pragma(`user_version = ${m.version}`);
      }
      return current;
    })
    .immediate();
  return { from, to, backupFile };
}
