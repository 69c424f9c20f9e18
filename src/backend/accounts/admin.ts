import type { z } from 'zod';
import type { AccountRole, AccountSummary, Invitation, SetUpLink } from '../../shared/domain/accounts.ts';
import { INVITATION_ROUTE } from '../../shared/domain/accounts.ts';
import type { accountInviteInput } from '../../shared/schemas/accounts.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { inTransaction, personName } from '../context.ts';
import { conflict, invalidField, notFound } from '../errors.ts';
import type { AccountRow } from './queries.ts';
import * as q from './queries.ts';
import { issueInvitation, sessionLimitsOf } from './service.ts';

/** The lead's view of every account: roles, whether a password is set, live sessions, a pending link. */
export function listAccountSummaries(ctx: Ctx): AccountSummary[] {
  const now = ctx.now();
  const idleSince = new Date(now.getTime() - sessionLimitsOf(ctx.db).idleMinutes * 60_000).toISOString();
  const sessions = q.liveSessionCounts(ctx.db, now.toISOString(), idleSince);
  const links = q.pendingLinks(ctx.db, now.toISOString());
  const supervising = q.supervisingColleagues(ctx.db);
  return q.listAccounts(ctx.db).map((a) => summarise(a, sessions, links, supervising));
}

function summarise(
  a: AccountRow,
  sessions: Map<number, number>,
  links: Map<number, string>,
  supervising: Set<number>,
): AccountSummary {
  const roles: AccountRole[] = [];
  if (a.lead) roles.push('lead');
  if (a.viewer) roles.push('viewer');
  if (a.colleagueId !== null && supervising.has(a.colleagueId)) roles.push('supervisor');
  if (a.workerId !== null) roles.push('worker');
  return {
    id: a.id,
    person:
      a.workerId !== null
        ? { kind: 'worker', id: a.workerId, name: a.name }
        : { kind: 'colleague', id: a.colleagueId as number, name: a.name },
    email: a.email,
    lead: a.lead === 1,
    viewer: a.viewer === 1,
    roles,
    passwordSet: a.passwordHash !== null,
    activeSessions: sessions.get(a.id) ?? 0,
    linkExpiresAt: links.get(a.id) ?? null,
    createdAt: a.createdAt,
  };
}

export function accountSummary(ctx: Ctx, id: number): AccountSummary {
  const summary = listAccountSummaries(ctx).find((a) => a.id === id);
  if (!summary) throw notFound('account', id);
  return summary;
}

function existingAccount(ctx: Ctx, id: number): AccountRow {
  const account = q.findAccount(ctx.db, id);
  if (!account) throw notFound('account', id);
  return account;
}

const roleWords = (lead: boolean, viewer: boolean) =>
  [lead && 'lead', viewer && 'viewer'].filter(Boolean).join(' and ') || 'no lead or viewer role';

function linkOf(ctx: Ctx, account: AccountRow): SetUpLink {
  const { token, expiresAt } = issueInvitation(ctx, account);
  return { linkPath: `${INVITATION_ROUTE}${token}`, expiresAt };
}

/**
 * Gives a person in the register an account (or uses the one they have, with the e-mail given) and a one-time
 * link to set a password. Roles given are set; roles left out stay as they are (none for a new account).
 */
export function inviteAccount(ctx: Ctx, input: z.output<typeof accountInviteInput>): Invitation {
  return inTransaction(ctx, () => {
    const name = personName(ctx.db, input.person);
    if (name === null) throw invalidField('person', `That ${input.person.kind} is not in the register`);
    const owner = q.findAccountByEmail(ctx.db, input.email);
    let account = q.findAccountOfPerson(ctx.db, input.person.kind, input.person.id);
    if (owner && owner.id !== account?.id)
      throw invalidField('email', `${input.email} is already the e-mail address of ${owner.name}'s account`);
    const at = ctx.now().toISOString();
    if (!account) {
      const lead = input.lead ?? false;
      const viewer = input.viewer ?? false;
      const id = q.insertAccount(ctx.db, {
        email: input.email,
        workerId: input.person.kind === 'worker' ? input.person.id : null,
        colleagueId: input.person.kind === 'colleague' ? input.person.id : null,
        lead,
        viewer,
        at,
      });
      recordAudit(ctx, {
        action: 'account.create',
        entity: 'account',
        entityId: id,
        workerId: input.person.kind === 'worker' ? input.person.id : null,
        summary: `Made an account for ${name} (${input.email}) with ${roleWords(lead, viewer)}`,
        after: { email: input.email, lead, viewer },
      });
    } else {
      const before = { email: account.email, lead: account.lead === 1, viewer: account.viewer === 1 };
      const after = { email: input.email, lead: input.lead ?? before.lead, viewer: input.viewer ?? before.viewer };
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        q.setEmail(ctx.db, account.id, after.email);
        q.setRoles(ctx.db, account.id, after.lead, after.viewer);
        guardLastLead(ctx);
        recordAudit(ctx, {
          action: 'account.update',
          entity: 'account',
          entityId: account.id,
          workerId: account.workerId,
          summary: `Changed ${name}'s account: ${after.email} with ${roleWords(after.lead, after.viewer)}`,
          before,
          after,
        });
      }
    }
    account = q.findAccountOfPerson(ctx.db, input.person.kind, input.person.id) as AccountRow;
    const link = linkOf(ctx, account);
    return { ...link, account: accountSummary(ctx, account.id) };
  });
}

/** A new link for the account: any earlier unused one stops working. Also how a forgotten password is reset. */
export function reissueLink(ctx: Ctx, accountId: number): SetUpLink {
  return inTransaction(ctx, () => linkOf(ctx, existingAccount(ctx, accountId)));
}

/** Linkwork always keeps at least one lead, or nobody could manage accounts again from the app. */
function guardLastLead(ctx: Ctx): void {
  if (q.countLeads(ctx.db) === 0)
    throw conflict('Linkwork needs at least one lead account: make someone else lead first');
}

export function setAccountRoles(
  ctx: Ctx,
  input: { accountId: number; lead: boolean; viewer: boolean },
): AccountSummary {
  return inTransaction(ctx, () => {
    const account = existingAccount(ctx, input.accountId);
    const before = { lead: account.lead === 1, viewer: account.viewer === 1 };
    const after = { lead: input.lead, viewer: input.viewer };
    if (before.lead !== after.lead || before.viewer !== after.viewer) {
      q.setRoles(ctx.db, account.id, after.lead, after.viewer);
      guardLastLead(ctx);
      recordAudit(ctx, {
        action: 'account.setRoles',
        entity: 'account',
        entityId: account.id,
        workerId: account.workerId,
        summary: `${account.name} (${account.email}) now has ${roleWords(after.lead, after.viewer)}`,
        before,
        after,
      });
    }
    return accountSummary(ctx, account.id);
  });
}

/** Signs the account out everywhere: its sessions end on the server at once. */
export function endAccountSessions(ctx: Ctx, accountId: number): { ended: number } {
  return inTransaction(ctx, () => {
    const account = existingAccount(ctx, accountId);
    const ended = q.endSessionsOf(ctx.db, account.id, ctx.now().toISOString()).changes;
    recordAudit(ctx, {
      action: 'account.endSessions',
      entity: 'account',
      entityId: account.id,
      workerId: account.workerId,
      summary: `Ended ${ended} session${ended === 1 ? '' : 's'} of ${account.name} (${account.email})`,
    });
    return { ended };
  });
}

/**
 * A worker who also supervises: their account is linked to the colleague record others name as their
 * supervisor (or the other way round), so one sign-in holds both parts. Refused if that record already has an
 * account of its own, or this account already stands for someone of that kind.
 */
export function linkPerson(
  ctx: Ctx,
  input: { accountId: number; person: { kind: 'worker' | 'colleague'; id: number } },
): AccountSummary {
  return inTransaction(ctx, () => {
    const account = existingAccount(ctx, input.accountId);
    const name = personName(ctx.db, input.person);
    if (name === null) throw invalidField('person', `That ${input.person.kind} is not in the register`);
    const current = input.person.kind === 'worker' ? account.workerId : account.colleagueId;
    if (current === input.person.id) return accountSummary(ctx, account.id);
    if (current !== null)
      throw conflict(`${account.name}'s account already stands for another ${input.person.kind} record`);
    const other = q.findAccountOfPerson(ctx.db, input.person.kind, input.person.id);
    if (other) throw conflict(`${name} already signs in with their own account (${other.email})`);
    q.linkPerson(ctx.db, account.id, input.person.kind, input.person.id);
    recordAudit(ctx, {
      action: 'account.linkPerson',
      entity: 'account',
      entityId: account.id,
      workerId: account.workerId ?? (input.person.kind === 'worker' ? input.person.id : null),
      summary: `${account.name}'s account now also signs in as ${name} (${input.person.kind === 'colleague' ? 'supervisor or contact' : 'worker'})`,
    });
    return accountSummary(ctx, account.id);
  });
}
