import { dictionary } from '@zxcvbn-ts/language-common';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { passwordProblem } from '../../src/backend/accounts/passwords.ts';
import { findAccount } from '../../src/backend/accounts/queries.ts';
import type { SessionLimits } from '../../src/backend/accounts/service.ts';
import {
  acceptInvitation,
  INVITATION_HOURS,
  SESSION_ABSOLUTE_HOURS,
  sessionAccount,
  sessionLimitsOf,
  SIGN_IN_REFUSED,
  signIn,
  signOut,
} from '../../src/backend/accounts/service.ts';
import { SignInThrottle } from '../../src/backend/accounts/throttle.ts';
import { DomainError } from '../../src/backend/errors.ts';
import { inviteAccount } from '../../src/backend/accounts/admin.ts';
import { ok } from '../support/backend.ts';
import { accountFor, anonymous, clockedBackend, GOOD_PASSWORD, tokenOf } from '../support/accounts.ts';
import { supervisedLinkWorker } from '../support/pcn.ts';

const LIMITS: SessionLimits = { idleMinutes: 30, absoluteHours: SESSION_ABSOLUTE_HOURS };
const ADDRESS = '192.0.2.10';

/** The error a promise or function rejects with, for its code and message. */
async function refusal(work: () => unknown): Promise<DomainError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('Expected a refusal');
}

function auditActions(backend: Backend): { action: string; actor: string; summary: string }[] {
  return backend.ctx.db.prepare('SELECT action, actor, summary FROM audit_log ORDER BY id').all() as never;
}

async function florenceInvited() {
  const { backend, clock } = clockedBackend();
  const { workerId } = await supervisedLinkWorker(backend);
  const invitation = inviteAccount(backend.ctx, {
    person: { kind: 'worker', id: workerId },
    email: 'florence@nhs.net',
  });
  return { backend, clock, workerId, token: tokenOf(invitation.linkPath), accountId: invitation.account.id };
}

describe('invitations', () => {
  it(`are valid for ${INVITATION_HOURS} hours and once`, async () => {
    const { backend, clock, token } = await florenceInvited();
    clock.advance(INVITATION_HOURS * 60 - 1);
    const accepted = await acceptInvitation(anonymous(backend), { token, password: GOOD_PASSWORD }, LIMITS);
    expect(accepted.account.email).toBe('florence@nhs.net');
    expect(sessionAccount(backend.ctx, accepted.sessionToken, LIMITS)?.id).toBe(accepted.account.id);

    const again = await refusal(() =>
      acceptInvitation(anonymous(backend), { token, password: 'another long passphrase' }, LIMITS),
    );
    expect(again.code).toBe('FORBIDDEN');
    expect(again.message).toMatch(/used, has expired or is not a Linkwork link/);
  });

  it('refuse an expired link and leave the password unset', async () => {
    const { backend, clock, token, accountId } = await florenceInvited();
    clock.advance(INVITATION_HOURS * 60);
    const expired = await refusal(() =>
      acceptInvitation(anonymous(backend), { token, password: GOOD_PASSWORD }, LIMITS),
    );
    expect(expired.code).toBe('FORBIDDEN');
    expect(findAccount(backend.ctx.db, accountId)?.passwordHash).toBeNull();
  });

  it('refuse a link that was never issued', async () => {
    const { backend } = await florenceInvited();
    const made = await refusal(() =>
      acceptInvitation(anonymous(backend), { token: 'x'.repeat(43), password: GOOD_PASSWORD }, LIMITS),
    );
    expect(made.code).toBe('FORBIDDEN');
  });
});

describe('passwords', () => {
  const common = (dictionary['passwords-common'] as string[]).find((p) => p.length >= 12) as string;

  it('need 12 characters, are not on the common list, and have no composition rules', async () => {
    expect(passwordProblem('short pass', 'a@nhs.net')).toMatch(/at least 12 characters/);
    expect(common).toBeDefined();
    expect(passwordProblem(common, 'a@nhs.net')).toMatch(/list of common passwords/);
    expect(passwordProblem('florence1234567', 'florence@nhs.net')).toMatch(/must not contain your e-mail/);
    // Lower-case words only: fine, as the NCSC advises.
    expect(passwordProblem('purple tractor umbrella', 'a@nhs.net')).toBeNull();
    expect(passwordProblem('tall ships in harbour', 'al@nhs.net'), 'a short local part is not a name').toBeNull();
  });

  it('are refused at the field, leaving the link usable', async () => {
    const { backend, token, accountId } = await florenceInvited();
    const tooShort = await refusal(() => acceptInvitation(anonymous(backend), { token, password: 'short' }, LIMITS));
    expect(tooShort.code).toBe('VALIDATION');
    expect(tooShort.details?.fields?.password).toMatch(/at least 12 characters/);
    const tooCommon = await refusal(() => acceptInvitation(anonymous(backend), { token, password: common }, LIMITS));
    expect(tooCommon.details?.fields?.password).toMatch(/common passwords/);
    await acceptInvitation(anonymous(backend), { token, password: GOOD_PASSWORD }, LIMITS);
    const hash = findAccount(backend.ctx.db, accountId)?.passwordHash ?? '';
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain(GOOD_PASSWORD);
  });
});

describe('signing in', () => {
  async function withPassword() {
    const { backend, clock } = clockedBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    const { accountId } = await accountFor(backend, { kind: 'worker', id: workerId }, 'florence@nhs.net');
    return { backend, clock, accountId, throttle: new SignInThrottle() };
  }

  it('starts a session for the right password and audits it under the account', async () => {
    const { backend, throttle, accountId } = await withPassword();
    const input = { email: 'Florence@NHS.net', password: GOOD_PASSWORD, address: ADDRESS };
    const { sessionToken, account } = await signIn(anonymous(backend), input, throttle, LIMITS);
    expect(account.id).toBe(accountId);
    expect(sessionAccount(backend.ctx, sessionToken, LIMITS)?.email).toBe('florence@nhs.net');
    expect(auditActions(backend).at(-1)).toMatchObject({
      action: 'account.signIn',
      actor: 'Florence Ndlovu (signed in as florence@nhs.net)',
    });
  });

  it('gives a wrong password and an unknown e-mail the same refusal', async () => {
    const { backend, throttle } = await withPassword();
    const wrong = await refusal(() =>
      signIn(
        anonymous(backend),
        { email: 'florence@nhs.net', password: 'not her password', address: ADDRESS },
        throttle,
        LIMITS,
      ),
    );
    const unknown = await refusal(() =>
      signIn(
        anonymous(backend),
        { email: 'nobody@nhs.net', password: 'not her password', address: ADDRESS },
        throttle,
        LIMITS,
      ),
    );
    expect(wrong.toBody()).toEqual({ code: 'UNAUTHENTICATED', message: SIGN_IN_REFUSED });
    expect(unknown.toBody()).toEqual(wrong.toBody());
    const failed = auditActions(backend).filter((a) => a.action === 'account.signInFailed');
    expect(failed).toHaveLength(2);
    expect(failed[0]?.actor).toBe('someone not signed in');
    for (const entry of auditActions(backend)) expect(entry.summary).not.toContain('not her password');
  });

  it('refuses an account whose password was never set, in the same words', async () => {
    const { backend, clock } = clockedBackend();
    const { gpId } = await supervisedLinkWorker(backend);
    await accountFor(backend, { kind: 'colleague', id: gpId }, 'asha@nhs.net', {}, { setPassword: false });
    clock.advance(1);
    const refused = await refusal(() =>
      signIn(
        anonymous(backend),
        { email: 'asha@nhs.net', password: GOOD_PASSWORD, address: ADDRESS },
        new SignInThrottle(),
        LIMITS,
      ),
    );
    expect(refused.message).toBe(SIGN_IN_REFUSED);
  });

  it('pauses after 5 failures for an e-mail, known or not, even with the right password, and audits the pause', async () => {
    const { backend, clock, throttle } = await withPassword();
    for (const email of ['florence@nhs.net', 'nobody@nhs.net']) {
      for (let i = 0; i < 5; i++) {
        const failed = await refusal(() =>
          signIn(anonymous(backend), { email, password: 'wrong password!', address: ADDRESS }, throttle, LIMITS),
        );
        expect(failed.code).toBe('UNAUTHENTICATED');
        clock.advance(1);
      }
      const paused = await refusal(() =>
        signIn(anonymous(backend), { email, password: GOOD_PASSWORD, address: ADDRESS }, throttle, LIMITS),
      );
      expect(paused.code).toBe('FORBIDDEN');
      // The last failure was a minute ago: the pause runs 15 minutes from it.
      expect(paused.message).toBe('Too many attempts to sign in: wait 14 minutes and try again');
    }
    const actions = auditActions(backend).map((a) => a.action);
    expect(actions.filter((a) => a === 'account.signInFailed')).toHaveLength(10);
    expect(actions.filter((a) => a === 'account.signInPaused')).toHaveLength(2);

    clock.advance(15);
    const later = await signIn(
      anonymous(backend),
      { email: 'florence@nhs.net', password: GOOD_PASSWORD, address: ADDRESS },
      throttle,
      LIMITS,
    );
    expect(later.account.email).toBe('florence@nhs.net');
  });

  it('pauses an address after 20 failures over any e-mail addresses', async () => {
    const { backend, throttle } = await withPassword();
    for (let i = 0; i < 20; i++) {
      await refusal(() =>
        signIn(
          anonymous(backend),
          { email: `guess${i}@nhs.net`, password: 'wrong password!', address: ADDRESS },
          throttle,
          LIMITS,
        ),
      );
    }
    const fromThere = await refusal(() =>
      signIn(
        anonymous(backend),
        { email: 'florence@nhs.net', password: GOOD_PASSWORD, address: ADDRESS },
        throttle,
        LIMITS,
      ),
    );
    expect(fromThere.code).toBe('FORBIDDEN');
    const elsewhere = await signIn(
      anonymous(backend),
      { email: 'florence@nhs.net', password: GOOD_PASSWORD, address: '192.0.2.99' },
      throttle,
      LIMITS,
    );
    expect(elsewhere.account.email).toBe('florence@nhs.net');
  });
});

describe('sessions', () => {
  async function signedIn() {
    const { backend, clock } = clockedBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    await accountFor(backend, { kind: 'worker', id: workerId }, 'florence@nhs.net');
    const input = { email: 'florence@nhs.net', password: GOOD_PASSWORD, address: ADDRESS };
    const { sessionToken } = await signIn(anonymous(backend), input, new SignInThrottle(), LIMITS);
    return { backend, clock, sessionToken };
  }

  it('end on the server at sign-out: the same secret no longer works', async () => {
    const { backend, sessionToken } = await signedIn();
    expect(sessionAccount(backend.ctx, sessionToken, LIMITS)).not.toBeNull();
    signOut(backend.ctx, sessionToken);
    expect(sessionAccount(backend.ctx, sessionToken, LIMITS)).toBeNull();
    expect(auditActions(backend).at(-1)).toMatchObject({
      action: 'account.signOut',
      actor: 'Florence Ndlovu (signed in as florence@nhs.net)',
    });
  });

  it('end after the idle limit unused, and stay alive while used', async () => {
    const { backend, clock, sessionToken } = await signedIn();
    for (let i = 0; i < 4; i++) {
      clock.advance(29);
      expect(sessionAccount(backend.ctx, sessionToken, LIMITS), `after ${29 * (i + 1)} minutes`).not.toBeNull();
    }
    clock.advance(30);
    expect(sessionAccount(backend.ctx, sessionToken, LIMITS)).toBeNull();
    clock.advance(-29);
    expect(sessionAccount(backend.ctx, sessionToken, LIMITS), 'an ended session stays ended').toBeNull();
  });

  it('read without touching (an open event stream) does not keep a session alive', async () => {
    const { backend, clock, sessionToken } = await signedIn();
    clock.advance(20);
    expect(sessionAccount(backend.ctx, sessionToken, LIMITS, { touch: false })).not.toBeNull();
    clock.advance(10);
    expect(sessionAccount(backend.ctx, sessionToken, LIMITS)).toBeNull();
  });

  it(`end ${SESSION_ABSOLUTE_HOURS} hours after signing in however busy`, async () => {
    const { backend, clock, sessionToken } = await signedIn();
    for (let minutes = 20; minutes < SESSION_ABSOLUTE_HOURS * 60; minutes += 20) {
      clock.advance(20);
      expect(sessionAccount(backend.ctx, sessionToken, LIMITS), `after ${minutes} minutes`).not.toBeNull();
    }
    clock.advance(20);
    expect(sessionAccount(backend.ctx, sessionToken, LIMITS)).toBeNull();
  });

  it('take their idle limit from Settings (30 minutes unless changed, 5 to 480)', async () => {
    const { backend, clock, sessionToken } = await signedIn();
    expect(sessionLimitsOf(backend.ctx.db)).toEqual({ idleMinutes: 30, absoluteHours: 12 });
    const settings = await ok(backend, 'settings.get', {});
    const tooShort = await backend.call('settings.update', { ...settings, sessionIdleMinutes: 2 });
    expect(tooShort).toMatchObject({
      ok: false,
      error: { details: { fields: { sessionIdleMinutes: 'Use at least 5 minutes' } } },
    });
    await ok(backend, 'settings.update', { ...settings, sessionIdleMinutes: 10 });
    clock.advance(10);
    expect(sessionAccount(backend.ctx, sessionToken, sessionLimitsOf(backend.ctx.db))).toBeNull();
  });
});
