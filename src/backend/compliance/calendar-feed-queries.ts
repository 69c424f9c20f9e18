import type { Database } from 'better-sqlite3';
import { sql } from '../db/statements.ts';

/** The account a worker signs in with, if they have one. */
export function accountOfWorker(db: Database, workerId: number): number | null {
  return (sql(db, 'SELECT id FROM account WHERE worker_id = ?').pluck().get(workerId) as number | undefined) ?? null;
}

/** When the account's live subscription address was made, or null when it has none. */
export function liveFeedSince(db: Database, accountId: number): string | null {
  return (
    (sql(db, 'SELECT created_at FROM calendar_feed WHERE account_id = ? AND revoked_at IS NULL')
      .pluck()
      .get(accountId) as string | undefined) ?? null
  );
}

/** Revokes the account's live address, if any; true when there was one. */
export function revokeLiveFeed(db: Database, accountId: number, at: string): boolean {
  return (
    sql(db, 'UPDATE calendar_feed SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL').run(at, accountId)
      .changes > 0
  );
}

export function insertFeed(db: Database, accountId: number, tokenHash: string, at: string): void {
  sql(db, 'INSERT INTO calendar_feed (account_id, token_hash, created_at) VALUES (?, ?, ?)').run(
    accountId,
    tokenHash,
    at,
  );
}

/** The worker whose live address has this token hash, or null (unknown, revoked, or no longer a worker's). */
export function workerOfLiveFeed(db: Database, tokenHash: string): number | null {
  return (
    (sql(
      db,
      `SELECT a.worker_id FROM calendar_feed f JOIN account a ON a.id = f.account_id
       WHERE f.token_hash = ? AND f.revoked_at IS NULL`,
    )
      .pluck()
      .get(tokenHash) as number | null | undefined) ?? null
  );
}
