import type { CalendarFeedStatus } from '../../../shared/domain/calendar-feed.ts';
import { call } from '../api/client.ts';

/** Whether the person has a live subscription address, and whether it can be made here (team mode only). */
export const calendarFeedStatus = (workerId: number): Promise<CalendarFeedStatus> =>
  call('compliance.calendarFeed', { workerId });

/** A new address for the caller's own calendar (the old one stops working): the full address, shown once. */
export async function createCalendarFeed(workerId: number): Promise<{ address: string; status: CalendarFeedStatus }> {
  const { token, status } = await call('compliance.createCalendarFeed', { workerId });
  return { address: `${window.location.origin}/calendar/${token}.ics`, status };
}

export const revokeCalendarFeed = (workerId: number): Promise<CalendarFeedStatus> =>
  call('compliance.revokeCalendarFeed', { workerId });
