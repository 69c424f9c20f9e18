import type { InputOf } from '../../../shared/api/contract.ts';
import type { DesktopDigest, NotificationPage } from '../../../shared/domain/reminders.ts';
import type { ReminderLadder } from '../../../shared/rules/reminder-ladder.ts';
import { create } from 'zustand';
import { onDataChange } from '../api/changes.ts';
import { call } from '../api/client.ts';
import { newestNotifications } from '../../../shared/api/notification-pages.ts';
import { createResource } from './resource.ts';

/** How many notifications the panel shows at first, and adds with "Show more". */
export const NOTIFICATIONS_PAGE = 20;

/** The caller's newest notifications (keyed by how many), with the unread count; fresh after each day's round. */
export const notifications = createResource<number, NotificationPage>({
  name: 'your notifications',
  load: (count) => newestNotifications((page) => call('notification.list', page), count),
  dependsOn: ['reminders'],
});

/** Marking read announces a change to 'reminders', which reloads the panel and the count. */
export async function markNotificationsRead(ids: number[]): Promise<void> {
  await call('notification.markRead', { ids });
}

export async function markAllNotificationsRead(): Promise<void> {
  await call('notification.markRead', { all: true });
}

/** Today's desktop notice, at most once a day (the backend remembers); empty when already offered. */
export function desktopNoticeDue(): Promise<DesktopDigest> {
  return call('notification.desktopDue', {});
}

/** The reminder ladder: when reminders go, and to whom. */
export const reminderLadder = createResource<null, ReminderLadder>({
  name: 'the reminder settings',
  load: () => call('reminder.settings', {}),
  dependsOn: ['reminders', 'settings'],
});

export async function saveReminderLadder(ladder: InputOf<'reminder.saveSettings'>): Promise<void> {
  reminderLadder.put(null, await call('reminder.saveSettings', ladder));
}

/** Whether the top bar's panel is open: a desktop notice naming several reminders opens it when clicked. */
export const useNotificationsPanel = create<{ open: boolean }>()(() => ({ open: false }));

export const setNotificationsPanelOpen = (open: boolean): void => useNotificationsPanel.setState({ open });

/** Hears each change to reminders: the day's round, a notice offered, something marked read. */
export function onRemindersChanged(listener: () => void): () => void {
  return onDataChange((change) => {
    if (change.domains.includes('reminders')) listener();
  });
}
