import type { DesktopDigest, NotificationPage } from '../../shared/domain/reminders.ts';
import type { Ctx } from '../context.ts';
import { callerOf, inTransaction, today } from '../context.ts';
import {
  countNotifications,
  desktopDigestOffered,
  markStepsRead,
  notificationsOf,
  recordDesktopDigest,
} from './queries.ts';
import { desktopDigestKey, readerOf } from './recipients.ts';

/** How many reminders one desktop notice names; it says how many more there are. */
const DESKTOP_NAMES = 3;

export function listNotifications(ctx: Ctx, page: { offset: number; limit: number }): NotificationPage {
  const reader = readerOf(callerOf(ctx));
  return { items: notificationsOf(ctx.db, reader, page), ...countNotifications(ctx.db, reader) };
}

export function markNotificationsRead(
  ctx: Ctx,
  which: { ids: number[] } | { all: true },
): { marked: number; unread: number } {
  const reader = readerOf(callerOf(ctx));
  return inTransaction(ctx, () => {
    const before = countNotifications(ctx.db, reader).unread;
    markStepsRead(ctx.db, reader, 'all' in which ? 'all' : which.ids, ctx.now().toISOString());
    const { unread } = countNotifications(ctx.db, reader);
    return { marked: before - unread, unread };
  });
}

/**
 * The unread reminders for today's one desktop notice, offered once a day per account (or per computer in
 * personal mode): the first call of the day with something unread gets them, and every later call that day
 * nothing. A day with nothing unread is not counted, so reminders recorded later that day can still be offered.
 */
export function desktopDue(ctx: Ctx): DesktopDigest {
  const caller = callerOf(ctx);
  const reader = readerOf(caller);
  const key = desktopDigestKey(caller);
  const day = today(ctx);
  const nothing: DesktopDigest = { items: [], unread: 0 };
  if (desktopDigestOffered(ctx.db, key, day)) return nothing;
  return inTransaction(ctx, () => {
    const { unread } = countNotifications(ctx.db, reader);
    if (unread === 0 || !recordDesktopDigest(ctx.db, key, day)) return nothing;
    return { items: notificationsOf(ctx.db, reader, { offset: 0, limit: DESKTOP_NAMES, unreadOnly: true }), unread };
  });
}
