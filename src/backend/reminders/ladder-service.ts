import type { ReminderLadder } from '../../shared/rules/reminder-ladder.ts';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../context.ts';
import { auditSettingChange } from '../settings/audit.ts';
import { readReminderLadder, writeReminderLadder } from './ladder-setting.ts';

/** Saves the lead's ladder, steps furthest first; it applies from the next steps reached, never to steps sent. */
export function saveReminderLadder(ctx: Ctx, ladder: ReminderLadder): ReminderLadder {
  const sorted: ReminderLadder = {
    ...ladder,
    beforeDue: [...ladder.beforeDue].sort((a, b) => b.daysBefore - a.daysBefore),
  };
  return inTransaction(ctx, () => {
    const before = readReminderLadder(ctx.db);
    writeReminderLadder(ctx.db, sorted);
    auditSettingChange(ctx, 'Changed the reminder ladder', before, sorted);
    return sorted;
  });
}
