import type { Database } from 'better-sqlite3';
import { changeKey } from './change-key.ts';

const memos = new WeakMap<Database, { key: string; values: Map<string, unknown> }>();

/**
 * `compute()`, remembered per connection until the data (or the day) changes. Nothing worked out inside an
 * open transaction is remembered: `total_changes()` does not go back on a rollback, so its key could
 * outlive the data it was computed from.
 */
export function untilWrite<T>(db: Database, today: string, name: string, compute: () => T): T {
  const key = `${today} ${changeKey(db)}`;
  let memo = memos.get(db);
  if (memo?.key !== key) {
    memo = { key, values: new Map() };
    if (!db.inTransaction) memos.set(db, memo);
  }
  if (memo.values.has(name)) return memo.values.get(name) as T;
  const value = compute();
  if (!db.inTransaction) memo.values.set(name, value);
  return value;
}
