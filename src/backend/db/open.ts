import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { writeCheckedCopy } from '../backups/checked-copy.ts';
import { BACKUP_FOLDER } from '../backups/leftovers.ts';
import { loadDriver } from './driver.ts';
import { migrations } from './migrations/index.ts';
import type { Migration, MigrationResult } from './migrate.ts';
import { DatabaseTooNewError, latestVersion, migrate, schemaVersion } from './migrate.ts';

export { loadDriver };

export type Database = BetterSqlite3.Database;

export interface OpenedDatabase {
  db: Database;
  migration: MigrationResult;
}

/** The copy taken before upgrading: `backups/<name>-v<from>-before-v<to>-<time>.sqlite`, checked before it is named so. */
function backUpBeforeMigrating(db: Database, file: string, from: number, to: number): string {
  const dir = path.join(path.dirname(file), BACKUP_FOLDER);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${path.basename(file, '.sqlite')}-v${from}-before-v${to}-${stamp}.sqlite`);
  writeCheckedCopy(target, (temporary) => db.prepare('VACUUM INTO ?').run(temporary));
  return target;
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
    // First, so that even switching to WAL waits for another connection rather than failing.
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    // Whole-PCN computations read every record at launch; memory-mapped reads make that a fifth quicker.
    db.pragma('mmap_size = 268435456');
    const migration = migrate(db, list, (from, to) => backUpBeforeMigrating(db, file, from, to));
    return { db, migration };
  } catch (error) {
    db.close();
    throw error;
  }
}
