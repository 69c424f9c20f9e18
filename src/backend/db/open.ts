import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { migrations } from './migrations/index.ts';
import type { Migration, MigrationResult } from './migrate.ts';
import { DatabaseTooNewError, latestVersion, migrate, schemaVersion } from './migrate.ts';
import { assertSupportedNode } from './node-version.ts';

export type Database = BetterSqlite3.Database;

export interface OpenedDatabase {
  db: Database;
  migration: MigrationResult;
}

/** Loaded only after the Node version check, because the addon crashes on old Node instead of throwing. */
export function loadDriver(): typeof BetterSqlite3 {
  assertSupportedNode();
  return createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
}

function backupPath(file: string, from: number, to: number): string {
  const dir = path.join(path.dirname(file), 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return path.join(dir, `${path.basename(file, '.sqlite')}-v${from}-before-v${to}-${stamp}.sqlite`);
}

/** Reads the schema version without writing a byte, so a file from the future is left untouched. */
function refuseIfTooNew(Driver: typeof BetterSqlite3, file: string, known: number): void {
  if (!fs.existsSync(file)) return;
  const probe = new Driver(file, { readonly: true, fileMustExist: true });
  try {
    const found = schemaVersion(probe);
    if (found > known) throw new DatabaseTooNewError(found, known);
  } finally {
    probe.close();
  }
}

export function openDatabase(file: string, list: readonly Migration[] = migrations): OpenedDatabase {
  const Driver = loadDriver();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  refuseIfTooNew(Driver, file, latestVersion(list));
  const db = new Driver(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    // Whole-PCN computations read every record at launch; memory-mapped reads make that a fifth quicker.
    db.pragma('mmap_size = 268435456');
    const migration = migrate(db, list, (from, to) => backupPath(file, from, to));
    return { db, migration };
  } catch (error) {
    db.close();
    throw error;
  }
}
