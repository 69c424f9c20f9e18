import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import { sql } from '../db/statements.ts';
import { recordDueReminders } from './record-due.ts';

export interface DailyReminders {
  /** True when today's reminders have not been recorded yet by this backend. */
  isDue(): boolean;
  /** Records today's reminders, once a day; returns how many were added. */
  catchUp(): number;
}

/**
 * Brings the reminders up to date once per day of the backend's clock: when it opens, then on the first call of
 * each new day. A data file with nobody in the register yet is looked at again on each call, so the example PCN
 * (or the first worker added) is reminded of straight away rather than tomorrow.
 */
export function dailyReminders(ctx: Ctx, log: (line: string) => void): DailyReminders {
  let doneFor: string | null = null;
  return {
    isDue: () => doneFor !== today(ctx),
    catchUp: () => {
      const day = today(ctx);
      if (doneFor === day) return 0;
      if (sql(ctx.db, 'SELECT EXISTS (SELECT 1 FROM worker) AS any').pluck().get() === 0) return 0;
      doneFor = day;
      try {
        return recordDueReminders(ctx.db, day);
      } catch (error) {
        // Tried once a day: a failure is reported, and the call that brought it on goes ahead.
        log(`Linkwork could not record today's reminders: ${(error as Error).message}`);
        return 0;
      }
    },
  };
}
