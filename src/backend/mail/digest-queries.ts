import type { Database } from 'better-sqlite3';
import type { ReminderKind, ReminderRecipient } from '../../shared/domain/reminders.ts';
import { sql } from '../db/statements.ts';
import { currentRecipientCondition } from '../reminders/current-recipient.ts';

export interface MailableAccount {
  id: number;
  email: string;
  name: string;
  /** Whom the account hears reminders as: its worker, its colleague (a supervisor), and every lead's share. */
  recipients: ReminderRecipient[];
}

/** A reminder as a digest shows it: staff data only (what is due, for whom, when) and where to fix it. */
export interface DigestItem {
  id: number;
  kind: ReminderKind;
  title: string;
  dueDate: string;
  link: string;
}

interface AccountRecord {
  id: number;
  email: string;
  name: string;
  workerId: number | null;
  colleagueId: number | null;
  lead: number;
}

export function mailableAccounts(db: Database): MailableAccount[] {
  const rows = sql(
    db,
    `SELECT a.id, a.email, coalesce(w.name, c.name, a.email) AS name, a.worker_id AS workerId,
            a.colleague_id AS colleagueId, a.lead
     FROM account a LEFT JOIN worker w ON w.id = a.worker_id LEFT JOIN colleague c ON c.id = a.colleague_id
     ORDER BY a.id`,
  ).all() as AccountRecord[];
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    recipients: [
      ...(row.workerId !== null ? [`worker:${row.workerId}` as const] : []),
      ...(row.colleagueId !== null ? [`colleague:${row.colleagueId}` as const] : []),
      ...(row.lead ? ['lead' as const] : []),
    ],
  }));
}

/**
 * The reminders addressed to any of the account's recipients, still standing (and still theirs: not a former
 * supervisor's copy), not yet e-mailed to this account, of kinds it still wants.
 */
export function unsentRemindersFor(db: Database, account: MailableAccount): DigestItem[] {
  if (account.recipients.length === 0) return [];
  const marks = account.recipients.map(() => '?').join(', ');
  return sql(
    db,
    `SELECT min(r.id) AS id, r.kind, r.title, r.due_date AS dueDate, r.link
     FROM reminder r
     WHERE r.recipient IN (${marks}) AND r.resolved_on IS NULL AND ${currentRecipientCondition('r')}
       AND NOT EXISTS (SELECT 1 FROM reminder_emailed e WHERE e.account_id = ? AND e.reminder_id = r.id)
       AND r.kind NOT IN (SELECT kind FROM email_unsubscribe WHERE account_id = ?)
     GROUP BY r.worker_id, r.item_key, r.due_date, r.title, r.link
     ORDER BY r.due_date, r.title`,
  ).all(...account.recipients, account.id, account.id) as DigestItem[];
}

const digestRecipient = (accountId: number) => `account:${accountId}`;

/**
 * Takes today's one e-mail digest for the account before sending it, so nothing (a second run, a restart, another
 * timer) can send a second; false when it was already taken.
 */
export const claimTodaysDigest = (db: Database, accountId: number, today: string): boolean =>
  sql(db, "INSERT OR IGNORE INTO reminder_digest (recipient, channel, sent_on) VALUES (?, 'email', ?)").run(
    digestRecipient(accountId),
    today,
  ).changes === 1;

/** Gives today's digest back after a failed send, so the next check tries again. */
export const releaseTodaysDigest = (db: Database, accountId: number, today: string) =>
  sql(db, "DELETE FROM reminder_digest WHERE recipient = ? AND channel = 'email' AND sent_on = ?").run(
    digestRecipient(accountId),
    today,
  );

export const digestSentToday = (db: Database, accountId: number, today: string): boolean =>
  sql(db, "SELECT 1 FROM reminder_digest WHERE recipient = ? AND channel = 'email' AND sent_on = ?").get(
    digestRecipient(accountId),
    today,
  ) !== undefined;

/**
 * Notes the day the reminders went by e-mail to this account (another lead sharing a 'lead' reminder still has it
 * to come). The same step for the same item to more than one of the account's recipients (its worker and the lead)
 * is one line in the digest, so every such row is marked.
 */
export function markEmailed(db: Database, account: MailableAccount, items: readonly DigestItem[], today: string) {
  const marks = account.recipients.map(() => '?').join(', ');
  const mark = sql(
    db,
    `INSERT OR IGNORE INTO reminder_emailed (account_id, reminder_id, emailed_on)
     SELECT ?, r.id, ? FROM reminder r
     WHERE r.recipient IN (${marks})
       AND (r.worker_id, r.item_key, r.due_date) = (SELECT worker_id, item_key, due_date FROM reminder WHERE id = ?)`,
  );
  for (const item of items) mark.run(account.id, today, ...account.recipients, item.id);
}
