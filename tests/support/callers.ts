import type { Caller } from '../../src/backend/access/caller.ts';

type AccountCaller = Extract<Caller, { kind: 'account' }>;

/** Someone signed in with no role and no person linked, as the backend sees them; `change` gives what matters. */
export const accountCaller = (change: Partial<AccountCaller> = {}): AccountCaller => ({
  kind: 'account',
  accountId: 1,
  email: 'someone@nhs.net',
  name: 'Someone',
  lead: false,
  viewer: false,
  workerId: null,
  colleagueId: null,
  ...change,
});
