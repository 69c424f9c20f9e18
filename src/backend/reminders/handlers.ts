import type { reminderMethods } from '../../shared/api/methods/reminders.ts';
import type { HandlerTable } from '../handler.ts';
import { readReminderLadder } from './ladder-setting.ts';
import { saveReminderLadder } from './ladder-service.ts';
import { desktopDue, listNotifications, markNotificationsRead } from './notifications.ts';

export const reminderHandlers = {
  'notification.list': (input, ctx) => listNotifications(ctx, input),
  'notification.markRead': (input, ctx) => markNotificationsRead(ctx, input),
  'notification.desktopDue': (_input, ctx) => desktopDue(ctx),
  'reminder.settings': (_input, { db }) => readReminderLadder(db),
  'reminder.saveSettings': (input, ctx) => saveReminderLadder(ctx, input),
} satisfies HandlerTable<keyof typeof reminderMethods>;
