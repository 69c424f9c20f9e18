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
 * An existing database is first copied to `backupFileFor(from)`; any failure rolls the whole
 * set back, leaving the file as it was.
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[],
  backupFileFor: (from: number, to: number) => string,
): MigrationResult {
  assertOrdered(migrations);
  const from = schemaVersion(db);
  const to = latestVersion(migrations);
  if (from > to) throw new DatabaseTooNewError(from, to);
  if (from === to) return { from, to, backupFile: null };

  let backupFile: string | null = null;
  if (from > 0) {
    backupFile = backupFileFor(from, to);
    db.prepare('VACUUM INTO ?').run(backupFile);
  }
  const pending = migrations.filter((m) => m.version > from);
  db.transaction(() => {
    for (const m of pending) {
      try {
        for (const [name, fn] of Object.entries(m.functions ?? {}))
          db.function(name, { deterministic: true }, fn as (...args: unknown[]) => unknown);
        db.exec(m.sql);
      } catch (error) {
        throw new Error(`Migration ${m.version} (${m.name}) failed: ${(error as Error).message}`, { cause: error });
      }
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return { from, to, backupFile };
}
