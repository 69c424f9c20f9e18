import type { Database } from 'better-sqlite3';
import type { ReminderRecipient } from '../../shared/domain/reminders.ts';
import type { ReminderAudience } from '../../shared/rules/reminder-ladder.ts';
import { dueReminderStep } from '../../shared/rules/reminder-ladder.ts';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../shared/rules/working-days.ts';
import { sql } from '../db/statements.ts';
import { readReminderLadder } from './ladder-setting.ts';
import type { RemindableItem } from './remindable-items.ts';
import { remindableItems } from './remindable-items.ts';

const itemId = (workerId: number, itemKey: string, dueDate: string) => `${workerId} ${itemKey} ${dueDate}`;

/** What a round changed, in reminder rows: steps added, and items resolved or standing again (every recipient's copy). */
export interface ReminderRound {
  added: number;
  resolved: number;
  reopened: number;
}

/** The reminders already recorded for one worker, item and due date: the steps sent and whether it is resolved. */
interface Recorded {
  workerId: number;
  itemKey: string;
  dueDate: string;
  steps: Set<string>;
  resolved: boolean;
}

/** The reminders recorded, everyone's or only the workers named, by worker, item and due date. */
function remindersRecorded(db: Database, only?: readonly number[]): Map<string, Recorded> {
  const query = sql(
    db,
    `SELECT worker_id, item_key, due_date, step_key, max(resolved_on IS NOT NULL) FROM reminder
     WHERE ${only ? 'worker_id IN (SELECT value FROM json_each(?))' : '1 = 1'}
     GROUP BY worker_id, item_key, due_date, step_key`,
  ).raw(true);
  const rows = (only ? query.all(JSON.stringify(only)) : query.all()) as [number, string, string, string, number][];
  const recorded = new Map<string, Recorded>();
  for (const [workerId, itemKey, dueDate, stepKey, resolved] of rows) {
    const key = itemId(workerId, itemKey, dueDate);
    let entry = recorded.get(key);
    if (!entry) recorded.set(key, (entry = { workerId, itemKey, dueDate, steps: new Set(), resolved: false }));
    entry.steps.add(stepKey);
    entry.resolved ||= resolved === 1;
  }
  return recorded;
}

function recipientsOf(item: RemindableItem, audience: readonly ReminderAudience[]): ReminderRecipient[] {
  const recipients = new Set<ReminderRecipient>();
  for (const who of audience) {
    if (who === 'person') recipients.add(`worker:${item.workerId}`);
    if (who === 'supervisor' && item.supervisorId !== null) recipients.add(`colleague:${item.supervisorId}`);
    if (who === 'lead') recipients.add('lead');
  }
  return [...recipients];
}

/**
 * Brings reminders up to date for today, for every worker or only the workers named (after a write that touched
 * them). Records today's step of the reminder ladder for each dated item (training, induction, supervision,
 * competency assessment), one row per recipient; a step is recorded once per item and due date, so a second run
 * the same day adds nothing. A reminder whose item no longer stands with that due date (done, the person left or
 * was made exempt, the date moved) is resolved today, and one whose item stands again (a record withdrawn) reopens.
 * A step is sent once per item whoever heard it, so when a worker's supervisor changes the new supervisor hears from
 * the next step on, not the one already sent (the old supervisor's copies stop counting: current-recipient.ts).
 */
export function recordDueReminders(db: Database, today: string, only?: readonly number[]): ReminderRound {
  const items = remindableItems(db, today, only);
  const ladder = readReminderLadder(db);
  const insert = sql(
    db,
    `INSERT OR IGNORE INTO reminder (worker_id, kind, item_key, due_date, step_key, recipient, title, link, created_on)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const resolve = sql(db, 'UPDATE reminder SET resolved_on = ? WHERE worker_id = ? AND item_key = ? AND due_date = ?');
  return db
    .transaction(() => {
      const recorded = remindersRecorded(db, only);
      const standing = new Set<string>();
      const round: ReminderRound = { added: 0, resolved: 0, reopened: 0 };
      for (const item of items) {
        if (item.personHasLeft) continue; // Leavers are never reminded, and their reminders resolve below.
        const key = itemId(item.workerId, item.itemKey, item.dueDate);
        standing.add(key);
        const before = recorded.get(key);
        if (before?.resolved) round.reopened += resolve.run(null, item.workerId, item.itemKey, item.dueDate).changes;
        const step = dueReminderStep(
          { dueDate: item.dueDate, personHasLeft: false, exempt: false },
          today,
          ladder,
          before?.steps ?? new Set<string>(),
          ENGLAND_AND_WALES_BANK_HOLIDAYS,
        );
        if (!step) continue;
        for (const recipient of recipientsOf(item, step.audience)) {
          round.added += insert.run(
            item.workerId,
            item.kind,
            item.itemKey,
            item.dueDate,
            step.key,
            recipient,
            item.title,
            item.link,
            today,
          ).changes;
        }
      }
      for (const [key, { workerId, itemKey, dueDate, resolved }] of recorded) {
        if (!resolved && !standing.has(key)) round.resolved += resolve.run(today, workerId, itemKey, dueDate).changes;
      }
      return round;
    })
    .immediate();
}
