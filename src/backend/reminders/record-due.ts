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

/** The steps already recorded, by worker, item and due date. */
function stepsRecorded(db: Database): Map<string, Set<string>> {
  const rows = sql(db, 'SELECT DISTINCT worker_id, item_key, due_date, step_key FROM reminder').raw(true).all() as [
    number,
    string,
    string,
    string,
  ][];
  const sent = new Map<string, Set<string>>();
  for (const [workerId, itemKey, dueDate, stepKey] of rows) {
    const key = itemId(workerId, itemKey, dueDate);
    let steps = sent.get(key);
    if (!steps) sent.set(key, (steps = new Set()));
    steps.add(stepKey);
  }
  return sent;
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
 * Records today's step of the reminder ladder for every worker's dated item (training, induction, supervision,
 * competency assessment), one row per recipient. A step is recorded once per item and due date, so a second run
 * the same day adds nothing; leavers and exempt items are never reminded. Returns the number of reminders added.
 */
export function recordDueReminders(db: Database, today: string): number {
  const items = remindableItems(db, today);
  const ladder = readReminderLadder(db);
  const insert = sql(
    db,
    `INSERT OR IGNORE INTO reminder (worker_id, kind, item_key, due_date, step_key, recipient, title, link, created_on)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return db
    .transaction(() => {
      const sent = stepsRecorded(db);
      let added = 0;
      for (const item of items) {
        const already = sent.get(itemId(item.workerId, item.itemKey, item.dueDate)) ?? new Set<string>();
        const step = dueReminderStep(
          { dueDate: item.dueDate, personHasLeft: item.personHasLeft, exempt: false },
          today,
          ladder,
          already,
          ENGLAND_AND_WALES_BANK_HOLIDAYS,
        );
        if (!step) continue;
        for (const recipient of recipientsOf(item, step.audience)) {
          added += insert.run(
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
      return added;
    })
    .immediate();
}
