import type { Domain } from '../../shared/api/domains.ts';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import { recordDueReminders } from './record-due.ts';

/**
 * After a write that touched workers (a training record, a new starter, a leaving date): their reminders brought
 * up to date at once, rather than at tomorrow's round. Names 'reminders' when any changed, so open bells refresh.
 * The write itself has committed, so a failure here is only logged: tomorrow's round will catch up.
 */
export function remindersAfterWrite(
  ctx: Ctx,
  workerIds: readonly number[] | null,
  log: (line: string) => void,
): Domain[] {
  if (!workerIds || workerIds.length === 0) return [];
  try {
    const { added, resolved, reopened } = recordDueReminders(ctx.db, today(ctx), workerIds);
    return added + resolved + reopened > 0 ? ['reminders'] : [];
  } catch (error) {
    log(`Linkwork could not bring the reminders up to date after a change: ${(error as Error).message}`);
    return [];
  }
}
