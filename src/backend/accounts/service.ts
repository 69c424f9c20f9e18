import type { Database } from 'better-sqlite3';
import type { Caller } from '../access/caller.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../context.ts';
import { DomainError, invalidField } from '../errors.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import type { AccountRow } from './queries.ts';
import * as q from './queries.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import type { SignInThrottle } from './throttle.ts';
import { hashToken, newToken } from './tokens.ts';

export const INVITATION_HOURS = 72;
const HOUR_MS = 60 * 60_000;

export interface SessionLimits {
  idleMinutes: number;
  absoluteHours: number;
}

/** However busy, a session ends this long after signing in. */
export const SESSION_ABSOLUTE_HOURS = 12;

/** The idle limit is a setting (`sessionIdleMinutes`); the absolute limit is fixed. */
export function sessionLimitsOf(db: Database): SessionLimits {
  return { idleMinutes: readAppSettings(db).sessionIdleMinutes, absoluteHours: SESSION_ABSOLUTE_HOURS };
}

const iso = (ms: number) => new Date(ms).toISOString();

export function callerOfAccount(account: AccountRow): Extract<Caller, { kind: 'account' }> {
  return {
    kind: 'account',
    accountId: account.id,
    email: account.email,
    name: account.name,
    lead: account.lead === 1,
    viewer: account.viewer === 1,
    workerId: account.workerId,
    colleagueId: account.colleagueId,
  };
}

/** A new one-time link for the account (any earlier unused one stops working): its secret and its expiry. */
export function issueInvitation(ctx: Ctx, account: AccountRow): { token: string; expiresAt: string } {
  const token = newToken();
  const now = ctx.now().getTime();
  const expiresAt = iso(now + INVITATION_HOURS * HOUR_MS);
  q.retireInvitations(ctx.db, account.id, iso(now));
  q.insertInvitation(ctx.db, account.id, hashToken(token), iso(now), expiresAt);
  recordAudit(ctx, {
    action: 'account.invite',
    entity: 'account',
    entityId: account.id,
    workerId: account.workerId,
    summary: `Sent ${account.name} (${account.email}) a link to set a password, valid for ${INVITATION_HOURS} hours`,
  });
  return { token, expiresAt };
}

const INVALID_LINK = 'This link has been used, has expired or is not a Linkwork link: ask your PCN lead for a new one';

/** Sets the password from an invitation link and signs the person in; returns the session's secret. */
export async function acceptInvitation(
  ctx: Ctx,
  input: { token: string; password: string },
  limits: SessionLimits,
): Promise<{ sessionToken: string; account: AccountRow }> {
  const invitation = q.findInvitation(ctx.db, hashToken(input.token));
  const nowIso = ctx.now().toISOString();
  if (!invitation || invitation.usedAt !== null || invitation.expiresAt <= nowIso)
    throw new DomainError('FORBIDDEN', INVALID_LINK);
  const account = q.findAccount(ctx.db, invitation.accountId);
  if (!account) throw new DomainError('FORBIDDEN', INVALID_LINK);
  const problem = passwordProblem(input.password, account.email);
  if (problem) throw invalidField('password', problem);
  const hash = await hashPassword(input.password);
  return inTransaction(ctx, () => {
    // Checked again inside the transaction: two tabs racing with one link must not both succeed.
    const fresh = q.findInvitation(ctx.db, hashToken(input.token));
    if (!fresh || fresh.usedAt !== null) throw new DomainError('FORBIDDEN', INVALID_LINK);
    q.useInvitation(ctx.db, invitation.id, nowIso);
    q.setPassword(ctx.db, account.id, hash);
    const withCaller = { ...ctx, caller: callerOfAccount(account) };
    recordAudit(withCaller, {
      action: 'account.setPassword',
      entity: 'account',
      entityId: account.id,
      summary: `${account.name} set a password from their link`,
    });
    return { sessionToken: startSession(withCaller, account, limits), account };
  });
}

function startSession(ctx: Ctx, account: AccountRow, limits: SessionLimits): string {
  const token = newToken();
  const now = ctx.now().getTime();
  q.insertSession(ctx.db, account.id, hashToken(token), iso(now), iso(now + limits.absoluteHours * HOUR_MS));
  return token;
}

/** The same words whatever went wrong, so they never say whether an account exists. */
export const SIGN_IN_REFUSED = 'That e-mail address and password do not match an account';

export async function signIn(
  ctx: Ctx,
  input: { email: string; password: string; address: string },
  throttle: SignInThrottle,
  limits: SessionLimits,
): Promise<{ sessionToken: string; account: AccountRow }> {
  const nowMs = ctx.now().getTime();
  const wait = throttle.waitMinutes(input.email, input.address, nowMs);
  const audit = (action: string, summary: string, account?: AccountRow) =>
    inTransaction(ctx, () =>
      recordAudit(account ? { ...ctx, caller: callerOfAccount(account) } : ctx, {
        action,
        entity: 'account',
        entityId: account?.id ?? null,
        summary,
      }),
    );
  if (wait > 0) {
    audit('account.signInPaused', `Sign-in for ${input.email} from ${input.address} paused after repeated failures`);
    throw new DomainError(
      'FORBIDDEN',
      `Too many attempts to sign in: wait ${wait} minute${wait === 1 ? '' : 's'} and try again`,
    );
  }
  const account = q.findAccountByEmail(ctx.db, input.email.trim());
  const matches = account?.passwordHash ? await verifyPassword(input.password, account.passwordHash) : false;
  if (!account || !matches) {
    throttle.fail(input.email, input.address, nowMs);
    audit('account.signInFailed', `Failed sign-in for ${input.email} from ${input.address}`);
    throw new DomainError('UNAUTHENTICATED', SIGN_IN_REFUSED);
  }
  throttle.succeed(input.email);
  return inTransaction(ctx, () => {
    const withCaller = { ...ctx, caller: callerOfAccount(account) };
    recordAudit(withCaller, {
      action: 'account.signIn',
      entity: 'account',
      entityId: account.id,
      summary: `${account.name} signed in from ${input.address}`,
    });
    return { sessionToken: startSession(withCaller, account, limits), account };
  });
}

/**
 * The account behind a session secret, or null when there is none, it was ended, or it has passed its idle
 * or absolute limit. A live session's last use is noted at most once a minute, unless `touch` is false (an
 * open event stream is not use: a tab left open still times out).
 */
export function sessionAccount(
  ctx: Ctx,
  token: string,
  limits: SessionLimits,
  { touch = true }: { touch?: boolean } = {},
): AccountRow | null {
  const session = q.findSession(ctx.db, hashToken(token));
  if (!session || session.endedAt !== null) return null;
  const now = ctx.now().getTime();
  const idleUntil = Date.parse(session.lastSeenAt) + limits.idleMinutes * 60_000;
  if (now >= Date.parse(session.expiresAt) || now >= idleUntil) {
    q.endSession(ctx.db, session.id, iso(now));
    return null;
  }
  if (touch && now - Date.parse(session.lastSeenAt) > 60_000) q.touchSession(ctx.db, session.id, iso(now));
  return q.findAccount(ctx.db, session.accountId) ?? null;
}

export function signOut(ctx: Ctx, token: string): void {
  const session = q.findSession(ctx.db, hashToken(token));
  if (!session || session.endedAt !== null) return;
  const account = q.findAccount(ctx.db, session.accountId);
  inTransaction(ctx, () => {
    q.endSession(ctx.db, session.id, ctx.now().toISOString());
    recordAudit(account ? { ...ctx, caller: callerOfAccount(account) } : ctx, {
      action: 'account.signOut',
      entity: 'account',
      entityId: session.accountId,
      summary: `${account?.name ?? 'An account'} signed out`,
    });
  });
}
