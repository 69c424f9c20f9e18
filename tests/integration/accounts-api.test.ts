import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../src/backend/access/caller.ts';
import { findAccount } from '../../src/backend/accounts/queries.ts';
import {
  acceptInvitation,
  callerOfAccount,
  sessionAccount,
  sessionLimitsOf,
  signIn,
} from '../../src/backend/accounts/service.ts';
import { SignInThrottle } from '../../src/backend/accounts/throttle.ts';
import type { InputOf, MethodName, OutputOf } from '../../src/shared/api/contract.ts';
import type { Caller } from '../../src/backend/access/caller.ts';
import type { Backend } from '../../src/backend/backend.ts';
import { count, ok, testBackend } from '../support/backend.ts';
import { accountFor, anonymous, clockedBackend, GOOD_PASSWORD, tokenOf } from '../support/accounts.ts';
import { linkWorker, supervisedLinkWorker } from '../support/pcn.ts';

async function as<M extends MethodName>(
  backend: Backend,
  caller: Caller,
  method: M,
  input: InputOf<M>,
): Promise<OutputOf<M>> {
  const envelope = await backend.callAs(caller, method, input);
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message}`);
  return envelope.value;
}

/** A PCN with Florence (supervised by Dr Patel), a second worker, and a lead account with its password set. */
async function team() {
  const { backend, clock } = clockedBackend();
  const { workerId, gpId } = await supervisedLinkWorker(backend);
  const other = await ok(backend, 'worker.create', linkWorker({ name: 'Sam Okafor' }));
  const leadPerson = await ok(backend, 'colleague.create', {
    name: 'Lee Lead',
    jobTitle: 'PCN workforce lead',
    practiceId: null,
  });
  const lead = await accountFor(backend, { kind: 'colleague', id: leadPerson.id }, 'lead@nhs.net', { lead: true });
  return { backend, clock, workerId, gpId, otherId: other.id, lead: lead.caller };
}

const limitsOf = (backend: Backend) => sessionLimitsOf(backend.ctx.db);

describe('account management (the lead)', () => {
  it('invites a person: makes the account and a one-time link that sets the password', async () => {
    const { backend, lead, workerId } = await team();
    const invitation = await as(backend, lead, 'account.invite', {
      person: { kind: 'worker', id: workerId },
      email: ' florence@nhs.net ',
    });
    expect(invitation.linkPath).toMatch(/^#\/welcome\/invitation\/[\w-]{43}$/);
    expect(invitation.expiresAt).toBe('2026-11-27T09:00:00.000Z');
    expect(invitation.account).toMatchObject({
      email: 'florence@nhs.net',
      person: { kind: 'worker', id: workerId, name: 'Florence Ndlovu' },
      roles: ['worker'],
      passwordSet: false,
      linkExpiresAt: '2026-11-27T09:00:00.000Z',
    });
    const { account } = await acceptInvitation(
      anonymous(backend),
      { token: tokenOf(invitation.linkPath), password: GOOD_PASSWORD },
      limitsOf(backend),
    );
    expect(account.workerId).toBe(workerId);
    const audit = backend.ctx.db
      .prepare("SELECT action, actor FROM audit_log WHERE entity = 'account' ORDER BY id")
      .all();
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'account.create', actor: 'Lee Lead (signed in as lead@nhs.net)' },
        { action: 'account.invite', actor: 'Lee Lead (signed in as lead@nhs.net)' },
      ]),
    );
  });

  it('lists every account with its roles, password and live sessions, never a secret', async () => {
    const { backend, lead, workerId, gpId } = await team();
    await accountFor(backend, { kind: 'worker', id: workerId }, 'florence@nhs.net');
    await accountFor(
      backend,
      { kind: 'colleague', id: gpId },
      'asha@nhs.net',
      { viewer: true },
      { setPassword: false },
    );
    await signIn(
      anonymous(backend),
      { email: 'florence@nhs.net', password: GOOD_PASSWORD, address: '127.0.0.1' },
      new SignInThrottle(),
      limitsOf(backend),
    );
    const list = await as(backend, lead, 'account.list', {});
    expect(list.map((a) => [a.email, a.roles, a.passwordSet, a.activeSessions])).toEqual([
      ['asha@nhs.net', ['viewer', 'supervisor'], false, 0],
      ['florence@nhs.net', ['worker'], true, 2],
      ['lead@nhs.net', ['lead'], true, 1],
    ]);
    expect(JSON.stringify(list)).not.toMatch(/scrypt|hash|token/i);
  });

  it('uses the account a person has when invited again: the new address, and only the newest link works', async () => {
    const { backend, lead, workerId } = await team();
    const first = await as(backend, lead, 'account.invite', {
      person: { kind: 'worker', id: workerId },
      email: 'f@nhs.net',
    });
    const second = await as(backend, lead, 'account.invite', {
      person: { kind: 'worker', id: workerId },
      email: 'florence@nhs.net',
    });
    expect(second.account.id).toBe(first.account.id);
    expect(second.account.email).toBe('florence@nhs.net');
    await expect(
      acceptInvitation(
        anonymous(backend),
        { token: tokenOf(first.linkPath), password: GOOD_PASSWORD },
        limitsOf(backend),
      ),
    ).rejects.toThrow(/used, has expired/);
    await acceptInvitation(
      anonymous(backend),
      { token: tokenOf(second.linkPath), password: GOOD_PASSWORD },
      limitsOf(backend),
    );
  });

  it("refuses an e-mail address that is someone else's account, and a person not in the register", async () => {
    const { backend, lead, workerId } = await team();
    const taken = await backend.callAs(lead, 'account.invite', {
      person: { kind: 'worker', id: workerId },
      email: 'LEAD@nhs.net',
    });
    expect(taken).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { email: expect.stringContaining("Lee Lead's account") } } },
    });
    const nobody = await backend.callAs(lead, 'account.invite', {
      person: { kind: 'worker', id: 999 },
      email: 'x@nhs.net',
    });
    expect(nobody).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { person: expect.any(String) } } },
    });
    const malformed = await backend.callAs(lead, 'account.invite', {
      person: { kind: 'worker', id: workerId },
      email: 'florence',
    });
    expect(malformed).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { email: expect.any(String) } } },
    });
  });

  it('re-issues a link (the old one stops working): also how a forgotten password is replaced', async () => {
    const { backend, lead, workerId } = await team();
    const { accountId, linkPath } = await accountFor(
      backend,
      { kind: 'worker', id: workerId },
      'florence@nhs.net',
      {},
      { setPassword: false },
    );
    const link = await as(backend, lead, 'account.reissueLink', { accountId });
    expect(link.linkPath).not.toBe(linkPath);
    await expect(
      acceptInvitation(anonymous(backend), { token: tokenOf(linkPath), password: GOOD_PASSWORD }, limitsOf(backend)),
    ).rejects.toThrow(/used, has expired/);
    await acceptInvitation(
      anonymous(backend),
      { token: tokenOf(link.linkPath), password: GOOD_PASSWORD },
      limitsOf(backend),
    );
  });

  it('sets roles with an audit entry, and never removes the last lead', async () => {
    const { backend, lead, gpId } = await team();
    const { accountId } = await accountFor(backend, { kind: 'colleague', id: gpId }, 'asha@nhs.net');
    const changed = await as(backend, lead, 'account.setRoles', { accountId, lead: false, viewer: true });
    expect(changed.roles).toEqual(['viewer', 'supervisor']);
    const entry = backend.ctx.db
      .prepare(
        "SELECT actor, before_json AS before, after_json AS after FROM audit_log WHERE action = 'account.setRoles'",
      )
      .get();
    expect(entry).toEqual({
      actor: 'Lee Lead (signed in as lead@nhs.net)',
      before: '{"lead":false,"viewer":false}',
      after: '{"lead":false,"viewer":true}',
    });
    const last = await backend.callAs(lead, 'account.setRoles', {
      accountId: lead.accountId,
      lead: false,
      viewer: true,
    });
    expect(last).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(count(backend, 'account WHERE lead = 1')).toBe(1);
  });

  it("ends someone's sessions at once", async () => {
    const { backend, lead, workerId } = await team();
    const { accountId } = await accountFor(backend, { kind: 'worker', id: workerId }, 'florence@nhs.net');
    const { sessionToken } = await signIn(
      anonymous(backend),
      { email: 'florence@nhs.net', password: GOOD_PASSWORD, address: '127.0.0.1' },
      new SignInThrottle(),
      limitsOf(backend),
    );
    expect(await as(backend, lead, 'account.endSessions', { accountId })).toEqual({ ended: 2 });
    expect(sessionAccount(backend.ctx, sessionToken, limitsOf(backend))).toBeNull();
  });

  it('is the lead’s alone: anyone else is refused and nothing is written', async () => {
    const { backend, workerId, gpId, otherId } = await team();
    const worker = (await accountFor(backend, { kind: 'worker', id: workerId }, 'florence@nhs.net')).caller;
    const viewer = (await accountFor(backend, { kind: 'colleague', id: gpId }, 'asha@nhs.net', { viewer: true }))
      .caller;
    const before = count(backend, 'account') + count(backend, 'account_invitation') + count(backend, 'audit_log');
    for (const caller of [worker, viewer]) {
      expect(await backend.callAs(caller, 'account.list', {})).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(
        await backend.callAs(caller, 'account.invite', {
          person: { kind: 'worker', id: otherId },
          email: 'sam@nhs.net',
        }),
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(
        await backend.callAs(caller, 'account.setRoles', {
          accountId: caller.kind === 'account' ? caller.accountId : 0,
          lead: true,
          viewer: false,
        }),
      ).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(await backend.callAs(ANONYMOUS, 'account.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(count(backend, 'account') + count(backend, 'account_invitation') + count(backend, 'audit_log')).toBe(before);
  });

  it('announces its writes as the accounts domain', async () => {
    const { backend, lead, workerId } = await team();
    const envelope = await backend.callAs(lead, 'account.invite', {
      person: { kind: 'worker', id: workerId },
      email: 'florence@nhs.net',
    });
    expect(envelope.ok && envelope.change?.domains).toEqual(['accounts', 'audit']);
  });
});

describe('a worker who also supervises', () => {
  it('signs in once as both: the account is linked to the colleague record others name as supervisor', async () => {
    const backend = testBackend();
    const { workerId, gpId } = await supervisedLinkWorker(backend);
    const mentor = await ok(backend, 'colleague.create', {
      name: 'Florence Ndlovu',
      jobTitle: 'Peer mentor',
      practiceId: 1,
    });
    const mentee = await ok(backend, 'worker.create', linkWorker({ name: 'Sam Okafor', supervisorId: mentor.id }));
    const { accountId } = await accountFor(backend, { kind: 'worker', id: workerId }, 'florence@nhs.net');

    const linked = await ok(backend, 'account.linkPerson', { accountId, person: { kind: 'colleague', id: mentor.id } });
    expect(linked.roles).toEqual(expect.arrayContaining(['worker', 'supervisor']));
    const account = findAccount(backend.ctx.db, accountId);
    if (!account) throw new Error('no account');
    const caller = callerOfAccount(account);
    expect(await backend.callAs(caller, 'worker.get', { id: mentee.id })).toMatchObject({ ok: true });
    expect(await backend.callAs(caller, 'worker.get', { id: workerId })).toMatchObject({ ok: true });

    const gpAccount = await accountFor(backend, { kind: 'colleague', id: gpId }, 'gp@nhs.net');
    const taken = await backend.call('account.linkPerson', {
      accountId: gpAccount.accountId,
      person: { kind: 'colleague', id: mentor.id },
    });
    expect(taken).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
