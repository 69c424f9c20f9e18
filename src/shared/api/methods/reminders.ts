import { z } from 'zod';
import type { DesktopDigest, NotificationPage } from '../../domain/reminders.ts';
import type { ReminderLadder } from '../../rules/reminder-ladder.ts';
import { markReadInput, notificationListInput, reminderLadderSchema } from '../../schemas/reminders.ts';
import { LEAD, SIGNED_IN } from '../access.ts';
import { method } from '../method.ts';

// Notifications are always the caller's own (reminders/recipients.ts): no input names whose.
export const reminderMethods = {
  'notification.list': method<NotificationPage>()(notificationListInput, SIGNED_IN),
  'notification.markRead': method<{ marked: number; unread: number }>()(markReadInput, SIGNED_IN),
  'notification.desktopDue': method<DesktopDigest>()(z.object({}).strict(), SIGNED_IN),
  'reminder.settings': method<ReminderLadder>()(z.object({}).strict(), SIGNED_IN),
  'reminder.saveSettings': method<ReminderLadder>()(reminderLadderSchema, LEAD),
};
