import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import { recordDueReminders } from './record-due.ts';

export interface DailyReminders {
  /** True when today's reminders have not been recorded yet by this backend. */
  isDue(): boolean;
  /** Records today's reminders, once a day; returns how many were added. */
  catchUp(): number;
  /** The register was filled at once (the example PCN): today's round runs again with the next call. */
  againToday(): void;
}

/** Brings the reminders up to date once per day of the backend's clock: when it opens, then each new day. */
export function dailyReminders(ctx: Ctx, log: (line: string) => void): DailyReminders {
  let doneFor: string | null = null;
  return {
    isDue: () => doneFor !== today(ctx),
    catchUp: () => {
      const day = today(ctx);
      if (doneFor === day) return 0;
      doneFor = day;
      try {
        return recordDueReminders(ctx.db, day).added;
      } catch (error) {
        // Tried once a day: a failure is reported, and the call that brought it on goes ahead.
        log(`Linkwork could not record today's reminders: ${(error as Error).message}`);
        return 0;
      }
    },
    againToday: () => {
      doneFor = null;
    },
  };
}
