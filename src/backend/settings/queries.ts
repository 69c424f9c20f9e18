import type { Database } from 'better-sqlite3';
import { sql } from '../db/statements.ts';

export function readSetting<T>(db: Database, key: string): T | undefined {
  const row = sql(db, 'SELECT value FROM setting WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export function writeSetting(db: Database, key: string, value: unknown): void {
  sql(db, 'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}
