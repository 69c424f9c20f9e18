import fs from 'node:fs';
import { afterEach } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import type { Caller } from '../../src/backend/access/caller.ts';
import { ANONYMOUS } from '../../src/backend/access/caller.ts';
import { inviteAccount } from '../../src/backend/accounts/admin.ts';
import { findAccount } from '../../src/backend/accounts/queries.ts';
import { acceptInvitation, callerOfAccount, sessionLimitsOf } from '../../src/backend/accounts/service.ts';
import type { Ctx } from '../../src/backend/context.ts';
import type { PersonRef } from '../../src/shared/domain/app.ts';
import { tempDir } from './backend.ts';

const opened: { backend: Backend; dir: string }[] = [];
afterEach(() => {
  for (const { backend, dir } of opened.splice(0)) {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

export interface TestClock {
  now(): Date;
  set(iso: string): void;
  advance(minutes: number): void;
}

/** A real backend on a fresh file whose clock the test moves by hand (no real waiting). */
export function clockedBackend(start = '2026-11-24T09:00:00Z'): { backend: Backend; clock: TestClock; dir: string } {
  let at = Date.parse(start);
  const clock: TestClock = {
    now: () => new Date(at),
    set: (iso) => (at = Date.parse(iso)),
    advance: (minutes) => (at += minutes * 60_000),
  };
  const dir = tempDir('linkwork-accounts-');
  const backend = createBackend({ dataDir: dir, now: clock.now, osUser: 'tester' });
  opened.push({ backend, dir });
  return { backend, clock, dir };
}

/** The backend's context as someone not signed in: sign-in work is attributed to nobody until it succeeds. */
export const anonymous = (backend: Backend): Ctx => ({ ...backend.ctx, caller: ANONYMOUS });

export const GOOD_PASSWORD = 'correct horse battery staple';

/** The secret in a set-up link path (`#/welcome/invitation/<token>`). */
export const tokenOf = (linkPath: string): string => linkPath.split('/').at(-1) as string;

/** An account for a person in the register, invited and (unless told not to) with its password set. */
export async function accountFor(
  backend: Backend,
  person: PersonRef,
  email: string,
  roles: { lead?: boolean; viewer?: boolean } = {},
  { setPassword = true }: { setPassword?: boolean } = {},
): Promise<{ accountId: number; caller: Extract<Caller, { kind: 'account' }>; linkPath: string }> {
  const invitation = inviteAccount(backend.ctx, { person, email, ...roles });
  if (setPassword) {
    const limits = sessionLimitsOf(backend.ctx.db);
    await acceptInvitation(
      anonymous(backend),
      { token: tokenOf(invitation.linkPath), password: GOOD_PASSWORD },
      limits,
    );
  }
  const account = findAccount(backend.ctx.db, invitation.account.id);
  if (!account) throw new Error('The account was not made');
  return { accountId: account.id, caller: callerOfAccount(account), linkPath: invitation.linkPath };
}
