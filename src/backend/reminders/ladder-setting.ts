import type { Database } from 'better-sqlite3';
import type { ReminderLadder } from '../../shared/rules/reminder-ladder.ts';
import { DEFAULT_REMINDER_LADDER } from '../../shared/rules/reminder-ladder.ts';
import { reminderLadderSchema } from '../../shared/schemas/reminders.ts';
import { readSetting, writeSetting } from '../settings/queries.ts';

const KEY = 'reminderLadder';

/** The lead's ladder, or the default (90, 60, 30 days, on the day, then weekly) when none is saved or it is unreadable. */
export function readReminderLadder(db: Database): ReminderLadder {
  const parsed = reminderLadderSchema.safeParse(readSetting<unknown>(db, KEY));
  return parsed.success ? parsed.data : DEFAULT_REMINDER_LADDER;
}

export function writeReminderLadder(db: Database, ladder: ReminderLadder): void {
  writeSetting(db, KEY, ladder);
}
