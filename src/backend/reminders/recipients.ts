import type { Caller } from '../access/caller.ts';
import type { ReminderRecipient } from '../../shared/domain/reminders.ts';

/** Whose reminders a caller reads: a list of recipients, or every reminder. */
export type ReminderReader = { everyone: true } | { everyone: false; recipients: ReminderRecipient[] };

/**
 * A signed-in account reads the reminders addressed to its worker, to its colleague (as a supervisor) and, for a
 * lead, to 'lead'. In personal mode the computer's user holds every role, so they read every reminder (one line
 * per step, however many people it was addressed to).
 */
export function readerOf(caller: Caller): ReminderReader {
  if (caller.kind === 'personal') return { everyone: true };
  if (caller.kind !== 'account') return { everyone: false, recipients: [] };
  const recipients: ReminderRecipient[] = [];
  if (caller.workerId !== null) recipients.push(`worker:${caller.workerId}`);
  if (caller.colleagueId !== null) recipients.push(`colleague:${caller.colleagueId}`);
  if (caller.lead) recipients.push('lead');
  return { everyone: false, recipients };
}

/** Whom a desktop notice is offered to once a day: each account, or the computer's user in personal mode. */
export function desktopDigestKey(caller: Caller): string {
  return caller.kind === 'account' ? `account:${caller.accountId}` : 'this-computer';
}
