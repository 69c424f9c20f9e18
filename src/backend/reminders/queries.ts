import type { Database } from 'better-sqlite3';
import type { Notification } from '../../shared/domain/reminders.ts';
import { sql } from '../db/statements.ts';
import { currentRecipientCondition } from './current-recipient.ts';
import type { ReminderReader } from './recipients.ts';

/** The reader's rows, bound as @everyone and @recipients; a former supervisor's copies no longer count. */
const MINE = `((@everyone = 1 OR recipient IN (SELECT value FROM json_each(@recipients))) AND ${currentRecipientCondition()})`;

/**
 * One line per step of an item: a lead who also supervises the worker, or personal mode's user, holds the same
 * step under several recipients, and reads it once. Its id is the lowest; it is read when every copy is. It is
 * unread while neither read nor resolved (every copy is resolved together).
 */
const STEPS = `WITH step AS (
  SELECT min(id) AS id, worker_id, kind, title, link, due_date, created_on, min(read_at IS NOT NULL) AS read,
    max(resolved_on) AS resolved_on, min(read_at IS NOT NULL) = 0 AND max(resolved_on) IS NULL AS unread
  FROM reminder WHERE ${MINE}
  GROUP BY worker_id, item_key, due_date, step_key)`;

const bind = (reader: ReminderReader) => ({
  everyone: reader.everyone ? 1 : 0,
  recipients: JSON.stringify(reader.everyone ? [] : reader.recipients),
});

interface StepRow {
  id: number;
  workerId: number;
  kind: Notification['kind'];
  title: string;
  link: string;
  dueDate: string;
  createdOn: string;
  read: number;
  resolvedOn: string | null;
}

const toNotification = ({ read, ...row }: StepRow): Notification => ({ ...row, read: read === 1 });

export function notificationsOf(
  db: Database,
  reader: ReminderReader,
  page: { offset: number; limit: number; unreadOnly?: boolean },
): Notification[] {
  const rows = sql(
    db,
    `${STEPS} SELECT id, worker_id AS workerId, kind, title, link, due_date AS dueDate, created_on AS createdOn, read,
       resolved_on AS resolvedOn
     FROM step WHERE (@unreadOnly = 0 OR unread) ORDER BY created_on DESC, id DESC LIMIT @limit OFFSET @offset`,
  ).all({ ...bind(reader), ...page, unreadOnly: page.unreadOnly ? 1 : 0 }) as StepRow[];
  return rows.map(toNotification);
}

export function countNotifications(db: Database, reader: ReminderReader): { total: number; unread: number } {
  return sql(db, `${STEPS} SELECT count(*) AS total, coalesce(sum(unread), 0) AS unread FROM step`).get(
    bind(reader),
  ) as { total: number; unread: number };
}

/** Marks read every copy the reader holds of the steps named by id (ids of others' reminders are passed over). */
export function markStepsRead(
  db: Database,
  reader: ReminderReader,
  ids: readonly number[] | 'all',
  at: string,
): number {
  if (ids === 'all') {
    return sql(db, `UPDATE reminder SET read_at = @at WHERE read_at IS NULL AND ${MINE}`).run({ ...bind(reader), at })
      .changes;
  }
  return sql(
    db,
    `UPDATE reminder SET read_at = @at WHERE read_at IS NULL AND ${MINE}
     AND (worker_id, item_key, due_date, step_key) IN (
       SELECT worker_id, item_key, due_date, step_key FROM reminder
       WHERE id IN (SELECT value FROM json_each(@ids)) AND ${MINE})`,
  ).run({ ...bind(reader), at, ids: JSON.stringify(ids) }).changes;
}

/** Records that today's desktop notice was offered; false if it already was. */
export function recordDesktopDigest(db: Database, key: string, day: string): boolean {
  return (
    sql(db, "INSERT OR IGNORE INTO reminder_digest (recipient, channel, sent_on) VALUES (?, 'desktop', ?)").run(
      key,
      day,
    ).changes === 1
  );
}

export function desktopDigestOffered(db: Database, key: string, day: string): boolean {
  return (
    sql(db, "SELECT 1 FROM reminder_digest WHERE recipient = ? AND channel = 'desktop' AND sent_on = ?").get(
      key,
      day,
    ) !== undefined
  );
}

/** A worker removed as made in error takes the reminders about them along (they are not records to keep). */
export function forgetRemindersOf(db: Database, workerId: number): void {
  sql(db, 'DELETE FROM reminder WHERE worker_id = ?').run(workerId);
}
