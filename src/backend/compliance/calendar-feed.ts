import type { CalendarFeedStatus, NewCalendarFeed } from '../../shared/domain/calendar-feed.ts';
import { hashToken, newToken } from '../accounts/tokens.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { callerOf, inTransaction, today } from '../context.ts';
import { forbidden, notFound } from '../errors.ts';
import { findWorkerFacts } from '../staff/queries.ts';
import { buildCalendar } from './calendar.ts';
import * as q from './calendar-feed-queries.ts';
import { computeWorkerCompliance } from './compute.ts';

/**
 * A private address a calendar program (Outlook) subscribes to: GET /calendar/<token>.ics on the team server, the
 * same calendar as the download. Only the token's hash is kept; a new address replaces the old one, and the person
 * or the lead may revoke it. Team mode only: on one computer there is no server for a calendar program to reach.
 */

const NEEDS_TEAM_MODE =
  'A subscription address needs team mode, where Linkwork is served to your PCN: on one computer there is no ' +
  'server for Outlook to reach. Download the calendar (.ics) instead.';

function workerName(ctx: Ctx, workerId: number): string {
  const worker = findWorkerFacts(ctx.db, workerId);
  if (!worker) throw notFound('worker', workerId);
  return worker.name;
}

export function calendarFeedStatus(ctx: Ctx, workerId: number): CalendarFeedStatus {
  const name = workerName(ctx, workerId);
  const caller = callerOf(ctx);
  const closed = (reason: string): CalendarFeedStatus => ({
    available: false,
    reason,
    liveSince: null,
    mayCreate: false,
  });
  if (caller.kind !== 'account') return closed(NEEDS_TEAM_MODE);
  const accountId = q.accountOfWorker(ctx.db, workerId);
  if (accountId === null) return closed(`${name} has no account to sign in with, so no subscription address.`);
  return {
    available: true,
    reason: null,
    liveSince: q.liveFeedSince(ctx.db, accountId),
    mayCreate: caller.workerId === workerId,
  };
}

/** A new address for the caller's own calendar, replacing any live one; its secret is shown this once. */
export function createCalendarFeed(ctx: Ctx, workerId: number): NewCalendarFeed {
  const name = workerName(ctx, workerId);
  const status = calendarFeedStatus(ctx, workerId);
  if (!status.available) throw forbidden(status.reason ?? NEEDS_TEAM_MODE);
  if (!status.mayCreate) throw forbidden(`Only ${name} can make a subscription address for their own calendar.`);
  const accountId = q.accountOfWorker(ctx.db, workerId) as number;
  const token = newToken();
  const at = ctx.now().toISOString();
  inTransaction(ctx, () => {
    const replaced = q.revokeLiveFeed(ctx.db, accountId, at);
    q.insertFeed(ctx.db, accountId, hashToken(token), at);
    recordAudit(ctx, {
      action: 'account.calendarFeed',
      entity: 'account',
      entityId: accountId,
      workerId,
      summary: `${name} made a calendar subscription address${replaced ? ', replacing the old one' : ''}`,
    });
  });
  return { token, status: calendarFeedStatus(ctx, workerId) };
}

/** Revokes the live address (the person's own, or anyone's by the lead): a calendar using it gets nothing more. */
export function revokeCalendarFeed(ctx: Ctx, workerId: number): CalendarFeedStatus {
  const name = workerName(ctx, workerId);
  const status = calendarFeedStatus(ctx, workerId);
  if (!status.available) throw forbidden(status.reason ?? NEEDS_TEAM_MODE);
  const accountId = q.accountOfWorker(ctx.db, workerId) as number;
  inTransaction(ctx, () => {
    if (!q.revokeLiveFeed(ctx.db, accountId, ctx.now().toISOString())) return;
    recordAudit(ctx, {
      action: 'account.calendarFeedRevoke',
      entity: 'account',
      entityId: accountId,
      workerId,
      summary: `Revoked ${name}'s calendar subscription address`,
    });
  });
  return calendarFeedStatus(ctx, workerId);
}

/** The calendar behind a live address's token as at the backend's today, or null for any token that is not one. */
export function calendarOfFeedToken(ctx: Ctx, token: string): string | null {
  const workerId = q.workerOfLiveFeed(ctx.db, hashToken(token));
  const worker = workerId === null ? undefined : findWorkerFacts(ctx.db, workerId);
  if (!worker) return null;
  return buildCalendar(worker, computeWorkerCompliance(ctx.db, worker, today(ctx)));
}
