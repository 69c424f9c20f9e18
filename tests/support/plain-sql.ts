import { createRequire } from 'node:module';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { DATA_FILE_NAME } from '../../src/backend/backend.ts';

const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;

/** Plain SQL on the data file through a connection of its own, as anyone with the file could. */
export function withPlainSql<T>(dir: string, work: (db: BetterSqlite3.Database) => T): T {
  const db = new Database(path.join(dir, DATA_FILE_NAME));
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** Drops every trigger, as someone who wants to change what they refuse would first. */
export function dropEveryTrigger(db: BetterSqlite3.Database): void {
  const triggers = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'").pluck().all() as string[];
  for (const name of triggers) db.exec(`DROP TRIGGER "${name}"`);
}
