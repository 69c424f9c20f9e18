import type BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import { loadDriver } from '../db/driver.ts';
import { latestVersion, schemaVersion } from '../db/migrate.ts';
import { migrations } from '../db/migrations/index.ts';

/** What a backup's data file holds, as the Backups screen shows it. */
export interface BackupContents {
  people: number | null;
  records: number | null;
  schemaVersion: number | null;
  /** Why it plainly cannot be restored; null when it looks whole (a restore checks it through first). */
  problem: string | null;
}

export const NOT_LINKWORK = 'It is not a Linkwork data file';

export const newerVersion = (found: number, known = latestVersion(migrations)) =>
  `It was made by a newer version of Linkwork (schema ${found}; this version knows up to ${known})`;

/** Opens a backup's data file read-only, so looking at it never changes a byte of it. */
export function openBackupFile(file: string): BetterSqlite3.Database {
  const Driver = loadDriver();
  return new Driver(file, { readonly: true, fileMustExist: true });
}

const hasTable = (db: BetterSqlite3.Database, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;

/** Not a Linkwork file, or made by a newer version: the reason; otherwise null. */
export function whyNotLinkwork(db: BetterSqlite3.Database): string | null {
  const version = schemaVersion(db);
  if (version === 0 || !hasTable(db, 'worker') || !hasTable(db, 'audit_log')) return NOT_LINKWORK;
  return version > latestVersion(migrations) ? newerVersion(version) : null;
}

/** SQLite's word for a file that is not a database at all. */
export const isNotADatabase = (error: unknown) =>
  (error as { code?: string }).code === 'SQLITE_NOTADB' || /not a database/i.test((error as Error).message);

function read(file: string): BackupContents {
  let db: BetterSqlite3.Database | null = null;
  try {
    db = openBackupFile(file);
    const problem = whyNotLinkwork(db);
    if (problem === NOT_LINKWORK) return { people: null, records: null, schemaVersion: null, problem };
    const count = (table: string) => (db?.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) ?? 0;
    const records = hasTable(db, 'training_record') ? count('training_record') : 0;
    return { people: count('worker'), records, schemaVersion: schemaVersion(db), problem };
  } catch (error) {
    const problem = isNotADatabase(error) ? NOT_LINKWORK : `Linkwork cannot read it (${(error as Error).message})`;
    return { people: null, records: null, schemaVersion: null, problem };
  } finally {
    db?.close();
  }
}

/** Read once per file as it is: listing thirty backups again opens none of them. */
const known = new Map<string, { stamp: string; contents: BackupContents }>();

/** What the data file `file` holds; remembered until the file changes (its size or time). */
export function contentsOf(file: string): BackupContents {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return { people: null, records: null, schemaVersion: null, problem: 'Its data file is missing' };
  const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
  const remembered = known.get(file);
  if (remembered?.stamp === stamp) return remembered.contents;
  const contents = read(file);
  known.set(file, { stamp, contents });
  return contents;
}
