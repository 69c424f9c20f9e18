import type { InputOf } from './contract.ts';
import type { NotificationPage } from '../domain/reminders.ts';
import { MAX_NOTIFICATIONS_PER_CALL } from '../domain/reminders.ts';

type ListNotifications = (page: InputOf<'notification.list'>) => Promise<NotificationPage>;

/**
 * The newest `count` notifications, asked for a page of at most MAX_NOTIFICATIONS_PER_CALL at a time and appended,
 * so "Show more" can go on past one call's limit. The counts are the first page's; a reminder recorded between two
 * calls pushes older ones down a place, so one seen already is not shown twice.
 */
export async function newestNotifications(list: ListNotifications, count: number): Promise<NotificationPage> {
  const first = await list({ offset: 0, limit: Math.min(count, MAX_NOTIFICATIONS_PER_CALL) });
  const items = [...first.items];
  const seen = new Set(items.map((n) => n.id));
  let offset = first.items.length;
  while (offset < count && offset < first.total) {
    const page = await list({ offset, limit: Math.min(count - offset, MAX_NOTIFICATIONS_PER_CALL) });
    if (page.items.length === 0) break;
    for (const n of page.items) {
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      items.push(n);
    }
    offset += page.items.length;
  }
  return { ...first, items };
}
