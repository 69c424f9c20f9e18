import type { ReminderAudience } from '../rules/reminder-ladder.ts';

/** What a reminder is about; the same kinds an e-mail digest can be unsubscribed from. */
export const REMINDER_KINDS = ['training', 'induction', 'supervision', 'assessment'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const REMINDER_AUDIENCES: readonly ReminderAudience[] = ['person', 'supervisor', 'lead'];

export const REMINDER_AUDIENCE_LABELS: Record<ReminderAudience, string> = {
  person: 'The person',
  supervisor: 'Their supervisor',
  lead: 'The lead',
};

/** Whom a reminder is for: a worker, a colleague who supervises, or every lead (who share one read state). */
export type ReminderRecipient = `worker:${number}` | `colleague:${number}` | 'lead';

/** One reminder as the notifications panel shows it. */
export interface Notification {
  id: number;
  workerId: number;
  kind: ReminderKind;
  title: string;
  /** The in-app address of the fix, e.g. `/staff/12/training?requirement=data-security`. */
  link: string;
  dueDate: string;
  /** The day the reminder was recorded. */
  createdOn: string;
  read: boolean;
  /** The day its item stopped standing (done, the person left or was made exempt): no longer unread; else null. */
  resolvedOn: string | null;
}

/** The most notifications one call may ask for: the panel asks for more in pages of at most this many. */
export const MAX_NOTIFICATIONS_PER_CALL = 100;

export interface NotificationPage {
  items: Notification[];
  /** Every unread reminder of the caller's, not only this page's; resolved ones are never unread. */
  unread: number;
  total: number;
}

/** What one desktop notice a day summarises: the unread reminders, newest first. */
export interface DesktopDigest {
  /** The newest few unread; empty when there is nothing to say or today's notice was already offered. */
  items: Notification[];
  unread: number;
}
