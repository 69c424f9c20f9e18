import type http from 'node:http';
import type { Backend } from '../../backend/backend.ts';
import { calendarOfFeedToken } from '../../backend/compliance/calendar-feed.ts';
import { send } from '../server.ts';

/** `/calendar/<token>.ics`: a token is 32 random bytes in base64url (accounts/tokens.ts). */
const FEED_PATH = /^\/calendar\/([A-Za-z0-9_-]{20,100})\.ics$/;

export const isCalendarFeedPath = (pathname: string): boolean => pathname.startsWith('/calendar/');

/**
 * Answers a calendar program's GET for a subscription address, without a session: the calendar for a live token,
 * otherwise 404 with nothing said about why (unknown, revoked and malformed look alike).
 */
export function serveCalendarFeed(backend: Backend, pathname: string, res: http.ServerResponse): void {
  const token = FEED_PATH.exec(pathname)?.[1];
  let calendar: string | null;
  try {
    calendar = token ? calendarOfFeedToken(backend.ctx, token) : null;
  } catch (error) {
    // Never the address itself: it is the secret.
    console.error(`[linkwork] a calendar subscription failed: ${(error as Error).message}`);
    return send(res, 500, 'Linkwork could not make the calendar', 'text/plain; charset=utf-8');
  }
  if (calendar === null) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  send(res, 200, calendar, 'text/calendar; charset=utf-8');
}
