import type { Database } from 'better-sqlite3';
import { sql } from '../db/statements.ts';

export interface AccountRow {
  id: number;
  email: string;
  workerId: number | null;
  colleagueId: number | null;
  lead: number;
  viewer: number;
  passwordHash: string | null;
  createdAt: string;
  /** The person's name from the register. */
  name: string;
}

const ACCOUNT = `
  SELECT a.id, a.email, a.worker_id AS workerId, a.colleague_id AS colleagueId, a.lead, a.viewer,
         a.password_hash AS passwordHash, a.created_at AS createdAt, coalesce(w.name, c.name, a.email) AS name
  FROM account a LEFT JOIN worker w ON w.id = a.worker_id LEFT JOIN colleague c ON c.id = a.colleague_id`;

export const findAccount = (db: Database, id: number) =>
  sql(db, `${ACCOUNT} WHERE a.id = ?`).get(id) as AccountRow | undefined;

export const findAccountByEmail = (db: Database, email: string) =>
  sql(db, `${ACCOUNT} WHERE a.email = ?`).get(email) as AccountRow | undefined;

export const findAccountOfPerson = (db: Database, kind: 'worker' | 'colleague', id: number) =>
  sql(db, `${ACCOUNT} WHERE a.${kind}_id = ?`).get(id) as AccountRow | undefined;

export const listAccounts = (db: Database) => sql(db, `${ACCOUNT} ORDER BY name`).all() as AccountRow[];

export function insertAccount(
  db: Database,
  a: { email: string; workerId: number | null; colleagueId: number | null; lead: boolean; viewer: boolean; at: string },
): number {
  return Number(
    sql(
      db,
      'INSERT INTO account (email, worker_id, colleague_id, lead, viewer, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(a.email, a.workerId, a.colleagueId, a.lead ? 1 : 0, a.viewer ? 1 : 0, a.at).lastInsertRowid,
  );
}

export const setRoles = (db: Database, id: number, lead: boolean, viewer: boolean) =>
  sql(db, 'UPDATE account SET lead = ?, viewer = ? WHERE id = ?').run(lead ? 1 : 0, viewer ? 1 : 0, id);

export const setPassword = (db: Database, id: number, hash: string) =>
  sql(db, 'UPDATE account SET password_hash = ? WHERE id = ?').run(hash, id);

export const insertInvitation = (db: Database, accountId: number, tokenHash: string, at: string, expiresAt: string) =>
  sql(db, 'INSERT INTO account_invitation (account_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
    accountId,
    tokenHash,
    at,
    expiresAt,
  );

export const findInvitation = (db: Database, tokenHash: string) =>
  sql(
    db,
    'SELECT id, account_id AS accountId, expires_at AS expiresAt, used_at AS usedAt FROM account_invitation WHERE token_hash = ?',
  ).get(tokenHash) as { id: number; accountId: number; expiresAt: string; usedAt: string | null } | undefined;

/** A re-issued link replaces any earlier one that was not used. */
export const retireInvitations = (db: Database, accountId: number, at: string) =>
  sql(db, 'UPDATE account_invitation SET used_at = ? WHERE account_id = ? AND used_at IS NULL').run(at, accountId);

export const useInvitation = (db: Database, id: number, at: string) =>
  sql(db, 'UPDATE account_invitation SET used_at = ? WHERE id = ?').run(at, id);

export const insertSession = (db: Database, accountId: number, tokenHash: string, at: string, expiresAt: string) =>
  sql(
    db,
    'INSERT INTO account_session (account_id, token_hash, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  ).run(accountId, tokenHash, at, at, expiresAt);

export const findSession = (db: Database, tokenHash: string) =>
  sql(
    db,
    `SELECT id, account_id AS accountId, last_seen_at AS lastSeenAt, expires_at AS expiresAt, ended_at AS endedAt
     FROM account_session WHERE token_hash = ?`,
  ).get(tokenHash) as
    { id: number; accountId: number; lastSeenAt: string; expiresAt: string; endedAt: string | null } | undefined;

export const touchSession = (db: Database, id: number, at: string) =>
  sql(db, 'UPDATE account_session SET last_seen_at = ? WHERE id = ?').run(at, id);

export const endSession = (db: Database, id: number, at: string) =>
  sql(db, 'UPDATE account_session SET ended_at = ? WHERE id = ? AND ended_at IS NULL').run(at, id);

export const endSessionsOf = (db: Database, accountId: number, at: string) =>
  sql(db, 'UPDATE account_session SET ended_at = ? WHERE account_id = ? AND ended_at IS NULL').run(at, accountId);

export const setEmail = (db: Database, id: number, email: string) =>
  sql(db, 'UPDATE account SET email = ? WHERE id = ?').run(email, id);

export const countLeads = (db: Database) =>
  (sql(db, 'SELECT count(*) AS n FROM account WHERE lead = 1').get() as { n: number }).n;

/** Per account: sessions still live at `now` (not ended, before their absolute limit, used since `idleSince`). */
export const liveSessionCounts = (db: Database, now: string, idleSince: string) =>
  new Map(
    (
      sql(
        db,
        `SELECT account_id AS accountId, count(*) AS n FROM account_session
         WHERE ended_at IS NULL AND expires_at > ? AND last_seen_at > ? GROUP BY account_id`,
      ).all(now, idleSince) as { accountId: number; n: number }[]
    ).map((r) => [r.accountId, r.n]),
  );

/** Per account: when its newest unused, unexpired link stops working. */
export const pendingLinks = (db: Database, now: string) =>
  new Map(
    (
      sql(
        db,
        `SELECT account_id AS accountId, max(expires_at) AS expiresAt FROM account_invitation
         WHERE used_at IS NULL AND expires_at > ? GROUP BY account_id`,
      ).all(now) as { accountId: number; expiresAt: string }[]
    ).map((r) => [r.accountId, r.expiresAt]),
  );

/** Colleagues named as some worker's supervisor. */
export const supervisingColleagues = (db: Database) =>
  new Set(
    (
      sql(db, 'SELECT DISTINCT supervisor_id AS id FROM worker WHERE supervisor_id IS NOT NULL').all() as {
        id: number;
      }[]
    ).map((r) => r.id),
  );

export const linkPerson = (db: Database, id: number, kind: 'worker' | 'colleague', personId: number) =>
  sql(db, `UPDATE account SET ${kind === 'worker' ? 'worker_id' : 'colleague_id'} = ? WHERE id = ?`).run(personId, id);
